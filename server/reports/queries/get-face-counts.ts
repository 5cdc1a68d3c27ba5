// Votes for offices over a period, grouped by service, channel and/or office.
import { TALLY_COLUMNS, type TallyCounts } from '../../aggregates/tally-columns';
import type { Db } from '../../store/database';
import type { ScaleFaceCount } from '../metrics/score';
import { readPlanned, tallyOf, toCount } from './read-planned';

export type FaceDimension = 'service_id' | 'channel' | 'office_id';

type Dimensions = { service_id?: string; channel?: string; office_id?: string };
/** Whole months as one tally per group (the month totals, migration 023); edge days per scale and face. */
export type FaceRow = Dimensions & (ScaleFaceCount | TallyCounts);

const dimensionsOf = (r: Record<string, unknown>, dims: readonly FaceDimension[]): Dimensions => Object.fromEntries(dims.map((d) => [d, r[d] as string]));

export async function getFaceCounts(db: Db, officeIds: readonly string[], from: string, to: string, dims: readonly FaceDimension[]): Promise<FaceRow[]> {
  if (officeIds.length === 0) return [];
  return readPlanned<FaceRow>(
    from,
    to,
    async (m) => {
      const q = db
        .selectFrom('tally_month')
        .select((eb) => [...dims, ...TALLY_COLUMNS.map((c) => eb.fn.sum<number | string>(c).as(c))])
        .where('office_id', 'in', [...officeIds])
        .where('month', '>=', m.from)
        .where('month', '<=', m.to);
      // Without a group, a range without rows still gives one row of nulls: nothing to add.
      const rows = dims.length > 0 ? await q.groupBy([...dims]).execute() : await q.execute();
      return rows.filter((r) => toCount(r.votes) > 0).map((r) => ({ ...dimensionsOf(r, dims), ...tallyOf(r) }));
    },
    async (d) =>
      (
        await db
          .selectFrom('face_counts_day')
          .select((eb) => [...dims, 'scale', 'face', eb.fn.sum<number | string>('count').as('count')])
          .where('office_id', 'in', [...officeIds])
          .where('day', '>=', d.from)
          .where('day', '<=', d.to)
          .groupBy([...dims, 'scale', 'face'])
          .execute()
      ).map((r) => ({ ...dimensionsOf(r, dims), scale: Number(r.scale), face: r.face, count: toCount(r.count) })),
  );
}
