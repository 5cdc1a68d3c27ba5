// Sums votes per face for one office and period, grouped by one dimension (service, channel, day or hour).
import type { Db } from '../store/database';

export type FaceGrouping = 'service_id' | 'channel' | 'day' | 'hour';

export interface FaceCountRow {
  key: string;
  face: string;
  count: number;
}

export async function getFaceCounts(db: Db, officeId: string, from: string, to: string, by: FaceGrouping): Promise<FaceCountRow[]> {
  const rows = await db
    .selectFrom('face_counts')
    .select((eb) => [eb.ref(by).as('key'), 'face', eb.fn.sum<number | string>('count').as('count')])
    .where('office_id', '=', officeId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy([by, 'face'])
    .execute();
  // PostgreSQL returns sums as text (bigint); SQLite as numbers.
  return rows.map((r) => ({ key: String(r.key), face: r.face, count: Number(r.count) }));
}
