// Counts an office's services by charter verdict, for the administration's side-by-side view.
import type { CharterSummary } from '../../contract/levels';
import { CHARTER_VERDICTS } from '../../contract/report-parts';
import type { StandardChange } from '../metrics/charter';
import type { ScoreSums } from '../metrics/score';
import type { DayRange } from '../period-plan';
import { charterChecks } from '../office/charter-checks';

export function emptyCharterSummary(): CharterSummary {
  return Object.fromEntries(CHARTER_VERDICTS.map((v) => [v, 0])) as CharterSummary;
}

/** `sumsFor` answers per-service sums of this one office for a sub-range of the period. */
export async function charterSummary(
  serviceIds: readonly string[],
  standards: ReadonlyMap<string, readonly StandardChange[]>,
  period: DayRange,
  sumsFor: (range: DayRange) => Promise<ReadonlyMap<string, ScoreSums>>,
  minSample: number,
): Promise<CharterSummary> {
  const checks = await charterChecks(serviceIds.map((serviceId) => ({ serviceId, name: serviceId })), standards, period, sumsFor, minSample);
  const summary = emptyCharterSummary();
  for (const check of checks.values()) summary[check.verdict] += 1;
  return summary;
}
