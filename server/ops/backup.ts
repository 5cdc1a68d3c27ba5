// Backup and restore of the configured store: the embedded SQLite file or PostgreSQL, chosen as the collector chooses.
import type { StoreTarget } from '../store/dialect';
import { backupKindOf, refuseExisting, type BackupKind, type BackupOptions, type BackupSummary, type RestoreOptions, type RestoreSummary } from './backup-files';
import { OpsError } from './ops-error';
import { backupPostgres, restorePostgres } from './postgres-backup';
import { backupSqlite, restoreSqlite } from './sqlite-backup';

export type { BackupSummary, RestoreSummary };

/** Backs up the store DATA_DIR / DATABASE_URL names, while the collector keeps running. */
export async function backupStore(target: StoreTarget, file: string, options: BackupOptions = {}): Promise<BackupSummary> {
  refuseExisting(file);
  return target.databaseUrl ? backupPostgres(target.databaseUrl, file, options) : backupSqlite(target.dataDir, file);
}

/** Puts a backup in place of the store DATA_DIR / DATABASE_URL names (the collector stopped). */
export async function restoreStore(target: StoreTarget, file: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const kind = backupKindOf(file);
  const store: BackupKind = target.databaseUrl ? 'postgres' : 'sqlite';
  if (kind !== store) {
    throw new OpsError(
      'wrong_store',
      kind === 'sqlite'
        ? `${file} is a backup of an embedded (SQLite) installation, and DATABASE_URL names a PostgreSQL database. Fix: restore it without DATABASE_URL into a DATA_DIR, then move that installation with npm run admin -- migrate-to-postgres.`
        : `${file} is a pg_dump archive of a PostgreSQL store, and DATABASE_URL is not set. Fix: set DATABASE_URL to the PostgreSQL database to restore into.`,
    );
  }
  return target.databaseUrl ? restorePostgres(target.databaseUrl, file, options) : restoreSqlite(target.dataDir, file, options);
}
