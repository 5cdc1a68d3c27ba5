// Inserts votes, skipping ids already stored, and returns the ones that are new.
import { sql, type Transaction } from 'kysely';
import { compareKeys } from './compare-keys';
import { precompiled } from './precompiled';
import type { Database, NewVoteRow, VoteTable } from './schema';
import { onPostgres } from './on-postgres';

const CHUNK = 200;

/**
 * Every column a new vote row fills, in the order its values are bound. `flag` is left to its
 * default (null): flag-new-votes.ts sets it once the votes are in.
 */
const VOTE_COLUMNS = ['id', 'administration_id', 'office_id', 'terminal_id', 'service_id', 'channel', 'face', 'scale', 'follow_up', 'cast_at', 'received_at', 'counted_at', 'time_source', 'day', 'hour', 'digest'] as const;
// A column added to the votes table and not listed above fails the type-check here, not at run time.
type Unlisted = Exclude<keyof VoteTable, (typeof VOTE_COLUMNS)[number] | 'flag'>;
const everyColumn: [Unlisted] extends [never] ? true : Unlisted = true;
void everyColumn;

/** Rows of slots, VOTE_COLUMNS.length slots each, as the insert builder wants them. */
function slotRows<K extends string>(columns: readonly K[], slots: readonly string[]): Record<K, string>[] {
  const rows: Record<K, string>[] = [];
  for (let i = 0; i < slots.length; i += columns.length) rows.push(Object.fromEntries(columns.map((c, j) => [c, slots[i + j]])) as Record<K, string>);
  return rows;
}

/**
 * Built and compiled by Kysely once per store and number of rows, then run with each group's
 * values: building a 200-row insert cost about 2 ms of CPU per 500 votes, a tenth of the
 * insert's own time (docs/performance.md). The SQL is the one the builder wrote before, bound the same way.
 */
const insertRows = precompiled((db, slots) =>
  db
    .insertInto('votes')
    .values(slotRows(VOTE_COLUMNS, slots) as unknown as NewVoteRow[])
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id'),
);
/** The votes table's integer columns; every other one is text (migrations 001, 003, 005). */
const INTEGER_COLUMNS: ReadonlySet<string> = new Set(['scale', 'hour']);
/**
 * PostgreSQL: the whole group in one statement, each column bound as one array and spread back into
 * rows by `unnest`. Sixteen parameters however many votes, where the VALUES form above binds
 * sixteen a vote, and PostgreSQL parsed and planned each 200-row statement anew: a 10,000-vote
 * backlog spent 900 ms in its 60 inserts against 668 ms for the bench's raw insert of the same
 * rows (docs/performance.md). Same rows, same order (unnest keeps it), same conflict rule.
 */
async function insertRowsAsArrays(trx: Transaction<Database>, rows: readonly NewVoteRow[]): Promise<{ id: string }[]> {
  const arrays = VOTE_COLUMNS.map((c) => sql`${rows.map((r) => r[c])}::${sql.raw(INTEGER_COLUMNS.has(c) ? 'integer' : 'text')}[]`);
  const { rows: inserted } = await sql<{ id: string }>`insert into votes (${sql.join(VOTE_COLUMNS.map((c) => sql.ref(c)))})
    select * from unnest(${sql.join(arrays)})
    on conflict (id) do nothing
    returning id`.execute(trx);
  return inserted;
}

const REASON_COLUMNS = ['vote_id', 'reason_id'] as const;
const insertReasons = precompiled((db, slots) => db.insertInto('vote_reasons').values(slotRows(REASON_COLUMNS, slots)));

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
  if (onPostgres(trx)) {
    for (const r of await insertRowsAsArrays(trx, ordered.map((v) => v.row))) inserted.add(r.id);
  } else {
    for (let i = 0; i < ordered.length; i += CHUNK) {
      const values = ordered.slice(i, i + CHUNK).flatMap(({ row }) => VOTE_COLUMNS.map((c) => row[c]));
      for (const r of await insertRows(trx, values)) inserted.add(r.id);
    }
  }
  const fresh = votes.filter((v) => inserted.has(v.row.id));
  const reasonValues = fresh.flatMap((v) => v.reasonIds.flatMap((reasonId) => [v.row.id, reasonId]));
  for (let i = 0; i < reasonValues.length; i += CHUNK * REASON_COLUMNS.length) {
    await insertReasons(trx, reasonValues.slice(i, i + CHUNK * REASON_COLUMNS.length));
  }
  return fresh;
}
