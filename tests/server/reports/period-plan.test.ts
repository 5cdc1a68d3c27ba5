// Which rollup reads which part of a period, and the periods a report compares itself with.
import { describe, expect, it } from 'vitest';
import { eachMonth, lastDayOfMonth, nextMonth, planPeriod, previousPeriod, shiftMonth, yearBefore } from '../../../server/reports/period-plan';

describe('planPeriod', () => {
  it('reads whole months from the monthly rollup and the edges from the daily one', () => {
    expect(planPeriod('2026-01-15', '2026-04-10')).toEqual({ months: { from: '2026-02', to: '2026-03' }, days: [{ from: '2026-01-15', to: '2026-01-31' }, { from: '2026-04-01', to: '2026-04-10' }] });
    expect(planPeriod('2026-02-01', '2026-02-28')).toEqual({ months: { from: '2026-02', to: '2026-02' }, days: [] });
    expect(planPeriod('2024-02-01', '2024-02-28')).toEqual({ months: null, days: [{ from: '2024-02-01', to: '2024-02-28' }] });
    expect(planPeriod('2026-03-05', '2026-03-20')).toEqual({ months: null, days: [{ from: '2026-03-05', to: '2026-03-20' }] });
    expect(planPeriod('2025-12-31', '2026-01-31')).toEqual({ months: { from: '2026-01', to: '2026-01' }, days: [{ from: '2025-12-31', to: '2025-12-31' }] });
  });
});

describe('the periods compared', () => {
  it('sets whole calendar months beside as many whole months just before', () => {
    expect(previousPeriod('2026-03-01', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod('2026-10-01', '2026-10-31')).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    expect(previousPeriod('2026-01-01', '2026-01-31')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(previousPeriod('2024-03-01', '2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    // A quarter beside the quarter before, a year beside the year before.
    expect(previousPeriod('2026-10-01', '2026-12-31')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(previousPeriod('2026-01-01', '2026-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
  it('sets any other period beside the same number of days just before', () => {
    expect(previousPeriod('2026-03-30', '2026-03-30')).toEqual({ from: '2026-03-29', to: '2026-03-29' });
    // A month's first day alone is a day: beside the day before.
    expect(previousPeriod('2026-03-01', '2026-03-01')).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    expect(previousPeriod('2026-11-23', '2026-11-29')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    // Not whole months: from the 2nd, or up to a day before the month's end (the dashboard's «this month»).
    expect(previousPeriod('2026-03-02', '2026-03-31')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(previousPeriod('2026-11-01', '2026-11-29')).toEqual({ from: '2026-10-03', to: '2026-10-31' });
  });
  it('takes the same dates a year earlier, 29 February becoming the 28th', () => {
    expect(yearBefore('2026-03-01', '2026-03-31')).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(yearBefore('2028-02-29', '2028-03-01')).toEqual({ from: '2027-02-28', to: '2027-03-01' });
  });
  it('ends on the month\'s last day a year earlier when the period ends on one: February beside the whole of a leap February', () => {
    expect(yearBefore('2025-02-01', '2025-02-28')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(yearBefore('2024-12-01', '2025-02-28')).toEqual({ from: '2023-12-01', to: '2024-02-29' });
    expect(yearBefore('2028-02-01', '2028-02-29')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(yearBefore('2025-02-10', '2025-02-27')).toEqual({ from: '2024-02-10', to: '2024-02-27' });
  });
});

describe('month arithmetic', () => {
  it('counts months as numbers: years 0-99 stay themselves, and the months end after 9999-12', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(shiftMonth('2026-03', -14)).toBe('2025-01');
    expect(eachMonth('0050-06', '0050-08')).toEqual(['0050-06', '0050-07', '0050-08']);
    expect(lastDayOfMonth('0050-02')).toBe('0050-02-28');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2100-02')).toBe('2100-02-28');
    expect(lastDayOfMonth('2026-11')).toBe('2026-11-30');
    expect(eachMonth('9999-11', '9999-12')).toEqual(['9999-11', '9999-12']);
    expect(eachMonth('2026-03', '2026-02')).toEqual([]);
  });
});
