import { describe, expect, it } from 'vitest';
import { shownFaces } from '../../../../kiosk/dashboard/charts/faces';

describe('shownFaces', () => {
  it('shows the three faces of the programme, zeros included', () => {
    expect(shownFaces({ ottimo: 0, positivo: 10, sufficiente: 0, negativo: 0, pessimo: 0 })).toEqual(['positivo', 'sufficiente', 'negativo']);
  });

  it('adds faces of a larger scale when anyone used them, best first', () => {
    expect(shownFaces({ ottimo: 3, positivo: 1, sufficiente: 0, negativo: 0, pessimo: 2 })).toEqual(['ottimo', 'positivo', 'sufficiente', 'negativo', 'pessimo']);
    expect(shownFaces({ ottimo: 0, positivo: 1, sufficiente: 0, negativo: 0, pessimo: 2 })).toEqual(['positivo', 'sufficiente', 'negativo', 'pessimo']);
  });

  it('tolerates a face left out of the counts', () => {
    expect(shownFaces({ positivo: 1 })).toEqual(['positivo', 'sufficiente', 'negativo']);
  });
});
