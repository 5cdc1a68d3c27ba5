// Prepared SQLite statements kept by their SQL: Kysely's SQLite driver prepares every query anew, which was an eighth of the collector's CPU under a load of votes.
import type { Database } from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** The collector's queries have a few hundred shapes; multi-row inserts vary with their length, so the least used ones go. */
const MAX_STATEMENTS = 500;

/**
 * The connection as Kysely sees it, preparing each distinct SQL text once. Reusing a statement is
 * safe here: Kysely runs the single SQLite connection behind a mutex, so no statement runs twice
 * at once (a streamed query holds the connection until its iterator ends), and SQLite prepares a
 * statement again by itself when a migration changed the schema under it.
 */
export function withStatementCache(database: Database, max = MAX_STATEMENTS): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const kept = statements.get(sql);
      if (kept) {
        // Most recently used last: the first key is the one to drop.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > max) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}
