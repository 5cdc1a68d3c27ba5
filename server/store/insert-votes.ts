// Inserts votes, skipping ids already stored, and returns the ones that are new.
import type { Transaction } from 'kysely';
import { compareKeys } from './compare-keys';
import type { Database, NewVoteRow } from './schema';

const CHUNK = 200;

export interface NewVote {
  row: NewVoteRow;
  reasonIds: readonly string[];
  /** Office-local day of arrival: what makes a vote late for a report. */
  receivedDay: string;
}

/**
 * ON CONFLICT DO NOTHING on the vote's primary key is the whole of idempotency: a resend,
 * even racing the first send on another collector process, inserts nothing and counts nothing.
 */
export async function insertVotes(trx: Transaction<Database>, votes: readonly NewVote[]): Promise<NewVote[]> {
  const inserted = new Set<string>();
  // In key order: on PostgreSQL two batches that share votes then wait for each other in the
  // same order instead of each holding a key the other needs (a deadlock, one batch refused).
  const ordered = [...votes].sort((a, b) => compareKeys(a.row.id, b.row.id));
  for (let i = 0; i < ordered.length; i += CHUNK) {
    const rows = ordered.slice(i, i + CHUNK).map((v) => v.row);
    const result = await trx
      .insertInto('votes')
      .values(rows)
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    for (const r of result) inserted.add(r.id);
  }
  const fresh = votes.filter((v) => inserted.has(v.row.id));
  const reasonRows = fresh.flatMap((v) => v.reasonIds.map((reason_id) => ({ vote_id: v.row.id, reason_id })));
  for (let i = 0; i < reasonRows.length; i += CHUNK) {
    await trx.insertInto('vote_reasons').values(reasonRows.slice(i, i + CHUNK)).execute();
  }
  return fresh;
}
