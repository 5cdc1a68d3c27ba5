// Reasons given after negative votes for offices over a period, per reason and optionally per service or time bucket.
import { sql } from 'kysely';
import type { Db } from '../../store/database';
import { readPlanned, toCount } from './read-planned';

export interface ReasonRow {
  reason_id: string;
  service_id: string | null;
  /** Day (YYYY-MM-DD) or whole month (YYYY-MM) when asked by time; null otherwise. */
  bucket: string | null;
  count: number;
}

export interface ReasonGrouping {
  byService?: boolean;
  /** day: per day; month: per month, whole months from the month rollup and the edge days summed per month (the bucket is the first day read). */
  byTime?: 'day' | 'month';
}

export async function getReasonCounts(db: Db, officeIds: readonly string[], from: string, to: string, group: ReasonGrouping = {}): Promise<ReasonRow[]> {
  if (officeIds.length === 0) return [];
  const service = group.byService ? (['service_id'] as const) : ([] as const);
  // Per month, an edge's days are summed in the query, as getFaceSeries does: the caller files a row
  // under the bucket holding its day, and an edge lies within one month.
  const perMonth = group.byTime === 'month';
  const bucket = perMonth ? sql<string>`min(${sql.ref('day')})` : sql<string>`${sql.ref('day')}`;
  const by = perMonth ? sql`substr(${sql.ref('day')}, 1, 7)` : sql`${sql.ref('day')}`;
  const days = (d: { from: string; to: string }) =>
    db
      .selectFrom('reason_counts')
      .select((eb) => ['reason_id', ...service, ...(group.byTime ? [bucket.as('bucket')] : []), eb.fn.sum<number | string>('count').as('count')])
      .where('office_id', 'in', [...officeIds])
      .where('day', '>=', d.from)
      .where('day', '<=', d.to)
      .groupBy(['reason_id', ...service, ...(group.byTime ? [by] : [])])
      .execute();
  const rows =
    group.byTime === 'day'
      ? await days({ from, to })
      : await readPlanned(
          from,
          to,
          (m) =>
            db
              .selectFrom('reason_counts_month')
              .select((eb) => ['reason_id', ...service, ...(group.byTime ? (['month as bucket'] as const) : []), eb.fn.sum<number | string>('count').as('count')])
              .where('office_id', 'in', [...officeIds])
              .where('month', '>=', m.from)
              .where('month', '<=', m.to)
              .groupBy(['reason_id', ...service, ...(group.byTime ? (['month'] as const) : [])])
              .execute(),
          days,
        );
  return rows.map((r) => ({
    reason_id: r.reason_id,
    service_id: 'service_id' in r ? (r.service_id as string) : null,
    bucket: 'bucket' in r ? (r.bucket as string) : null,
    count: toCount(r.count),
  }));
}
