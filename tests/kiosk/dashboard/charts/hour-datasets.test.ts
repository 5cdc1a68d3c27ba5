import { describe, expect, it } from 'vitest';
import { hourDatasets } from '../../../../kiosk/dashboard/charts/hour-datasets';

const f = (positivo: number) => ({ ottimo: 0, positivo, sufficiente: 0, negativo: 0, pessimo: 0 });
const SHOWN = ['positivo', 'sufficiente', 'negativo'] as const;

describe('hourDatasets', () => {
  it('keeps the hours from the first to the last with votes, filling gaps', () => {
    // The collector should send all 24 hours; if it leaves some out, the axis must still be the clock's.
    const rows = [
      { hour: 14, total: 1, faces: f(1) },
      { hour: 9, total: 2, faces: f(2) },
      { hour: 3, total: 0, faces: f(0) },
    ];
    const d = hourDatasets(rows, SHOWN, 'count');
    expect(d.labels).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00']);
    expect(d.datasets[0]!.data).toEqual([2, 0, 0, 0, 0, 1]);
  });

  it('has no bars when nobody voted', () => {
    expect(hourDatasets([{ hour: 9, total: 0, faces: f(0) }], SHOWN, 'count').labels).toEqual([]);
  });
});
