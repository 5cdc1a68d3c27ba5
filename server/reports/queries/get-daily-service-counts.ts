// Votes per day, service, channel and face for one office and period: the rows of the CSV export.
import type { Db } from '../../store/database';

export interface DailyServiceCount {
  day: string;
  serviceId: string;
  channel: string;
  face: string;
  count: number;
}

export async function getDailyServiceCounts(db: Db, officeId: string, from: string, to: string): Promise<DailyServiceCount[]> {
  const rows = await db
    .selectFrom('face_counts_day')
    .select((eb) => ['day', 'service_id', 'channel', 'face', eb.fn.sum<number | string>('count').as('count')])
    .where('office_id', '=', officeId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy(['day', 'service_id', 'channel', 'face'])
    .execute();
  return rows.map((r) => ({ day: r.day, serviceId: r.service_id, channel: r.channel, face: r.face, count: Number(r.count) }));
}
