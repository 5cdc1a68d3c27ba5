// Whole-number percentages: largest-remainder rounding (parts that add up to exactly 100, so a legend never says 99% or 101%) and a plain percent of a whole.

// One rounding rule for the dashboard and the report files: contract/face-breakdown.ts.
export { faceBreakdown, largestRemainder } from '../../../server/contract/face-breakdown';

/** Percent of `part` in `whole`, rounded; null when there is no whole to speak of. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 100) / whole) : null;
}
