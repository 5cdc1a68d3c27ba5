// Votes per day or per month (and per service) for offices over a period: the trend's raw rows.
import { sql } from 'kysely';
import { TALLY_COLUMNS, type TallyCounts } from '../../aggregates/tally-columns';
import type { Db } from '../../store/database';
import { getFaceCounts, type FaceCountParts } from './get-face-counts';
import { readPlanned, tallyOf } from './read-planned';

/** One tally per bucket (and service): days from the day totals (migrations 022, 024), whole months from the month totals (023). */
export type SeriesRow = {
  /** YYYY-MM-DD, or YYYY-MM for whole months when `unit` is month. */
  bucket: string;
  service_id: string | null;
} & TallyCounts;

/**
 * unit 'day' reads a daily rollup only; unit 'month' reads whole months from the month totals
 * and the edge days from a daily one (the caller files those days under their month). `parts`: see
 * getFaceCounts.
 */
export async function getFaceSeries(
  db: Db,
  officeIds: readonly string[],
  from: string,
  to: string,
  unit: 'day' | 'month',
  byService: boolean,
  parts?: FaceCountParts,
): Promise<SeriesRow[]> {
  if (officeIds.length === 0) return [];
  const service = byService ? (['service_id'] as const) : ([] as const);
  // Without services, the office day totals: one row per day (no service, channel, scale or face).
  // For a monthly trend the edge days are summed per month here, not returned day by day: the caller
  // files a row under the bucket holding its day, and the month's first day read stands for them all.
  const days = async (d: { from: string; to: string }): Promise<SeriesRow[]> => {
    const perMonth = unit === 'month';
    // An edge within one month, by service, with the report's parts at hand: its rows per service
    // and channel, which the period's figures read too (getFaceCounts), summed over channels here
    // in whole numbers, as the query below would. One read of the edge instead of two.
    if (perMonth && byService && parts && d.from.slice(0, 7) === d.to.slice(0, 7)) {
      const perService = new Map<string, TallyCounts>();
      for (const r of await getFaceCounts(db, officeIds, d.from, d.to, ['service_id', 'channel'], parts)) {
        const sum = perService.get(r.service_id!);
        if (!sum) perService.set(r.service_id!, tallyOf(r));
        else for (const c of TALLY_COLUMNS) sum[c] += r[c];
      }
      return [...perService].map(([serviceId, t]) => Object.assign(t, { bucket: d.from, service_id: serviceId }));
    }
    const bucket = perMonth ? sql<string>`min(${sql.ref('day')})` : sql<string>`${sql.ref('day')}`;
    const by = perMonth ? sql`substr(${sql.ref('day')}, 1, 7)` : sql`${sql.ref('day')}`;
    if (byService) {
      const rows = await db
        .selectFrom('tally_day')
        .select((eb) => [bucket.as('bucket'), 'service_id', ...TALLY_COLUMNS.map((c) => eb.fn.sum<number | string>(c).as(c))])
        .where('office_id', 'in', [...officeIds])
        .where('day', '>=', d.from)
        .where('day', '<=', d.to)
        .groupBy([by, 'service_id'])
        .execute();
      return rows.map((r) => Object.assign(tallyOf(r), { bucket: r.bucket, service_id: r.service_id }));
    }
    const rows = await db
      .selectFrom('tally_office_day')
      .select((eb) => [bucket.as('bucket'), ...TALLY_COLUMNS.map((c) => eb.fn.sum<number | string>(c).as(c))])
      .where('office_id', 'in', [...officeIds])
      .where('day', '>=', d.from)
      .where('day', '<=', d.to)
      .groupBy(by)
      .execute();
    return rows.map((r) => Object.assign(tallyOf(r), { bucket: r.bucket, service_id: null }));
  };
  if (unit === 'day') return days({ from, to });
  return readPlanned<SeriesRow>(
    from,
    to,
    async (m) =>
      (
        await db
          .selectFrom('tally_month')
          .select((eb) => ['month as bucket', ...service, ...TALLY_COLUMNS.map((c) => eb.fn.sum<number | string>(c).as(c))])
          .where('office_id', 'in', [...officeIds])
          .where('month', '>=', m.from)
          .where('month', '<=', m.to)
          .groupBy(['month', ...service])
          .execute()
      ).map((r) => Object.assign(tallyOf(r), { bucket: r.bucket, service_id: 'service_id' in r ? (r.service_id as string) : null })),
    days,
  );
}
