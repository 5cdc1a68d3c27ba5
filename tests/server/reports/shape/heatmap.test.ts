// The heatmap's opening hours: an hour is open when any interval overlaps it; closed hours and holidays count apart.
import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../../../../server/contract/admin';
import { buildHeatmap, isOpenHour } from '../../../../server/reports/shape/heatmap';
import { tallyOfFace } from '../../../../server/aggregates/tally-columns';

const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const hours: OpeningHours = { ...closed, mon: [{ from: '08:30', to: '12:30' }], tue: [{ from: '14:00', to: '17:00' }] };

describe('heatmap', () => {
  it('opens every hour an interval touches, and no other', () => {
    expect([7, 8, 9, 12, 13].map((h) => isOpenHour(hours, 0, h))).toEqual([false, true, true, true, false]);
    expect([13, 14, 16, 17].map((h) => isOpenHour(hours, 1, h))).toEqual([false, true, true, false]);
    expect(isOpenHour(hours, 2, 10)).toBe(false);
  });

  it('counts votes outside opening hours and on holidays once each', () => {
    // Rows as the totals-only rollups give them (migrations 022 and 024): one face each here.
    const rows = [
      { weekday: 0, hour: 9, ...tallyOfFace(3, 'positivo', 5) },
      { weekday: 0, hour: 9, ...tallyOfFace(3, 'negativo', 1) },
      { weekday: 0, hour: 18, ...tallyOfFace(3, 'negativo', 2) },
      { weekday: 2, hour: 10, ...tallyOfFace(3, 'positivo', 3) },
    ];
    // Of Monday's votes at 9, 2 fell on a holiday (2026-03-09 is a Monday); so did one at 18, already outside.
    const holiday = [
      { day: '2026-03-09', hour: 9, ...tallyOfFace(3, 'negativo', 1) },
      { day: '2026-03-09', hour: 9, ...tallyOfFace(3, 'positivo', 1) },
      { day: '2026-03-09', hour: 18, ...tallyOfFace(3, 'negativo', 1) },
    ];
    const map = buildHeatmap(rows, holiday, hours);
    expect(map.cells).toHaveLength(168);
    expect(map.cells[9]).toEqual({ weekday: 0, hour: 9, votes: 6, negative: 1, open: true });
    expect(map.outsideOpening).toEqual({ votes: 2 + 3 + 2, negative: 2 + 1, onHolidays: 3 });
    expect(map.openingHoursKnown).toBe(true);
  });

  it('counts nothing as outside unknown hours, except holidays', () => {
    const map = buildHeatmap([{ weekday: 6, hour: 23, ...tallyOfFace(3, 'positivo', 4) }], [], closed);
    expect(map.openingHoursKnown).toBe(false);
    expect(map.outsideOpening).toEqual({ votes: 0, negative: 0, onHolidays: 0 });
    expect(map.cells.every((c) => !c.open)).toBe(true);
  });
});
