// Thirty-second schema: PostgreSQL's rate-limit counters written without the write-ahead log. Every
// vote request counts against its terminal's limit (server/auth/shared-rate-limit.ts), and each count
// was a transaction of four round trips (begin, synchronous_commit off, the upsert, commit): four of
// the six statements a single-vote request sent on its own (docs/performance.md). An unlogged
// table's writes skip the log, so its commit waits for no flush, and the count is one statement.
// What it gives up is what the counters never needed: PostgreSQL empties an unlogged table after a
// crash, and a standby holds none of its rows (a count lost gives a caller a few more tries within
// the minute). SQLite has one collector process, which counts in memory and never reads this table:
// nothing to change there.
import { sql, type Kysely, type Migration } from 'kysely';
import { onPostgres } from '../on-postgres';

export const rateLimitsUnlogged: Migration = {
  async up(db: Kysely<unknown>) {
    if (!onPostgres(db)) return;
    await sql`alter table rate_limits set unlogged`.execute(db);
  },
};
