import { describe, expect, it } from 'vitest';
import { largestRemainder, percentOf } from '../../../../kiosk/dashboard/charts/share';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('largestRemainder', () => {
  it('gives exact shares when they are whole', () => {
    expect(largestRemainder([124, 46, 30])).toEqual([62, 23, 15]);
  });

  it('adds up to 100 where plain rounding would give 99 or 101', () => {
    // Plain rounding: 33+33+33 = 99.
    expect(largestRemainder([1, 1, 1])).toEqual([34, 33, 33]);
    // Plain rounding: 17+17+67 = 101 (16.67, 16.67, 66.67).
    const parts = largestRemainder([1, 1, 4]);
    expect(sum(parts)).toBe(100);
    expect(parts).toEqual([17, 16, 67]);
  });

  it('gives the leftover units to the largest remainders', () => {
    // 12.5 / 37.5 / 50: two halves compete for one unit; the larger count wins.
    expect(largestRemainder([1, 3, 4])).toEqual([12, 38, 50]);
  });

  it('always sums to the target for many random inputs', () => {
    for (let i = 0; i < 200; i++) {
      const counts = Array.from({ length: 1 + (i % 5) }, (_, j) => (i * 7 + j * 13) % 17);
      const parts = largestRemainder(counts);
      expect(sum(parts)).toBe(sum(counts) === 0 ? 0 : 100);
      parts.forEach((p, j) => expect(Math.abs(p - ((counts[j] ?? 0) * 100) / Math.max(1, sum(counts)))).toBeLessThan(1));
    }
  });

  it('returns zeros for an empty period, not 100% of nothing', () => {
    expect(largestRemainder([0, 0, 0])).toEqual([0, 0, 0]);
    expect(largestRemainder([])).toEqual([]);
  });

  it('keeps a face nobody chose at 0', () => {
    expect(largestRemainder([5, 0, 0])).toEqual([100, 0, 0]);
  });
});

describe('percentOf', () => {
  it('rounds, and has no answer without a whole', () => {
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBeNull();
  });
});
