// Which of these vote ids are already known, and as what: stored votes, and those retention removed.
import type { Db } from './database';

export interface KnownVote {
  terminalId: string;
  digest: string;
}

export async function findStoredVotes(db: Db, ids: readonly string[]): Promise<Map<string, KnownVote>> {
  const out = new Map<string, KnownVote>();
  if (ids.length === 0) return out;
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const [stored, retired] = await Promise.all([
      db.selectFrom('votes').select(['id', 'terminal_id', 'digest']).where('id', 'in', chunk).execute(),
      db.selectFrom('vote_tombstones').select(['id', 'terminal_id', 'digest']).where('id', 'in', chunk).execute(),
    ]);
    for (const r of [...stored, ...retired]) out.set(r.id, { terminalId: r.terminal_id, digest: r.digest });
  }
  return out;
}
