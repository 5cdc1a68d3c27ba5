// Which rollup reads which part of a period, and the periods a report compares itself with.
import { describe, expect, it } from 'vitest';
import { planPeriod, previousPeriod, yearBefore } from '../../../server/reports/period-plan';

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
  it('takes the same number of days just before', () => {
    expect(previousPeriod('2026-03-01', '2026-03-31')).toEqual({ from: '2026-01-29', to: '2026-02-28' });
    expect(previousPeriod('2026-03-30', '2026-03-30')).toEqual({ from: '2026-03-29', to: '2026-03-29' });
  });
  it('takes the same dates a year earlier, 29 February becoming the 28th', () => {
    expect(yearBefore('2026-03-01', '2026-03-31')).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(yearBefore('2028-02-29', '2028-03-01')).toEqual({ from: '2027-02-28', to: '2027-03-01' });
  });
});
