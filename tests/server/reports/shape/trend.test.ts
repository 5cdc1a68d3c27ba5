// The trend's unit follows the period's length; buckets cover it without holes, clipped at both ends.
import { describe, expect, it } from 'vitest';
import { bucketOf, trendBuckets, trendUnit } from '../../../../server/reports/shape/trend';

describe('trend buckets', () => {
  it('uses days up to a month, weeks up to half a year, months beyond', () => {
    expect([trendUnit('2026-03-01', '2026-03-31'), trendUnit('2026-03-01', '2026-04-01'), trendUnit('2026-01-01', '2026-07-01'), trendUnit('2026-01-01', '2026-07-02')]).toEqual(['day', 'week', 'week', 'month']);
  });

  it('runs weeks Monday to Sunday, clipped to the period', () => {
    // 2026-03-04 is a Wednesday.
    expect(trendBuckets('2026-03-04', '2026-03-20', 'week')).toEqual([
      { from: '2026-03-04', to: '2026-03-08' },
      { from: '2026-03-09', to: '2026-03-15' },
      { from: '2026-03-16', to: '2026-03-20' },
    ]);
  });

  it('runs months by the calendar, and finds the bucket of a day or of a whole month', () => {
    const months = trendBuckets('2026-01-15', '2026-04-10', 'month');
    expect(months).toEqual([
      { from: '2026-01-15', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-31' },
      { from: '2026-04-01', to: '2026-04-10' },
    ]);
    expect(bucketOf(months, '2026-03')).toBe(months[2]);
    expect(bucketOf(months, '2026-01-20')).toBe(months[0]);
    expect(bucketOf(months, '2026-04-11')).toBeUndefined();
  });
});
