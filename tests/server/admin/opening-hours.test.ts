// Opening hours: "from" before "to", no overlaps (touching is fine), every weekday present and in order.
import { describe, expect, it } from 'vitest';
import { normaliseOpeningHours, openingHoursProblems, parseOpeningHours } from '../../../server/admin/opening-hours';
import type { OpeningHours } from '../../../server/contract/admin';
import { inEnglish } from '../../../server/http/words/error-words';

const closed = normaliseOpeningHours({});

/** The problems as an English answer words them (each reason is read in the request's language). */
const problemsOf = (hours: OpeningHours) => openingHoursProblems(hours).map((p) => ({ ...p, reason: inEnglish(p.reason) }));

describe('openingHoursProblems', () => {
  it('accepts split days, touching intervals and closed days', () => {
    const hours = { ...closed, mon: [{ from: '14:30', to: '17:00' }, { from: '08:30', to: '12:30' }], tue: [{ from: '09:00', to: '12:00' }, { from: '12:00', to: '13:00' }] };
    expect(problemsOf(hours)).toEqual([]);
  });

  it('names the interval that closes before it opens, and the one that overlaps', () => {
    const hours = { ...closed, wed: [{ from: '12:00', to: '09:00' }], fri: [{ from: '08:00', to: '12:00' }, { from: '11:00', to: '13:00' }] };
    expect(problemsOf(hours)).toEqual([
      { field: '/openingHours/wed/0', reason: expect.stringContaining('the opening must come before the closing') },
      { field: '/openingHours/fri/1', reason: '11:00-13:00 overlaps 08:00-12:00' },
    ]);
  });
});

describe('normaliseOpeningHours', () => {
  it('fills every weekday and sorts intervals; old rows ("{}") read as closed every day', () => {
    expect(normaliseOpeningHours({ sat: [{ from: '10:00', to: '11:00' }, { from: '08:00', to: '09:00' }] }).sat.map((i) => i.from)).toEqual(['08:00', '10:00']);
    expect(parseOpeningHours('{}')).toEqual({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] });
  });
});
