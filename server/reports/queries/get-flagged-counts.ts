// Votes of a period that were flagged as misuse and left out of the figures, by flag.
import type { Db } from '../../store/database';
import { toCount } from './read-planned';

/** `officeIds` null: the whole installation. */
export async function getFlaggedCounts(db: Db, officeIds: readonly string[] | null, from: string, to: string): Promise<{ interval: number; burst: number }> {
  if (officeIds?.length === 0) return { interval: 0, burst: 0 };
  let q = db
    .selectFrom('flagged_counts')
    .select((eb) => ['flag', eb.fn.sum<number | string>('count').as('count')])
    .where('day', '>=', from)
    .where('day', '<=', to);
  if (officeIds) q = q.where('office_id', 'in', [...officeIds]);
  const rows = await q.groupBy('flag').execute();
  const of = (flag: string) => toCount(rows.find((r) => r.flag === flag)?.count);
  return { interval: of('interval'), burst: of('burst') };
}
