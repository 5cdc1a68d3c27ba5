// Baseline of the backlog and storm measurements: the rows the collector would write for these votes, inserted into a fresh store's votes table in one transaction, straight through the driver.
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { CHANNEL_OF_MODE } from '../../../server/admin/terminals/check-terminal-services';
import { findTerminalByToken } from '../../../server/auth/terminal-tokens';
import { DEFAULT_SCALE } from '../../../server/contract/scale';
import type { Vote } from '../../../server/contract/vote';
import { arrivalOf, toNewVote } from '../../../server/ingest/to-new-vote';
import type { Store } from '../../../server/store/database';
import { SQLITE_FILE } from '../../../server/store/dialect';
import { getTerminalContext } from '../../../server/store/get-terminal-context';
import { DEMO } from '../../../server/store/seed-demo';
import type { NewVoteRow } from '../../../server/store/schema';
import { BenchFailure, now } from '../stats';
import type { StoreLocation } from './processes';
import type { BenchStores, StoreKind } from './stores';

export interface TerminalVotes {
  /** The terminal's device token: its context is read through it, as ingest does. */
  token: string;
  votes: readonly Vote[];
}

/**
 * The votes rows ingest would write for these terminals' votes: each terminal's context read from
 * the collector's store by its token, each vote turned into its row by ingest's own toNewVote.
 */
export async function rowsOf(store: Store, batches: readonly TerminalVotes[], receivedAt = new Date()): Promise<NewVoteRow[]> {
  const rows: NewVoteRow[] = [];
  for (const { token, votes } of batches) {
    const terminal = await findTerminalByToken(store.db, token);
    if (!terminal) throw new BenchFailure('a bench terminal\'s token is not enrolled');
    const context = await getTerminalContext(store.db, terminal);
    const arrival = arrivalOf(receivedAt, context.timeZone);
    for (const v of votes) rows.push(toNewVote(context, v, arrival).row);
  }
  return rows;
}

/** The terminals the rows point at (their foreign key), so the baseline store holds them as the collector's does. */
async function addTerminals(stores: BenchStores, location: StoreLocation, ids: readonly string[]): Promise<void> {
  const store = await stores.open(location);
  try {
    const at = new Date().toISOString();
    const existing = new Set((await store.db.selectFrom('terminals').select('id').execute()).map((t) => t.id));
    const missing = [...new Set(ids)].filter((id) => !existing.has(id));
    for (let i = 0; i < missing.length; i += 500) {
      await store.db
        .insertInto('terminals')
        .values(missing.slice(i, i + 500).map((id) => ({ id, office_id: DEMO.offices[1]!.id, name: id, mode: 'counter', channel: CHANNEL_OF_MODE.counter, scale: DEFAULT_SCALE, archived_at: null, created_at: at })))
        .execute();
    }
  } finally {
    await store.close();
  }
}

/** With the collector's own settings (server/store/dialect.ts): WAL, synchronous FULL, foreign keys on. */
function sqliteInsert(dataDir: string, rows: readonly NewVoteRow[]): number {
  const db = new SqliteDatabase(path.join(dataDir, SQLITE_FILE));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const columns = Object.keys(rows[0]!);
    const insert = db.prepare(`insert into votes (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
    const all = db.transaction((list: readonly NewVoteRow[]) => {
      for (const r of list) insert.run(r);
    });
    const start = now();
    all(rows);
    const elapsed = now() - start;
    const n = (db.prepare('select count(*) as n from votes').get() as { n: number }).n;
    if (n !== rows.length) throw new BenchFailure(`raw SQLite insert left ${n} rows, expected ${rows.length}`);
    return elapsed;
  } finally {
    db.close();
  }
}

/** Multi-row INSERTs of 1,000 rows (16,000 parameters, under PostgreSQL's 65,535) in one transaction. */
async function postgresInsert(url: string, rows: readonly NewVoteRow[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = Object.keys(rows[0]!) as (keyof NewVoteRow)[];
    const start = now();
    await client.query('begin');
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      const values = chunk.map((_, r) => `(${columns.map((_c, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
      await client.query(`insert into votes (${columns.join(', ')}) values ${values.join(', ')}`, chunk.flatMap((row) => columns.map((c) => row[c])));
    }
    await client.query('commit');
    const elapsed = now() - start;
    const { rows: count } = await client.query<{ n: string }>('select count(*) as n from votes');
    if (Number(count[0]!.n) !== rows.length) throw new BenchFailure(`raw PostgreSQL insert left ${count[0]!.n} rows, expected ${rows.length}`);
    return elapsed;
  } finally {
    await client.end();
  }
}

/** Milliseconds to insert the rows into a fresh store of that kind (set-up outside the clock). */
export async function rawInsert(stores: BenchStores, kind: StoreKind, name: string, rows: readonly NewVoteRow[]): Promise<number> {
  const location = await stores.fresh(kind, name);
  await addTerminals(stores, location, rows.map((r) => r.terminal_id));
  return kind === 'sqlite' ? sqliteInsert(location.dataDir, rows) : postgresInsert(location.databaseUrl!, rows);
}
