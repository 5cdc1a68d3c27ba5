// Runs a query on the monthly rollup for a period's whole months and on the daily one for its edges.
import { TALLY_COLUMNS, type TallyCounts } from '../../aggregates/tally-columns';
import { planPeriod, type DayRange } from '../period-plan';

/**
 * Both halves group by the same keys, so the caller folds the rows together; a key that falls in
 * both (never: the plan's parts do not overlap) would simply be summed.
 */
export async function readPlanned<T>(
  from: string,
  to: string,
  months: (range: { from: string; to: string }) => Promise<T[]>,
  days: (range: DayRange) => Promise<T[]>,
): Promise<T[]> {
  const plan = planPeriod(from, to);
  const parts = await Promise.all([...(plan.months ? [months(plan.months)] : []), ...plan.days.map(days)]);
  return parts.flat();
}

/** PostgreSQL returns sums of integers as text (bigint); SQLite as numbers. */
export const toCount = (value: number | string | bigint | null | undefined): number => Number(value ?? 0);

/** A totals-only rollup's columns from a row of their sums. */
export function tallyOf(row: Record<string, unknown>): TallyCounts {
  // A plain loop: reports map thousands of rows through this, and Object.fromEntries of a mapped
  // array showed in their profile.
  const out = {} as TallyCounts;
  for (const c of TALLY_COLUMNS) out[c] = toCount(row[c] as number | string | null);
  return out;
}
