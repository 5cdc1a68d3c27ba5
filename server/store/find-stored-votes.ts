// Which of these vote ids are already known, and as what: stored votes, and those retention removed.
import type { Db } from './database';
import { precompiled } from './precompiled';

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
