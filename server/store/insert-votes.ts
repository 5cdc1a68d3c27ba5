// Inserts votes, skipping ids already stored, and returns the ones that are new.
import type { Transaction } from 'kysely';
import type { Database, NewVoteRow } from './schema';

const CHUNK = 200;

export interface NewVote {
  row: NewVoteRow;
  reasonIds: readonly string[];
}

/**
 * ON CONFLICT DO NOTHING on the vote's primary key is the whole of idempotency: a resend,
 * even racing the first send on another collector process, inserts nothing and counts nothing.
 */
export async function insertVotes(trx: Transaction<Database>, votes: readonly NewVote[]): Promise<NewVote[]> {
  const inserted = new Set<string>();
  for (let i = 0; i < votes.length; i += CHUNK) {
    const rows = votes.slice(i, i + CHUNK).map((v) => v.row);
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
