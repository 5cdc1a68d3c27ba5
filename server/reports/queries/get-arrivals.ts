// How many votes of a period arrived after it ended, and how many the collector re-dated.
import type { Db } from '../../store/database';
import { toCount } from './read-planned';

export async function getArrivals(db: Db, officeIds: readonly string[], from: string, to: string): Promise<{ late: number; redated: number }> {
  if (officeIds.length === 0) return { late: 0, redated: 0 };
  return arrivals(db, officeIds, from, to);
}

/** The whole installation: no list of offices to bind. */
export async function getAllArrivals(db: Db, from: string, to: string): Promise<{ late: number; redated: number }> {
  return arrivals(db, null, from, to);
}

async function arrivals(db: Db, officeIds: readonly string[] | null, from: string, to: string): Promise<{ late: number; redated: number }> {
  let q = db
    .selectFrom('arrival_counts')
    .select((eb) => [
      eb.fn.sum<number | string>(eb.case().when('received_day', '>', to).then(eb.ref('count')).else(0).end()).as('late'),
      eb.fn.sum<number | string>(eb.case().when('time_source', '=', 'collector').then(eb.ref('count')).else(0).end()).as('redated'),
    ])
    .where('day', '>=', from)
    .where('day', '<=', to);
  if (officeIds) q = q.where('office_id', 'in', [...officeIds]);
  const rows = await q.executeTakeFirst();
  return { late: toCount(rows?.late), redated: toCount(rows?.redated) };
}
