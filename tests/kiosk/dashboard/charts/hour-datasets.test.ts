import { describe, expect, it } from 'vitest';
import { hourLabel, hoursOfDay, USUAL_OFFICE_DAY } from '../../../../kiosk/dashboard/charts/hour-datasets';

const f = (positivo: number) => ({ ottimo: 0, positivo, sufficiente: 0, negativo: 0, pessimo: 0 });

describe('hoursOfDay', () => {
  it('gives every hour of the office’s day, the quiet ones as zeros, not only the hours with votes', () => {
    const rows = hoursOfDay(
      [
        { hour: 10, total: 2, faces: f(2) },
        { hour: 11, total: 1, faces: f(1) },
      ],
      { first: 8, last: 13 },
    );
    expect(rows.map((r) => hourLabel(r.hour))).toEqual(['08:00', '09:00', '10:00', '11:00', '12:00', '13:00']);
    expect(rows.map((r) => r.total)).toEqual([0, 0, 2, 1, 0, 0]);
  });

  it('widens the day to votes cast outside it, and fills hours the collector left out', () => {
    const rows = hoursOfDay(
      [
        { hour: 14, total: 1, faces: f(1) },
        { hour: 6, total: 2, faces: f(2) },
        { hour: 3, total: 0, faces: f(0) },
      ],
      { first: 8, last: 12 },
    );
    expect(rows.map((r) => r.hour)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(rows.map((r) => r.total)).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('uses a usual office day when the office gave no hours', () => {
    const rows = hoursOfDay([{ hour: 9, total: 1, faces: f(1) }]);
    expect(rows[0]!.hour).toBe(USUAL_OFFICE_DAY.first);
    expect(rows).toHaveLength(USUAL_OFFICE_DAY.last - USUAL_OFFICE_DAY.first + 1);
  });
});
