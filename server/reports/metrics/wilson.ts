// The Wilson score interval: a 95% interval for a share that stays inside 0..1 and behaves with few votes.

/** The normal quantile of a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson's interval for `successes` out of `n`. `successes` may be fractional: the index uses it
 * with the mean score times n, which is conservative because a score in 0..1 with mean p has a
 * variance of at most p(1-p) (docs/metrics.md). null when there is nothing to estimate.
 */
export function wilson(successes: number, n: number, z = Z95): Interval | null {
  if (!(n > 0)) return null;
  const p = Math.min(1, Math.max(0, successes / n));
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
