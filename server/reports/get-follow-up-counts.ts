// Counts what citizens did with the reasons question (chose, skipped, walked away) for one office and period.
import type { Db } from '../store/database';

export async function getFollowUpCounts(db: Db, officeId: string, from: string, to: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('follow_up_counts')
    .select((eb) => ['follow_up', eb.fn.sum<number | string>('count').as('count')])
    .where('office_id', '=', officeId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('follow_up')
    .execute();
  return new Map(rows.map((r) => [r.follow_up, Number(r.count)]));
}
