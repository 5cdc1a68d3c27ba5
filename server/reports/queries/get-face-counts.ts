// Votes for offices over a period, grouped by service, channel and/or office.
import { TALLY_COLUMNS, type TallyCounts } from '../../aggregates/tally-columns';
import type { Db } from '../../store/database';
import { readPlanned, tallyOf, toCount } from './read-planned';

export type FaceDimension = 'service_id' | 'channel' | 'office_id';

type Dimensions = { service_id?: string; channel?: string; office_id?: string };
/** One tally per group: whole months from the month totals (migration 023), edge days from the day totals (024). */
export type FaceRow = Dimensions & TallyCounts;

function dimensionsOf(r: Record<string, unknown>, dims: readonly FaceDimension[]): Dimensions {
  const out: Dimensions = {};
  for (const d of dims) out[d] = r[d] as string;
  return out;
}

export async function getFaceCounts(db: Db, officeIds: readonly string[], from: string, to: string, dims: readonly FaceDimension[]): Promise<FaceRow[]> {
  if (officeIds.length === 0) return [];
  // Both halves read a totals-only rollup by the same groups; only the table and its time column differ.
  const read = async (table: 'tally_month' | 'tally_day', time: 'month' | 'day', range: { from: string; to: string }) => {
    const q = db
      .selectFrom(table)
      .select((eb) => [...dims, ...TALLY_COLUMNS.map((c) => eb.fn.sum<number | string>(c).as(c))])
      .where('office_id', 'in', [...officeIds])
      .where(time, '>=', range.from)
      .where(time, '<=', range.to);
    // Without a group, a range without rows still gives one row of nulls: nothing to add.
    const rows = dims.length > 0 ? await q.groupBy([...dims]).execute() : await q.execute();
    return rows.filter((r) => toCount(r.votes) > 0).map((r) => Object.assign(dimensionsOf(r, dims), tallyOf(r)) as FaceRow);
  };
  return readPlanned<FaceRow>(
    from,
    to,
    (m) => read('tally_month', 'month', m),
    (d) => read('tally_day', 'day', d),
  );
}
