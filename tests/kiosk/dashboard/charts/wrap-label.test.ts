import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../../kiosk/dashboard/charts/wrap-label';

// One unit per character: easy to count by hand.
const chars = (s: string) => s.length;

describe('wrapLabel', () => {
  it('leaves a label that fits on one line', () => {
    expect(wrapLabel('Tributi', 20, chars, 2)).toEqual(['Tributi']);
  });

  it('breaks at spaces into lines that fit', () => {
    expect(wrapLabel('SUAP - Sportello unico attività produttive', 20, chars, 3)).toEqual(['SUAP - Sportello', 'unico attività', 'produttive']);
  });

  it('ends the last line with an ellipsis when the lines run out', () => {
    const lines = wrapLabel('SUAP - Sportello unico attività produttive', 16, chars, 2);
    expect(lines).toEqual(['SUAP - Sportello', 'unico attività…']);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(16);
  });

  it('cuts a single word wider than a line', () => {
    expect(wrapLabel('Precipitevolissimevolmente', 10, chars, 2)).toEqual(['Precipite…']);
  });
});
