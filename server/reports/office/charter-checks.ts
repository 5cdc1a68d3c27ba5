// The charter check of each service: the period cut where a standard changed, each part judged on its own.
import type { CharterCheck } from '../../contract/report';
import { charterCheck, standardSegments, type StandardChange } from '../metrics/charter';
import type { ScoreSums } from '../metrics/score';
import type { DayRange } from '../period-plan';

/**
 * `sumsFor` gives per-service sums for a sub-range of the period; it is called once per distinct
 * sub-range (usually only the whole period, which the caller already has).
 */
export async function charterChecks(
  services: readonly { serviceId: string; name: string }[],
  standards: ReadonlyMap<string, readonly StandardChange[]>,
  period: DayRange,
  sumsFor: (range: DayRange) => Promise<ReadonlyMap<string, ScoreSums>>,
  minSample: number,
): Promise<Map<string, CharterCheck>> {
  const cache = new Map<string, Promise<ReadonlyMap<string, ScoreSums>>>();
  const sums = (range: DayRange) => {
    const key = `${range.from}/${range.to}`;
    if (!cache.has(key)) cache.set(key, sumsFor(range));
    return cache.get(key)!;
  };
  const out = new Map<string, CharterCheck>();
  for (const s of services) {
    const segments = standardSegments(standards.get(s.serviceId) ?? [], period.from, period.to).filter((seg) => seg.minPositivePct !== null);
    if (segments.length === 0) continue;
    const judged = [];
    for (const seg of segments) {
      const part = await sums({ from: seg.from, to: seg.to });
      judged.push({ from: seg.from, to: seg.to, minPositivePct: seg.minPositivePct!, sums: part.get(s.serviceId) ?? { votes: 0, positive: 0, negative: 0, value: 0, valueSquared: 0 } });
    }
    out.set(s.serviceId, charterCheck(s.serviceId, s.name, judged, minSample));
  }
  return out;
}

/**
 * Of these services, those with a standard in force on some day of the period: offered but unrated,
 * they are judged «no votes» at the administration's and the year's level, where a service without a
 * standard and without votes would only add an empty row.
 */
export function withStandardIn(serviceIds: readonly string[], standards: ReadonlyMap<string, readonly StandardChange[]>, period: DayRange): string[] {
  return serviceIds.filter((id) => standardSegments(standards.get(id) ?? [], period.from, period.to).some((seg) => seg.minPositivePct !== null));
}
