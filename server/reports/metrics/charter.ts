// Judges a service against its charter standard (Carta dei servizi): met or not, and whether beyond noise.
import type { CharterCheck, CharterSegment, CharterVerdict } from '../../contract/report';
import { scoreOf, type ScoreSums } from './score';

/** A standard in force from a local day on; null: the service promised nothing from then. */
export interface StandardChange {
  validFrom: string;
  minPositivePct: number | null;
}

/** The parts of [from, to] each ruled by one standard (null where none was in force). */
export function standardSegments(changes: readonly StandardChange[], from: string, to: string): { from: string; to: string; minPositivePct: number | null }[] {
  const sorted = [...changes].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const out: { from: string; to: string; minPositivePct: number | null }[] = [];
  let current: number | null = null;
  for (const c of sorted) if (c.validFrom <= from) current = c.minPositivePct;
  let start = from;
  for (const c of sorted) {
    if (c.validFrom <= from || c.validFrom > to) continue;
    out.push({ from: start, to: dayBefore(c.validFrom), minPositivePct: current });
    start = c.validFrom;
    current = c.minPositivePct;
  }
  out.push({ from: start, to, minPositivePct: current });
  return out;
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * met: even the interval's low end reaches the standard; missed: even its high end falls short;
 * in between the data cannot tell, and the verdict says on which side the share itself lies.
 */
export function judge(sums: ScoreSums, minPositivePct: number, minSample: number): { verdict: CharterVerdict; marginPct: number | null } {
  if (sums.votes === 0) return { verdict: 'no-votes', marginPct: null };
  // Too few votes: neither judged nor compared, so no margin either (a "+20 points" on three votes reads as a verdict).
  if (sums.votes < minSample) return { verdict: 'small-sample', marginPct: null };
  const share = scoreOf(sums, minSample).positiveShare;
  const target = minPositivePct / 100;
  const marginPct = Math.round((share.value! - target) * 10000) / 100;
  if (share.low! >= target) return { verdict: 'met', marginPct };
  if (share.high! < target) return { verdict: 'missed', marginPct };
  return { verdict: share.value! >= target ? 'met-within-noise' : 'missed-within-noise', marginPct };
}

/** Worst first: the period's verdict is that of its worst judged part. */
const SEVERITY: CharterVerdict[] = ['missed', 'missed-within-noise', 'met-within-noise', 'met', 'small-sample', 'no-votes'];

/** The worse of two parts: the graver verdict, and between equal verdicts the smaller margin (the one nearer to missing). */
function worseFirst(a: CharterSegment, b: CharterSegment): number {
  const bySeverity = SEVERITY.indexOf(a.verdict) - SEVERITY.indexOf(b.verdict);
  if (bySeverity !== 0) return bySeverity;
  return (a.marginPct ?? Number.POSITIVE_INFINITY) - (b.marginPct ?? Number.POSITIVE_INFINITY);
}

export function charterCheck(serviceId: string, name: string, segments: readonly { from: string; to: string; minPositivePct: number; sums: ScoreSums }[], minSample: number): CharterCheck {
  const judged: CharterSegment[] = segments.map((s) => ({
    from: s.from,
    to: s.to,
    minPositivePct: s.minPositivePct,
    positiveShare: scoreOf(s.sums, minSample).positiveShare,
    ...judge(s.sums, s.minPositivePct, minSample),
  }));
  const worst = [...judged].sort(worseFirst)[0];
  return { serviceId, name, verdict: worst?.verdict ?? 'no-votes', marginPct: worst?.marginPct ?? null, segments: judged };
}
