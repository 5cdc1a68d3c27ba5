// The one place where the database engine is chosen and its differences are settled.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { SqliteDialect, type Dialect } from 'kysely';

export const SQLITE_FILE = 'gradimento.sqlite';

export interface DialectChoice {
  name: 'sqlite';
  dialect: Dialect;
  /** Where the data lives, for the start-up log. */
  location: string;
}

/**
 * The embedded default: one SQLite file under DATA_DIR. PostgreSQL (for several collector
 * processes) will be chosen here too, from DATABASE_URL, without touching queries or routes.
 */
export function chooseDialect(dataDir: string): DialectChoice {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, SQLITE_FILE);
  const sqlite = new SqliteDatabase(file);
  // WAL lets reports read while votes are written.
  sqlite.pragma('journal_mode = WAL');
  // FULL, not NORMAL: a terminal deletes a vote once we acknowledge it, so an acknowledged
  // vote must survive a power cut of the collector too.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { name: 'sqlite', dialect: new SqliteDialect({ database: sqlite }), location: file };
}
