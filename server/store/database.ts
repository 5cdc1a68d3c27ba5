// Opens the collector's database, brings its schema up to date and hands out the query builder.
import { Kysely, Migrator, sql } from 'kysely';
import { chooseDialect, type DialectName, type StoreTarget } from './dialect';
import { migrationProvider } from './migrations/index';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export type { DialectName, StoreTarget };

export interface Store {
  db: Db;
  /** Which engine holds the data: code that must differ between them branches on this, in one place. */
  dialect: DialectName;
  /** Human-readable place of the data, for logs (no password). */
  location: string;
  close(): Promise<void>;
}

export type StoreErrorCode = 'database_unreachable' | 'migration_failed';

/** Start-up failures of the store, with a stable code and a message that says what to fix. */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Opens the store and runs pending migrations; fails loudly if either fails.
 * A string is a data dir (the embedded SQLite file); a target with databaseUrl opens PostgreSQL.
 */
export async function openStore(target: StoreTarget | string): Promise<Store> {
  const choice = chooseDialect(typeof target === 'string' ? { dataDir: target } : target);
  const db = new Kysely<Database>({ dialect: choice.dialect, plugins: choice.plugins });
  try {
    await sql`select 1`.execute(db);
  } catch (err) {
    await db.destroy();
    throw new StoreError('database_unreachable', `Cannot open the database at ${choice.location}: ${String(err)}. Fix: check DATABASE_URL (or DATA_DIR), that the server is running, and that the database exists and this user may use it.`);
  }
  // Several collectors starting at once on PostgreSQL are fine: Kysely's migrator takes a lock.
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError('migration_failed', `Database migration ${failed} failed at ${choice.location}: ${String(error)}`);
  }
  return { db, dialect: choice.name, location: choice.location, close: () => db.destroy() };
}
