// The votes' transaction on SQLite: committed without the disk wait, answered only after the log's flush, and the connection back at FULL for every other write.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseDialect } from '../../../server/store/dialect';
import { durableCommit } from '../../../server/store/durable-commit';
import type { Database } from '../../../server/store/schema';
import { WalSync, type Flush } from '../../../server/store/wal-sync';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A SQLite file opened as the collector opens it, with a table of its own (no migrations needed here). */
async function sqliteFile(flush?: Flush) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-commit-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const choice = chooseDialect({ dataDir: dir });
  const db = new Kysely<Database>({ dialect: choice.dialect, plugins: choice.plugins });
  cleanups.push(() => db.destroy());
  await sql`create table t (id integer primary key)`.execute(db);
  const wal = new WalSync(choice.walFile!, flush);
  cleanups.push(() => wal.close());
  return { db, wal, commit: durableCommit(db, wal) };
}

const synchronous = async (db: Kysely<Database>) => Number((await sql<{ synchronous: number }>`pragma synchronous`.execute(db)).rows[0]!.synchronous);
const FULL = 2;
const NORMAL = 1;

describe('durableCommit on SQLite', () => {
  it('commits with synchronous NORMAL, then sets the connection back to FULL, also when the work fails', async () => {
    const { db, commit } = await sqliteFile();
    expect(await synchronous(db)).toBe(FULL);
    const during = await commit(async (trx) => {
      await sql`insert into t (id) values (1)`.execute(trx);
      return synchronous(trx as unknown as Kysely<Database>);
    });
    expect(during).toBe(NORMAL);
    expect(await synchronous(db)).toBe(FULL);
    await expect(commit(async (trx) => {
      await sql`insert into t (id) values (2)`.execute(trx);
      throw new Error('refused');
    })).rejects.toThrow('refused');
    expect(await synchronous(db)).toBe(FULL);
    // The failed work rolled back; the first committed.
    expect((await sql<{ id: number }>`select id from t`.execute(db)).rows).toEqual([{ id: 1 }]);
  });

  it('resolves only once the log holding the commit has been flushed', async () => {
    const releases: (() => void)[] = [];
    cleanups.push(() => releases.forEach((r) => r()));
    const { db, wal, commit } = await sqliteFile(async (file) => {
      await file.stat();
      await new Promise<void>((r) => releases.push(r));
    });
    let answered = false;
    const pending = commit(async (trx) => sql`insert into t (id) values (7)`.execute(trx)).then(() => (answered = true));
    await vi.waitFor(() => expect(releases).toHaveLength(1));
    // Committed (another query sees it) but not yet answered: its flush is still running.
    expect((await sql<{ id: number }>`select id from t`.execute(db)).rows).toEqual([{ id: 7 }]);
    await new Promise((r) => setTimeout(r, 50));
    expect(answered).toBe(false);
    releases[0]!();
    await pending;
    expect(answered).toBe(true);
    expect(wal.flushes).toBe(1);
  });

  it('flushes the real log with fdatasync, one flush shared by commits that overlap', async () => {
    const { db, wal, commit } = await sqliteFile();
    await Promise.all([1, 2, 3].map((id) => commit(async (trx) => sql`insert into t (id) values (${id})`.execute(trx))));
    expect(wal.flushes).toBeGreaterThanOrEqual(1);
    expect(wal.flushes).toBeLessThanOrEqual(3);
    expect((await sql<{ n: number }>`select count(*) as n from t`.execute(db)).rows[0]!.n).toBe(3);
  });
});
