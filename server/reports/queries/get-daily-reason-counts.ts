// Reasons given per day, office, service and channel over a period: the reason columns of the CSV export.
import type { Db } from '../../store/database';

export interface DailyReasonCount {
  day: string;
  officeId: string;
  serviceId: string;
  channel: string;
  reasonId: string;
  count: number;
}

export async function getDailyReasonCounts(db: Db, officeIds: readonly string[], from: string, to: string): Promise<DailyReasonCount[]> {
  if (officeIds.length === 0) return [];
  const rows = await db
    .selectFrom('reason_counts')
    .select((eb) => ['day', 'office_id', 'service_id', 'channel', 'reason_id', eb.fn.sum<number | string>('count').as('count')])
    .where('office_id', 'in', [...officeIds])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy(['day', 'office_id', 'service_id', 'channel', 'reason_id'])
    .execute();
  return rows.map((r) => ({ day: r.day, officeId: r.office_id, serviceId: r.service_id, channel: r.channel, reasonId: r.reason_id, count: Number(r.count) }));
}
