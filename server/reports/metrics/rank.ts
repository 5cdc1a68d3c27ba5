// Rankings that three lucky votes cannot top: a Bayesian average pulls small samples toward the group's mean.
import type { ScoreSums } from './score';

export interface Ranked {
  /** Share positive shrunk toward the group's mean: (positive + m * mean) / (votes + m). */
  rankScore: number | null;
  /** 1 = best; null for small samples, which are shown but never ranked. */
  rank: number | null;
}

/**
 * The prior weighs as much as `minSample` votes at the group's pooled share (docs/metrics.md).
 * Equal scores share a rank, the next one skipping as many (1, 1, 3: "1224" ranking): equal
 * figures never get different places. Among them the input order stays, so the caller decides
 * (by name, say) which is listed first.
 */
export function rankByShrunkShare(items: readonly ScoreSums[], minSample: number): Ranked[] {
  const total = items.reduce((n, s) => n + s.votes, 0);
  const mean = total > 0 ? items.reduce((n, s) => n + s.positive, 0) / total : 0;
  const scores = items.map((s) => (s.votes > 0 ? (s.positive + minSample * mean) / (s.votes + minSample) : null));
  const order = items
    .map((s, i) => ({ i, score: scores[i], rankable: s.votes >= minSample && scores[i] !== null }))
    .filter((x) => x.rankable)
    .sort((a, b) => b.score! - a.score! || a.i - b.i);
  const rank = new Map<number, number>();
  order.forEach((x, position) => {
    const before = order[position - 1];
    rank.set(x.i, before && Math.abs(before.score! - x.score!) < 1e-12 ? rank.get(before.i)! : position + 1);
  });
  return items.map((_, i) => ({ rankScore: scores[i] === null ? null : Math.round(scores[i]! * 1e6) / 1e6, rank: rank.get(i) ?? null }));
}
