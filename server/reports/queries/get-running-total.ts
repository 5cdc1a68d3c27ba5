// Every vote from the first one up to a month's end, and the month the first one fell in.
import type { Db } from '../../store/database';
import { toCount } from './read-planned';

export async function getRunningTotal(db: Db, administrationIds: readonly string[] | null, throughMonth: string): Promise<{ total: number; since: string | null }> {
  let q = db
    .selectFrom('face_counts_admin_month')
    .select((eb) => [eb.fn.sum<number | string>('count').as('total'), eb.fn.min<string>('month').as('since')])
    .where('month', '<=', throughMonth);
  if (administrationIds) q = q.where('administration_id', 'in', [...administrationIds]);
  const row = await q.executeTakeFirst();
  return { total: toCount(row?.total), since: row?.since ?? null };
}
