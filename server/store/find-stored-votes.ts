// Which of these vote ids are already known, and as what: stored votes, and those retention removed.
import type { Db } from './database';
import { perTurnPerStore } from './per-turn';
import { precompiled } from './precompiled';
import { onPostgres } from './on-postgres';

export interface KnownVote {
  terminalId: string;
  digest: string;
}

const CHUNK = 500;

/** One statement for both tables (the same ids fill both lists), compiled once per number of ids: every vote request runs it. */
const knownIds = precompiled((db, ids) =>
  db
    .selectFrom('votes')
    .select(['id', 'terminal_id', 'digest'])
    .where('id', 'in', ids)
    .unionAll(db.selectFrom('vote_tombstones').select(['id', 'terminal_id', 'digest']).where('id', 'in', ids)),
);

export async function findStoredVotes(db: Db, ids: readonly string[]): Promise<Map<string, KnownVote>> {
  const out = new Map<string, KnownVote>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    for (const r of await knownIds(db, chunk)) out.set(r.id, { terminalId: r.terminal_id, digest: r.digest });
  }
  return out;
}

const together = perTurnPerStore(async (db: Db, asked: readonly (readonly string[])[]) => {
  const found = await findStoredVotes(db, [...new Set(asked.flat())]);
  return asked.map((list) => new Map(list.flatMap((id) => (found.has(id) ? [[id, found.get(id)!] as const] : []))));
});

/**
 * The same answer, with the other lookups of this turn of the event loop in the same statements
 * (server/store/per-turn.ts): every vote request makes one before storing, and under load a turn
 * reads many requests. Each caller gets only the ids it asked about. PostgreSQL only: there each
 * lookup was a round trip; SQLite answers in the collector's own process, and the turn waited for
 * made group commits smaller (17 requests a transaction against 26, docs/performance.md).
 */
export function findStoredVotesTogether(db: Db, ids: readonly string[]): Promise<Map<string, KnownVote>> {
  return onPostgres(db) ? together(db, ids) : findStoredVotes(db, ids);
}
