// Votes per scale and face for offices over a period, grouped by service, channel and/or office.
import type { Db } from '../../store/database';
import { readPlanned, toCount } from './read-planned';

export type FaceDimension = 'service_id' | 'channel' | 'office_id';

export interface FaceRow {
  service_id?: string;
  channel?: string;
  office_id?: string;
  scale: number;
  face: string;
  count: number;
}

export async function getFaceCounts(db: Db, officeIds: readonly string[], from: string, to: string, dims: readonly FaceDimension[]): Promise<FaceRow[]> {
  if (officeIds.length === 0) return [];
  const rows = await readPlanned(
    from,
    to,
    (m) =>
      db
        .selectFrom('face_counts_month')
        .select((eb) => [...dims, 'scale', 'face', eb.fn.sum<number | string>('count').as('count')])
        .where('office_id', 'in', [...officeIds])
        .where('month', '>=', m.from)
        .where('month', '<=', m.to)
        .groupBy([...dims, 'scale', 'face'])
        .execute(),
    (d) =>
      db
        .selectFrom('face_counts_day')
        .select((eb) => [...dims, 'scale', 'face', eb.fn.sum<number | string>('count').as('count')])
        .where('office_id', 'in', [...officeIds])
        .where('day', '>=', d.from)
        .where('day', '<=', d.to)
        .groupBy([...dims, 'scale', 'face'])
        .execute(),
  );
  return rows.map((r) => ({ ...(r as Omit<FaceRow, 'count' | 'scale'>), scale: Number(r.scale), count: toCount(r.count) }));
}
