// Removes raw votes older than the retention age; the rollups keep every figure, and each removed
// vote leaves a tombstone (id, terminal, digest) so that a late resend is still recognised.
import type { Db } from '../store/database';

const CHUNK = 2000;

export interface RetentionResult {
  removed: number;
  before: string;
}

/** Votes counted before `now - days` go, in chunks, each chunk one transaction. */
export async function applyRetention(db: Db, days: number, now: Date): Promise<RetentionResult> {
  const before = new Date(now.getTime() - days * 86_400_000).toISOString();
  let removed = 0;
  for (;;) {
    const moved = await db.transaction().execute(async (trx) => {
      const old = await trx.selectFrom('votes').select(['id', 'terminal_id', 'digest', 'counted_at']).where('counted_at', '<', before).orderBy('counted_at').limit(CHUNK).execute();
      if (old.length === 0) return 0;
      const ids = old.map((v) => v.id);
      await trx
        .insertInto('vote_tombstones')
        .values(old.map((v) => ({ id: v.id, terminal_id: v.terminal_id, digest: v.digest, counted_at: v.counted_at, retired_at: now.toISOString() })))
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      await trx.deleteFrom('vote_reasons').where('vote_id', 'in', ids).execute();
      await trx.deleteFrom('votes').where('id', 'in', ids).execute();
      return old.length;
    });
    removed += moved;
    if (moved < CHUNK) break;
  }
  return { removed, before };
}
