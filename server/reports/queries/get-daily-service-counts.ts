// Votes per day, office, service, channel and face for offices over a period: the rows of the CSV export.
import type { Db } from '../../store/database';

export interface DailyServiceCount {
  day: string;
  officeId: string;
  serviceId: string;
  channel: string;
  scale: number;
  face: string;
  count: number;
}

export async function getDailyServiceCounts(db: Db, officeIds: readonly string[], from: string, to: string): Promise<DailyServiceCount[]> {
  if (officeIds.length === 0) return [];
  const rows = await db
    .selectFrom('face_counts_day')
    .select((eb) => ['day', 'office_id', 'service_id', 'channel', 'scale', 'face', eb.fn.sum<number | string>('count').as('count')])
    .where('office_id', 'in', [...officeIds])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy(['day', 'office_id', 'service_id', 'channel', 'scale', 'face'])
    .execute();
  return rows.map((r) => ({ day: r.day, officeId: r.office_id, serviceId: r.service_id, channel: r.channel, scale: Number(r.scale), face: r.face, count: Number(r.count) }));
}
