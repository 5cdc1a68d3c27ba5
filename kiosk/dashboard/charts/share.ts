// Whole-number percentages that add up to exactly 100 (largest-remainder rounding), so a legend never says 99% or 101%.

/**
 * Splits `target` (100 by default) in proportion to `counts`, in whole numbers that sum to `target`.
 * Each part gets the floor of its exact share; the units left over go to the largest remainders,
 * ties to the larger count and then to the earlier position, so the result is stable.
 * All zeros in, all zeros out: an empty period has no shares, not 100% of nothing.
 */
export function largestRemainder(counts: readonly number[], target = 100): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  if (sum <= 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * target) / sum);
  const parts = exact.map(Math.floor);
  let left = target - parts.reduce((a, b) => a + b, 0);
  const order = counts
    .map((c, i) => ({ i, c, rest: (exact[i] ?? 0) - (parts[i] ?? 0) }))
    .sort((a, b) => b.rest - a.rest || b.c - a.c || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

/** Percent of `part` in `whole`, rounded; null when there is no whole to speak of. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 100) / whole) : null;
}
