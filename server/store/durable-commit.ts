// The group commit's transaction: answered only once its votes are on disk, without the event loop
// waiting for the disk on SQLite.
import { sql, type Transaction } from 'kysely';
import type { Db } from './database';
import type { Database } from './schema';
import type { WalSync } from './wal-sync';

/** Runs work in one transaction and resolves once that transaction is durable. */
export type DurableCommit = <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>;

/**
 * PostgreSQL's commit is durable when it returns, and the event loop never waits for it.
 * better-sqlite3 commits synchronously: under synchronous = FULL every group's fsync (2-3 ms, often
 * tens on a shared disk) held the event loop, so no request was read meanwhile (13% of the
 * collector's main thread under a load of single votes, docs/performance.md). The group's
 * transaction therefore commits with synchronous = NORMAL, then the WAL is flushed on the thread
 * pool (wal-sync.ts) while the event loop reads the next requests, and only then does the group
 * resolve: in WAL mode that is what FULL does, minus the wait on the main thread. The connection is
 * set back to FULL before anything else may use it (Kysely's single SQLite connection stays
 * held until then), so every other write still flushes inside its own commit.
 */
export function durableCommit(db: Db, wal: WalSync | null): DurableCommit {
  if (!wal) return (work) => db.transaction().execute(work);
  return async (work) => {
    const result = await db.connection().execute(async (conn) => {
      await sql`pragma synchronous = normal`.execute(conn);
      try {
        return await conn.transaction().execute(work);
      } finally {
        await sql`pragma synchronous = full`.execute(conn);
      }
    });
    await wal.synced();
    return result;
  };
}
