// Wilson intervals to four decimals, checked against values worked out by hand from the formula.
import { describe, expect, it } from 'vitest';
import { wilson } from '../../../../server/reports/metrics/wilson';

const four = (i: { low: number; high: number } | null) => i && [Number(i.low.toFixed(4)), Number(i.high.toFixed(4))];

describe('wilson', () => {
  it.each([
    [9, 10, [0.5958, 0.9821]],
    [2, 10, [0.0567, 0.5098]],
    [8, 10, [0.4902, 0.9433]],
    [0, 10, [0, 0.2775]],
    [10, 10, [0.7225, 1]],
    [20, 40, [0.352, 0.648]],
    [36, 40, [0.7695, 0.9604]],
    [1, 3, [0.0615, 0.7923]],
  ])('%i of %i: %j', (k, n, expected) => {
    expect(four(wilson(k, n))).toEqual(expected);
  });

  it('has nothing to say about no votes', () => {
    expect(wilson(0, 0)).toBeNull();
  });

  it('takes a fractional count (the index\'s mean score times n) and stays inside 0..1', () => {
    expect(four(wilson(7.5, 10))).toEqual(four(wilson(0.75 * 10, 10)));
    const i = wilson(45, 60)!;
    expect(i.low).toBeGreaterThan(0);
    expect(i.high).toBeLessThan(1);
  });
});
