// eachDay and checkPeriod: calendar days across month, year and leap-year boundaries; invalid periods name the field.
import { describe, expect, it } from 'vitest';
import { MAX_REPORT_DAYS } from '../../../server/contract/report';
import { AppError } from '../../../server/http/app-error';
import { inEnglish } from '../../../server/http/words/error-words';
import { checkPeriod, dayProblem, eachDay } from '../../../server/reports/period';

function problemOf(from: string, to: string) {
  try {
    checkPeriod(from, to);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    // Reasons are read in the language of the request that gets them; the API's default is English.
    return (err as AppError).problems?.map((p) => ({ ...p, reason: inEnglish(p.reason) }));
  }
  return undefined;
}

describe('eachDay', () => {
  it('lists both ends of a single day', () => {
    expect(eachDay('2026-03-10', '2026-03-10')).toEqual(['2026-03-10']);
  });

  it('crosses the end of February in a leap year', () => {
    expect(eachDay('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
  });

  it('crosses the end of February in a common year', () => {
    expect(eachDay('2026-02-28', '2026-03-01')).toEqual(['2026-02-28', '2026-03-01']);
  });

  it('crosses the year and both DST changes without skipping or repeating a day', () => {
    expect(eachDay('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(eachDay('2026-03-28', '2026-03-30')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(eachDay('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(eachDay('2026-01-01', '2026-12-31')).toHaveLength(365);
    expect(eachDay('2028-01-01', '2028-12-31')).toHaveLength(366);
  });

  it('is empty when to is before from', () => {
    expect(eachDay('2026-03-10', '2026-03-09')).toEqual([]);
  });
});

describe('checkPeriod', () => {
  it('accepts a real, ordered period up to the maximum length', () => {
    expect(problemOf('2026-03-01', '2026-03-31')).toBeUndefined();
    expect(eachDay('2026-01-01', '2028-01-01')).toHaveLength(MAX_REPORT_DAYS);
    expect(problemOf('2026-01-01', '2028-01-01')).toBeUndefined();
  });

  it('names the field of a date that is not on the calendar', () => {
    expect(problemOf('2026-02-30', '2026-03-10')).toEqual([expect.objectContaining({ field: '/from' })]);
    expect(problemOf('2026-03-01', '2027-02-29')).toEqual([expect.objectContaining({ field: '/to' })]);
    expect(problemOf('2026-13-01', '2026-00-10')?.map((p) => p.field)).toEqual(['/from', '/to']);
  });

  it('refuses days outside the years the collector counts, 2000 to 2099 (a report in 9999 looped until memory ran out)', () => {
    expect(problemOf('9999-12-01', '9999-12-31')).toEqual([
      { field: '/from', reason: '"9999-12-01" is outside the years the collector counts, 2000 to 2099' },
      { field: '/to', reason: '"9999-12-31" is outside the years the collector counts, 2000 to 2099' },
    ]);
    expect(problemOf('1999-12-31', '2000-01-31')).toEqual([expect.objectContaining({ field: '/from' })]);
    expect(problemOf('2000-01-01', '2000-01-31')).toBeUndefined();
    expect(problemOf('2099-12-01', '2099-12-31')).toBeUndefined();
  });

  it('words a single day\'s problem the same way for holidays, standards and people served', () => {
    expect(dayProblem('2026-03-10')).toBeNull();
    expect(inEnglish(dayProblem('2026-02-30')!)).toBe('"2026-02-30" is not a calendar date');
    expect(inEnglish(dayProblem('0000-01-01')!)).toBe('"0000-01-01" is outside the years the collector counts, 2000 to 2099');
  });

  it('refuses to before from, and a period over the maximum', () => {
    expect(problemOf('2026-03-10', '2026-03-09')).toEqual([expect.objectContaining({ field: '/to' })]);
    expect(problemOf('2026-01-01', '2028-01-02')).toEqual([expect.objectContaining({ field: '/to', reason: expect.stringContaining(String(MAX_REPORT_DAYS)) })]);
  });
});
