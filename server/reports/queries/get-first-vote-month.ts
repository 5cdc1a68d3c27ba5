// The month of the first vote of some offices, some administrations, or the whole installation: where a comparison's earlier period stops being fully covered.
import type { Db } from '../../store/database';

export type VoteScope = { offices: readonly string[] } | { administrations: readonly string[] | null };

/** YYYY-MM, or null when the scope has no vote at all. Read from the rollups, each an index's first entry per office or administration. */
export async function getFirstVoteMonth(db: Db, scope: VoteScope): Promise<string | null> {
  if ('offices' in scope) {
    if (scope.offices.length === 0) return null;
    const row = await db
      .selectFrom('tally_office_day')
      .select((eb) => eb.fn.min<string>('day').as('first'))
      .where('office_id', 'in', [...scope.offices])
      .executeTakeFirst();
    return row?.first ? row.first.slice(0, 7) : null;
  }
  let q = db.selectFrom('face_counts_admin_month').select((eb) => eb.fn.min<string>('month').as('first'));
  if (scope.administrations) {
    if (scope.administrations.length === 0) return null;
    q = q.where('administration_id', 'in', [...scope.administrations]);
  }
  const row = await q.executeTakeFirst();
  return row?.first ?? null;
}
