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

/** A report's reads of whole months and edge days, kept by table, range and groups: periods that share a part read it once. */
export type FaceCountParts = Map<string, Promise<FaceRow[]>>;

/**
 * `parts`, when given, keeps each part read: an office's previous period and the same period a year
 * earlier share their whole months and often an edge (the 12 months to 15 December: both end with
 * 1-15 December of the year before), and the charter's parts may fall on them too.
 */
export async function getFaceCounts(db: Db, officeIds: readonly string[], from: string, to: string, dims: readonly FaceDimension[], parts?: FaceCountParts): Promise<FaceRow[]> {
  if (officeIds.length === 0) return [];
  const read = (table: 'tally_month' | 'tally_day', time: 'month' | 'day', range: { from: string; to: string }) => {
    if (!parts) return readPart(table, time, range);
    const key = `${table}\u0000${range.from}\u0000${range.to}\u0000${officeIds.join(',')}\u0000${dims.join(',')}`;
    let part = parts.get(key);
    if (!part) parts.set(key, (part = readPart(table, time, range)));
    return part;
  };
  // Both halves read a totals-only rollup by the same groups; only the table and its time column differ.
  const readPart = async (table: 'tally_month' | 'tally_day', time: 'month' | 'day', range: { from: string; to: string }) => {
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
