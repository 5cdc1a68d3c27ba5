// Whether a service's charter standard is likely to be missed at the end of the month, from the month so far.
// The projection (docs/alerts.md): the rest of the month brings votes at the month's daily rate so far; the
// standard is at risk when those votes would need a positive share above the upper end of the 95% interval
// of the month so far, that is better than the month has plausibly been.
import { wilson } from '../reports/metrics/wilson';

export interface CharterProjection {
  /** Positive share of the month so far (0..1). */
  share: number;
  /** Votes expected in the rest of the month. */
  remainingVotes: number;
  /** The positive share the rest of the month needs for the month to meet the standard (may be above 1: out of reach). */
  neededShare: number;
  /** The upper end of the 95% interval of `share`. */
  plausibleHigh: number;
}

/** `dayOfMonth` days have passed (today counted), of `daysInMonth`. */
export function projectCharter(positive: number, votes: number, standardPct: number, dayOfMonth: number, daysInMonth: number): CharterProjection | null {
  if (votes === 0) return null;
  const share = positive / votes;
  const remainingVotes = (votes / dayOfMonth) * (daysInMonth - dayOfMonth);
  const target = standardPct / 100;
  // Nothing left to come: the month ends as it stands.
  const neededShare = remainingVotes > 0 ? (target * (votes + remainingVotes) - positive) / remainingVotes : share >= target ? 0 : Infinity;
  return { share, remainingVotes, neededShare, plausibleHigh: wilson(positive, votes)!.high };
}

/** Opens when out of plausible reach; closes once the rest of the month need be no better than the month so far. */
export function charterDecision(p: CharterProjection, open: boolean): boolean {
  return open ? p.neededShare > p.share : p.neededShare > p.plausibleHigh;
}
