// Beyond noise or not: the two-proportion z test for the share, Welch's test for the index, and their edges.
import { describe, expect, it } from 'vitest';
import { compareIndex, compareShares } from '../../../../server/reports/metrics/compare';
import { mergeSums, sumsOf } from '../../../../server/reports/metrics/score';

const three = (positivo: number, sufficiente: number, negativo: number) =>
  sumsOf([{ scale: 3, face: 'positivo', count: positivo }, { scale: 3, face: 'sufficiente', count: sufficiente }, { scale: 3, face: 'negativo', count: negativo }]);

describe('compareShares', () => {
  it('calls a fall from 90% to 50% of 40 votes real: z = -3.9036, p = 0.000095', () => {
    const c = compareShares(three(20, 10, 10), three(36, 4, 0), 30);
    expect(c.delta).toBeCloseTo(-0.4, 6);
    expect(c.pValue).toBe(0.00009477);
    expect(c).toMatchObject({ significant: true, note: null });
  });

  it('calls 75% against 82.5% of 40 votes noise: p = 0.4123', () => {
    const c = compareShares(three(30, 5, 5), three(33, 5, 2), 30);
    expect(c.pValue).toBe(0.4123);
    expect(c.significant).toBe(false);
  });

  it('makes no test with a small sample on either side, but still gives the difference', () => {
    expect(compareShares(three(20, 10, 10), three(5, 0, 0), 30)).toEqual({ delta: 0.5 - 1, pValue: null, significant: false, note: 'small-sample' });
    expect(compareShares(three(20, 10, 10), three(0, 0, 0), 30)).toEqual({ delta: null, pValue: null, significant: false, note: 'no-data' });
  });

  it('judges on the p-value it gives: one that reads 0.05 is not beyond noise', () => {
    const s = (positive: number, total: number) => three(positive, 0, total - positive);
    // p = 0.049997, given to four digits as 0.05.
    expect(compareShares(s(22, 32), s(110, 219), 30)).toMatchObject({ pValue: 0.05, significant: false });
  });

  it('sees no difference between two periods all positive', () => {
    expect(compareShares(three(40, 0, 0), three(35, 0, 0), 30)).toEqual({ delta: 0, pValue: 1, significant: false, note: null });
  });
});

describe('compareIndex', () => {
  it('tests the mean face value: 62.5 against 95 on 40 votes each is real (z = -4.6036)', () => {
    const c = compareIndex(three(20, 10, 10), three(36, 4, 0), 30);
    expect(c.delta).toBeCloseTo(-32.5, 6);
    expect(c.pValue).toBe(0.000004153);
    expect(c.significant).toBe(true);
  });

  it('calls two constant periods at different values real, and equal ones not', () => {
    expect(compareIndex(three(0, 40, 0), three(40, 0, 0), 30)).toMatchObject({ delta: -50, significant: true });
    expect(compareIndex(three(0, 40, 0), three(0, 35, 0), 30)).toMatchObject({ delta: 0, significant: false });
  });

  it('sees no difference between two periods of one same face of four, whatever the thirds\' rounding', () => {
    // As the rollups add them up, day by day: a third added 31 times is not 31 thirds.
    const four = (n: number) => {
      let sums = sumsOf([]);
      for (let i = 0; i < n; i++) sums = mergeSums(sums, sumsOf([{ scale: 4, face: 'positivo', count: 1 }]));
      return sums;
    };
    // 31 against 72 votes, each all «positivo» on four faces: the means differ by a rounding step.
    expect(four(31).value / 31).not.toBe(four(72).value / 72);
    for (const [a, b] of [[31, 72], [30, 300], [47, 113]] as const) {
      expect(compareIndex(four(a), four(b), 30), `${a} vs ${b}`).toEqual({ delta: 0, pValue: 1, significant: false, note: null });
    }
  });

  it('makes no test on a single vote a side, even where REPORT_MIN_VOTES allows one', () => {
    expect(compareIndex(three(1, 0, 0), three(0, 1, 0), 1)).toEqual({ delta: 50, pValue: null, significant: false, note: 'small-sample' });
    expect(compareShares(three(1, 0, 0), three(0, 0, 1), 1)).toEqual({ delta: 1, pValue: null, significant: false, note: 'small-sample' });
  });
});
