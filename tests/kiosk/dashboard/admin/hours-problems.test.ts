// The opening hours' problems found before saving: the same slots the collector refuses (server/admin/opening-hours.ts), none it accepts.
import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../../../../server/contract/admin';
import { hoursProblems } from '../../../../kiosk/dashboard/admin/hours-problems';
import { openingHoursProblems } from '../../../../server/admin/opening-hours';

const week = (days: Partial<OpeningHours>): OpeningHours => ({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], ...days });

describe('hoursProblems', () => {
  it('finds nothing in a usual week, touching slots included', () => {
    expect(hoursProblems(week({ mon: [{ from: '08:30', to: '12:30' }, { from: '14:30', to: '17:00' }], tue: [{ from: '09:00', to: '12:00' }, { from: '12:00', to: '13:00' }] }))).toEqual({});
  });

  it('names a slot the wrong way round, one of no length, one left empty, and one overlapping an earlier one, by its place on screen', () => {
    const hours = week({
      mon: [{ from: '14:30', to: '17:00' }, { from: '12:00', to: '15:00' }],
      wed: [{ from: '12:30', to: '08:30' }, { from: '09:00', to: '09:00' }],
      fri: [{ from: '', to: '12:00' }],
    });
    expect(hoursProblems(hours)).toEqual({
      mon: [{ slot: 0, kind: 'overlap', other: { from: '12:00', to: '15:00' } }],
      wed: [{ slot: 0, kind: 'backwards' }, { slot: 1, kind: 'backwards' }],
      fri: [{ slot: 0, kind: 'incomplete' }],
    });
  });

  it('marks the same slots as the collector does', () => {
    const hours = week({
      mon: [{ from: '08:00', to: '12:00' }, { from: '11:00', to: '13:00' }, { from: '12:59', to: '18:00' }],
      thu: [{ from: '18:00', to: '08:00' }, { from: '09:00', to: '10:00' }],
    });
    const mine = Object.entries(hoursProblems(hours)).flatMap(([day, ps]) => ps.map((p) => `/openingHours/${day}/${p.slot}`));
    expect(mine.sort()).toEqual(openingHoursProblems(hours).map((p) => p.field).sort());
  });
});
