// What citizens did with the reasons question (chose, skipped, walked away) for offices over a period.
import type { Db } from '../../store/database';
import { readPlanned, toCount } from './read-planned';

export async function getFollowUpCounts(db: Db, officeIds: readonly string[], from: string, to: string): Promise<Map<string, number>> {
  if (officeIds.length === 0) return new Map();
  const rows = await readPlanned(
    from,
    to,
    (m) =>
      db
        .selectFrom('follow_up_counts_month')
        .select((eb) => ['follow_up', eb.fn.sum<number | string>('count').as('count')])
        .where('office_id', 'in', [...officeIds])
        .where('month', '>=', m.from)
        .where('month', '<=', m.to)
        .groupBy('follow_up')
        .execute(),
    (d) =>
      db
        .selectFrom('follow_up_counts')
        .select((eb) => ['follow_up', eb.fn.sum<number | string>('count').as('count')])
        .where('office_id', 'in', [...officeIds])
        .where('day', '>=', d.from)
        .where('day', '<=', d.to)
        .groupBy('follow_up')
        .execute(),
  );
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.follow_up, (out.get(r.follow_up) ?? 0) + toCount(r.count));
  return out;
}
