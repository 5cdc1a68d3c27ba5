// Opens the collector's database, brings its schema up to date and hands out the query builder.
import { Kysely, Migrator } from 'kysely';
import { chooseDialect } from './dialect';
import { migrationProvider } from './migrations/index';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export interface Store {
  db: Db;
  /** Human-readable place of the data, for logs. */
  location: string;
  close(): Promise<void>;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Opens the store under dataDir and runs pending migrations; fails loudly if one fails. */
export async function openStore(dataDir: string): Promise<Store> {
  const choice = chooseDialect(dataDir);
  const db = new Kysely<Database>({ dialect: choice.dialect });
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`Database migration ${failed} failed at ${choice.location}: ${String(error)}`);
  }
  return { db, location: choice.location, close: () => db.destroy() };
}
