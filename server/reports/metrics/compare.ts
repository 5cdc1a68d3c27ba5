// Is a change beyond noise? Two-proportion z test for the share, Welch's z test for the index.
import type { Change } from '../../contract/report';
import { twoSidedP } from './normal';
import type { ScoreSums } from './score';

/** A difference counts as real below this two-sided p-value (docs/metrics.md). */
export const SIGNIFICANCE = 0.05;

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function notComparable(reason: Change['note']): Change {
  return { delta: null, pValue: null, significant: false, note: reason };
}

function verdict(delta: number, z: number): Change {
  // Four significant digits: a p of 0.000004 and one of 0.0000041 should both be readable. Judged on
  // the p-value shown: 0.049997 is shown "0,05", and must not be called beyond noise beside it.
  const p = Number(twoSidedP(z).toPrecision(4));
  return { delta: round(delta, 6), pValue: p, significant: p < SIGNIFICANCE, note: null };
}

/** Shares in 0..1: the pooled two-proportion z test. */
export function compareShares(now: ScoreSums, before: ScoreSums, minSample: number): Change {
  if (now.votes === 0 || before.votes === 0) return notComparable('no-data');
  const p1 = now.positive / now.votes;
  const p0 = before.positive / before.votes;
  const delta = p1 - p0;
  if (now.votes < Math.max(minSample, MIN_TESTED) || before.votes < Math.max(minSample, MIN_TESTED)) return { ...notComparable('small-sample'), delta: round(delta, 6) };
  const pooled = (now.positive + before.positive) / (now.votes + before.votes);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / now.votes + 1 / before.votes));
  // Both periods all positive (or all negative): no spread, and no difference either.
  if (se === 0) return { delta: round(delta, 6), pValue: 1, significant: false, note: null };
  return verdict(delta, delta / se);
}

/**
 * Below this, a difference is the arithmetic's, not the votes': four faces score in thirds, and two
 * periods of one same face each can differ by a rounding step, which a spread of 0 turned into
 * "unchanged, beyond noise (p < 0.0001)".
 */
const NO_DIFFERENCE = 1e-9;

/** A test needs a spread to read from: one vote has none, whatever REPORT_MIN_VOTES allows. */
const MIN_TESTED = 2;

function variance(s: ScoreSums): number {
  if (s.votes < 2) return 0;
  const mean = s.value / s.votes;
  return Math.max(0, (s.valueSquared - s.votes * mean * mean) / (s.votes - 1));
}

/** Index in 0..100: Welch's test on the mean face value, read as z (the samples it runs on are large). */
export function compareIndex(now: ScoreSums, before: ScoreSums, minSample: number): Change {
  if (now.votes === 0 || before.votes === 0) return notComparable('no-data');
  const raw = ((now.value / now.votes) - (before.value / before.votes)) * 100;
  const delta = Math.abs(raw) < NO_DIFFERENCE ? 0 : raw;
  if (now.votes < Math.max(minSample, MIN_TESTED) || before.votes < Math.max(minSample, MIN_TESTED)) return { ...notComparable('small-sample'), delta: round(delta, 6) };
  const se = Math.sqrt(variance(now) / now.votes + variance(before) / before.votes) * 100;
  if (se === 0) return { delta: round(delta, 6), pValue: delta === 0 ? 1 : 0, significant: delta !== 0, note: null };
  return verdict(delta, delta / se);
}
