// How a share is rounded for reading, and how votes split across faces in rounded parts that agree with the headline share.
// Plain functions (no TypeBox): the dashboard and the report files (PDF, workbook) use the same ones (docs/metrics.md).
import { FACE_SENTIMENT, type FaceId } from './scale';

/** Shares travel with six decimals (server/reports/metrics/score.ts): the precision they are rounded from. */
const SHARE_DECIMALS = 1e6;

/**
 * A share (0..1) in `units` per whole, rounded half up from its six decimals: 0.285 is 29 of 100
 * and 285 of 1000. `share * 100` alone gives 28.499999999999996 for 0.285, which rounds to 28:
 * the same figure would read 28% in one place and 29% in another.
 */
export function shareUnits(share: number, units: number): number {
  return Math.round((Math.round(share * SHARE_DECIMALS) * units) / SHARE_DECIMALS);
}

/**
 * Splits `target` in proportion to `counts`, in whole numbers that sum to `target` (largest
 * remainder): each part gets the floor of its exact share; the units left over go to the largest
 * remainders, ties to the larger count and then to the earlier position, so the result is stable.
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

/**
 * Each face's part of `units` (100: whole percentages; 1000: tenths, as the report files print them),
 * adding up to `units`, with the positive faces together exactly at the share positive as the
 * headline rounds it (`shareUnits`). Plain largest-remainder rounding of three votes, one per face,
 * gives the green face 34% beside a headline of 33%; here the positive part keeps 33 and the
 * remaining 67 go to the other faces by largest remainder (34 and 33). On five faces, the positive
 * part (ottimo and positivo) is split between its two faces the same way.
 */
export function faceBreakdown(faces: readonly FaceId[], counts: readonly number[], units = 100): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => 0);
  const isPositive = faces.map((f) => FACE_SENTIMENT[f] === 'positive');
  const positive = counts.reduce((n, c, i) => (isPositive[i] ? n + c : n), 0);
  const positiveUnits = shareUnits(positive / total, units);
  const positiveParts = largestRemainder(counts.map((c, i) => (isPositive[i] ? c : 0)), positiveUnits);
  const otherParts = largestRemainder(counts.map((c, i) => (isPositive[i] ? 0 : c)), units - positiveUnits);
  return counts.map((_, i) => (isPositive[i] ? positiveParts[i]! : otherParts[i]!));
}
