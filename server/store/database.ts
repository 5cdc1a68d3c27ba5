// Opens the collector's database, brings its schema up to date and hands out the query builder.
import path from 'node:path';
import { Kysely, Migrator, sql } from 'kysely';
import { movedTo } from './moved-mark';
import { chooseDialect, SQLITE_FILE, type DialectName, type StoreTarget } from './dialect';
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

export type StoreErrorCode = 'database_unreachable' | 'database_damaged' | 'newer_database' | 'older_database' | 'migration_failed' | 'moved_to_postgres' | 'upgrade_backup_failed';

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
export interface OpenOptions {
  /**
   * 'refuse': an installation at an older schema is not upgraded but refused (the command line: a
   * collector of the older version may be running on it). A new, empty database is still set up.
   */
  olderSchema?: 'upgrade' | 'refuse';
  /** Open the SQLite file though migrate-to-postgres moved it (the copy itself, run again). */
  evenIfMoved?: boolean;
  /**
   * Called before pending migrations run, with what they are (the collector's start logs them and
   * backs SQLite up: upgrade-backup.ts). If it throws, nothing is migrated and the open fails.
   */
  beforeMigrating?: (upgrade: PendingMigrations) => Promise<void>;
}

export interface PendingMigrations {
  /** The last migration the database had run; null for a new database. */
  from: string | null;
  /** The migrations about to run, in order. */
  pending: string[];
}

export async function openStore(target: StoreTarget | string, options: OpenOptions = {}): Promise<Store> {
  const where: StoreTarget = typeof target === 'string' ? { dataDir: target } : target;
  const moved = where.databaseUrl || options.evenIfMoved ? null : movedTo(where.dataDir);
  if (moved) {
    throw new StoreError(
      'moved_to_postgres',
      `This installation was moved to PostgreSQL (${moved.target}) on ${moved.at} by migrate-to-postgres, and DATABASE_URL is not set: on the SQLite file in ${where.dataDir} the collector would take votes that PostgreSQL never sees. Fix: set DATABASE_URL to that database (check its spelling in the service's environment file). To go back to the SQLite file on purpose, its data stopping at the copy, delete ${moved.file}.`,
    );
  }
  let choice: ReturnType<typeof chooseDialect>;
  try {
    choice = chooseDialect(where);
  } catch (err) {
    throw damaged(err, where) ?? err;
  }
  const db = new Kysely<Database>({ dialect: choice.dialect, plugins: choice.plugins });
  try {
    await sql`select 1`.execute(db);
  } catch (err) {
    await db.destroy();
    throw damaged(err, where) ?? new StoreError('database_unreachable', `Cannot open the database at ${choice.location}: ${String(err)}. Fix: check DATABASE_URL (or DATA_DIR), that the server is running, and that the database exists and this user may use it.`);
  }
  const newer = await unknownMigrations(db);
  if (newer.length > 0) {
    await db.destroy();
    throw new StoreError(
      'newer_database',
      `The database at ${choice.location} was made by a newer version of gradimento (its schema has ${newer.join(', ')}, which this version does not know): this version cannot open it. Fix: install that newer version again, or restore a backup made by this version (npm run admin -- restore --from FILE).`,
    );
  }
  // Several collectors starting at once on PostgreSQL are fine: Kysely's migrator takes a lock.
  const migrator = new Migrator({ db, provider: migrationProvider });
  const known = await migrator.getMigrations();
  const pending = known.filter((m) => m.executedAt === undefined).map((m) => m.name);
  if (options.olderSchema === 'refuse') {
    if (pending.length > 0 && pending.length < known.length) {
      await db.destroy();
      throw new StoreError(
        'older_database',
        `The database at ${choice.location} is at an older schema than this version (${pending.length} migration${pending.length === 1 ? '' : 's'} to run: ${pending.join(', ')}), and this command does not upgrade it under a collector of the older version. Fix: start this version's collector once (it upgrades the database as it starts), then run the command again; or run it from the version the collector runs.`,
      );
    }
  }
  if (pending.length > 0 && options.beforeMigrating) {
    const from = known.filter((m) => m.executedAt !== undefined).at(-1)?.name ?? null;
    try {
      await options.beforeMigrating({ from, pending });
    } catch (err) {
      await db.destroy();
      throw new StoreError(
        'upgrade_backup_failed',
        `The database at ${choice.location} needs ${pending.length} migration${pending.length === 1 ? '' : 's'} (${pending[0]} to ${pending.at(-1)}) and was not migrated: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError('migration_failed', `Database migration ${failed} failed at ${choice.location}: ${String(error)}`);
  }
  return { db, dialect: choice.name, location: choice.location, close: () => db.destroy() };
}

/** SQLite's answer for a file that is not (or no longer) a database, as a message naming the file and the way back. */
function damaged(err: unknown, where: StoreTarget): StoreError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (where.databaseUrl || (code !== 'SQLITE_NOTADB' && code !== 'SQLITE_CORRUPT')) return null;
  const file = path.join(where.dataDir, SQLITE_FILE);
  return new StoreError(
    'database_damaged',
    `${file} is damaged or is not a SQLite database (${err instanceof Error ? err.message : String(err)}). Fix: stop the collector, move the file aside (mv ${file} ${file}.damaged, and its -wal and -shm files if any), then restore the latest backup: npm run admin -- restore --from FILE`,
  );
}

/**
 * Migrations the database has run that this version does not have: it was made by a newer version
 * (a rollback). Kysely's own words for it ("corrupted migrations") would send people looking for damage.
 */
async function unknownMigrations(db: Db): Promise<string[]> {
  let applied: string[];
  try {
    applied = (await sql<{ name: string }>`select name from kysely_migration`.execute(db)).rows.map((r) => r.name);
  } catch {
    return []; // a new database: no migration table yet
  }
  const known = new Set(Object.keys(await migrationProvider.getMigrations()));
  return applied.filter((name) => !known.has(name)).sort();
}
