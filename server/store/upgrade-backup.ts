// Before the collector migrates an installation at an older schema: the schema change logged and, on SQLite, a backup to roll back to.
import fs from 'node:fs';
import path from 'node:path';
import { backupSqlite } from '../ops/sqlite-backup';
import { fileStamp } from '../ops/sqlite-set-aside';
import type { PendingMigrations } from './database';
import type { StoreTarget } from './dialect';

/** The folder under DATA_DIR where the pre-upgrade backups go. */
export const UPGRADE_BACKUP_DIR = 'backups';

/** Pre-upgrade backups kept: each is a whole copy of the database, and an upgrade a month would otherwise fill the disk. */
export const UPGRADE_BACKUPS_KEPT = 3;

/** before-<first pending migration>-<time>.sqlite; the time is what orders them. */
const UPGRADE_BACKUP = /^before-.+-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ)\.sqlite$/;

/** What the start-up log needs of pino (the collector's logger is built after the store is open). */
export interface StartLog {
  info(fields: object, message: string): void;
}

/**
 * The hook openStore calls with the migrations it is about to run: said in the log, where IT looks
 * after an upgrade, and on SQLite a backup first, since a rollback otherwise needs one someone
 * remembered to take. A failed backup stops the start with the database untouched (openStore):
 * migrating without it would leave no way back.
 */
export function beforeUpgrade(target: StoreTarget, log: StartLog, now: () => Date = () => new Date()) {
  return async (upgrade: PendingMigrations): Promise<void> => {
    const to = upgrade.pending.at(-1)!;
    log.info(
      { from: upgrade.from, to, migrations: upgrade.pending },
      upgrade.from ? `schema ${upgrade.from} -> ${to}: ${upgrade.pending.length} migration${upgrade.pending.length === 1 ? '' : 's'} to run` : `new database: setting it up at schema ${to}`,
    );
    // A new database has nothing to lose; PostgreSQL's backups are the IT staff's (pg_dump, docs/deploy.md).
    if (!upgrade.from || target.databaseUrl) return;
    const folder = path.join(target.dataDir, UPGRADE_BACKUP_DIR);
    const file = path.join(folder, `before-${upgrade.pending[0]}-${fileStamp(now())}.sqlite`);
    let summary: Awaited<ReturnType<typeof backupSqlite>>;
    try {
      // Private, as DATA_DIR is: a backup holds password and session hashes.
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      summary = await backupSqlite(target.dataDir, file);
    } catch (err) {
      const why = (err instanceof Error ? err.message : String(err)).replace(/\.?\s*$/, '.');
      throw new Error(`the backup taken before migrating, ${file}, failed: ${why} Fix: make ${folder} a folder this user may write in, with room for a copy of the database, then start again.`);
    }
    log.info(
      { backup: file, schema: summary.schema },
      `backed up the database at schema ${summary.schema} to ${file} before migrating. To roll back, follow docs/deploy.md, "Going back to the previous release": first back up the database with this release (it holds the votes acknowledged since), then restore ${file} with the previous release`,
    );
    const removed = pruneUpgradeBackups(folder);
    if (removed.length > 0) log.info({ removed }, `removed older pre-upgrade backups (the last ${UPGRADE_BACKUPS_KEPT} are kept): ${removed.join(', ')}`);
  };
}

/** Removes all but the newest UPGRADE_BACKUPS_KEPT pre-upgrade backups in `folder`; other files there are left alone. Returns what it removed. */
export function pruneUpgradeBackups(folder: string): string[] {
  const ours = fs
    .readdirSync(folder)
    .map((name) => ({ name, stamp: UPGRADE_BACKUP.exec(name)?.[1] }))
    .filter((f): f is { name: string; stamp: string } => f.stamp !== undefined)
    .sort((a, b) => (a.stamp === b.stamp ? a.name.localeCompare(b.name) : a.stamp < b.stamp ? -1 : 1));
  const old = ours.slice(0, Math.max(0, ours.length - UPGRADE_BACKUPS_KEPT)).map((f) => path.join(folder, f.name));
  for (const file of old) fs.rmSync(file, { force: true });
  return old;
}
