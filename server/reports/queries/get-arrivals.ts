// How many votes of a period arrived after it ended, and how many the collector re-dated.
import type { Db } from '../../store/database';
import { toCount } from './read-planned';

export async function getArrivals(db: Db, officeIds: readonly string[], from: string, to: string): Promise<{ late: number; redated: number }> {
  if (officeIds.length === 0) return { late: 0, redated: 0 };
  const rows = await db
    .selectFrom('arrival_counts')
    .select((eb) => [
      eb.fn.sum<number | string>(eb.case().when('received_day', '>', to).then(eb.ref('count')).else(0).end()).as('late'),
      eb.fn.sum<number | string>(eb.case().when('time_source', '<>', 'terminal').then(eb.ref('count')).else(0).end()).as('redated'),
    ])
    .where('office_id', 'in', [...officeIds])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .executeTakeFirst();
  return { late: toCount(rows?.late), redated: toCount(rows?.redated) };
}
