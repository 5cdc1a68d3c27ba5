// Reasons over time: the report's reason buckets merged into a few stretches with enough negative votes each, and each reason's share of them. Pure.
import { T } from '../trend-labels';
import type { OfficeReport } from '../../../server/contract/report';
import { formatDayLong, formatDayShort } from '../format';

type Bucket = OfficeReport['reasonTrend'][number];

export interface ReasonStretch {
  from: string;
  to: string;
  negative: number;
  counts: Map<string, number>;
}

/** Up to this many points on the line: a year's months. */
export const MAX_STRETCHES = 12;
/** Fewer negative votes than this per stretch on average, and stretches get longer: a share of 2 votes is 0%, 50% or 100%. */
export const NEGATIVES_PER_STRETCH = 15;

/**
 * Consecutive buckets merged into as many stretches as the negative votes allow (at least two, so
 * there is a "before" and an "after"), cut where the negative votes, not the days, divide evenly: a
 * clipped first month of three days joins the next. A month of days with 60 negative votes becomes
 * four stretches of about a week; a year of months stays about twelve.
 */
export function reasonStretches(buckets: readonly Bucket[]): ReasonStretch[] {
  const negatives = buckets.reduce((n, b) => n + b.negative, 0);
  if (buckets.length < 2 || negatives === 0) return [];
  const count = Math.min(buckets.length, MAX_STRETCHES, Math.max(2, Math.floor(negatives / NEGATIVES_PER_STRETCH)));
  const groups: Bucket[][] = [];
  let before = 0;
  for (const b of buckets) {
    // Each bucket goes to the stretch its middle negative vote falls in; one without any stays with the stretch under way.
    const index = Math.min(count - 1, Math.floor(((before + b.negative / 2) * count) / negatives));
    before += b.negative;
    (groups[index] ??= []).push(b);
  }
  return groups
    .filter((part) => part.length > 0)
    .map((part) => {
      const counts = new Map<string, number>();
      for (const b of part) for (const r of b.reasons) counts.set(r.reasonId, (counts.get(r.reasonId) ?? 0) + r.count);
      return { from: part[0]!.from, to: part[part.length - 1]!.to, negative: part.reduce((n, b) => n + b.negative, 0), counts };
    });
}

export interface ReasonSeries {
  reasonId: string;
  label: string;
  /** Percent of each stretch's negative votes; null for a stretch without negative votes. */
  percents: (number | null)[];
  counts: number[];
}

export function stretchLabel(s: ReasonStretch): string {
  return s.from === s.to ? formatDayShort(s.from) : `${formatDayShort(s.from)}–${formatDayShort(s.to)}`;
}

/** Both ends with their year, for a sentence: "28 nov 25 – 31 dic 25". */
export function stretchDates(s: ReasonStretch): string {
  return s.from === s.to ? formatDayShort(s.from, true) : `${formatDayShort(s.from, true)} – ${formatDayShort(s.to, true)}`;
}

export function stretchTitle(s: ReasonStretch): string {
  return s.from === s.to ? formatDayLong(s.from) : T.days(formatDayShort(s.from, s.from.slice(0, 4) !== s.to.slice(0, 4)), formatDayLong(s.to));
}

/** One series per reason, in the order given (most frequent first). */
export function reasonSeries(stretches: readonly ReasonStretch[], reasons: readonly { reasonId: string; label: string }[]): ReasonSeries[] {
  return reasons.map((r) => ({
    reasonId: r.reasonId,
    label: r.label,
    counts: stretches.map((s) => s.counts.get(r.reasonId) ?? 0),
    percents: stretches.map((s) => (s.negative > 0 ? Math.round(((s.counts.get(r.reasonId) ?? 0) * 100) / s.negative) : null)),
  }));
}

export interface Rise {
  reasonId: string;
  label: string;
  fromPct: number;
  toPct: number;
  first: ReasonStretch;
  last: ReasonStretch;
}

/** A rise of at least this many points between the first and the last stretch is worth a sentence. */
export const RISE_POINTS = 10;

/**
 * The reason whose share of negative votes grew most from the first stretch to the last, when it
 * grew by RISE_POINTS or more and both stretches rest on NEGATIVES_PER_STRETCH negative votes. A
 * description of the data, not a test: the sentence gives both shares and their bases.
 */
export function risingReason(stretches: readonly ReasonStretch[], series: readonly ReasonSeries[]): Rise | undefined {
  const first = stretches[0];
  const last = stretches[stretches.length - 1];
  if (!first || !last || first === last || first.negative < NEGATIVES_PER_STRETCH || last.negative < NEGATIVES_PER_STRETCH) return undefined;
  let best: Rise | undefined;
  for (const s of series) {
    const fromPct = s.percents[0]!;
    const toPct = s.percents[s.percents.length - 1]!;
    if (toPct - fromPct >= RISE_POINTS && (!best || toPct - fromPct > best.toPct - best.fromPct)) best = { reasonId: s.reasonId, label: s.label, fromPct, toPct, first, last };
  }
  return best;
}
