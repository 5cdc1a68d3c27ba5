// What a backup file is: which store it belongs to, which schema it carries, and what the commands report about it.
import fs from 'node:fs';
import path from 'node:path';
import { migrationProvider } from '../store/migrations/index';
import { OpsError } from './ops-error';
import type { TableName } from './tables';

export type BackupKind = 'sqlite' | 'postgres';

export interface BackupOptions {
  /** Where PostgreSQL's client programs are (PG_BIN), if not in the usual places. */
  pgBin?: string;
}

export interface RestoreOptions extends BackupOptions {
  /** Replace a database that holds data. */
  force?: boolean;
}

export interface BackupSummary {
  kind: BackupKind;
  /** The database backed up (no password). */
  source: string;
  file: string;
  bytes: number;
  schema: string | null;
  /** Rows per table in the backup (SQLite: counted in the file itself). */
  counts: Map<TableName, number> | null;
  /** Tables whose rows the file holds. */
  tables: number;
  ms: number;
}

export interface RestoreSummary {
  kind: BackupKind;
  target: string;
  file: string;
  schema: string | null;
  /** Rows per table after the restore. */
  counts: Map<TableName, number>;
  /** What the target held before, when it held data (only with force). */
  replaced: Map<TableName, number> | null;
  /** SQLite: a live database too damaged to read, moved aside with --force instead of replaced. */
  setAside?: SetAside | null;
  /** SQLite: the healthy database the restore replaced, renamed aside (only with force). */
  kept?: KeptAside | null;
  /** PostgreSQL: the replaced tables' votes whose id the backup lacks, dropped with them (no copy is kept). */
  votesDropped?: number | null;
  ms: number;
}

export interface KeptAside {
  /** Where the replaced database now is. */
  file: string;
  /** Its votes whose id the backup lacks: acknowledged after the backup was taken. */
  votesNotInBackup: number;
}

export interface SetAside {
  /** SQLite's words for what is wrong with it. */
  why: string;
  /** Where the damaged file and its -wal and -shm now are. */
  files: string[];
}

/** The first bytes of each kind of backup file. */
const MAGIC: Record<BackupKind, string> = { sqlite: 'SQLite format 3\0', postgres: 'PGDMP' };

/** Which store a backup file belongs to, from its first bytes (a SQLite database, or pg_dump's custom format). */
export function backupKindOf(file: string): BackupKind {
  if (!fs.existsSync(file)) throw new OpsError('not_a_backup', `There is no file ${file}. Fix: --from names a file made by npm run admin -- backup.`);
  if (fs.statSync(file).isDirectory()) throw new OpsError('not_a_backup', `${file} is a folder, not a backup file. Fix: --from names a file made by npm run admin -- backup (ls ${file} shows the ones there).`);
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  const text = head.toString('latin1');
  for (const kind of ['sqlite', 'postgres'] as const) if (text.startsWith(MAGIC[kind])) return kind;
  throw new OpsError('not_a_backup', `${file} is neither a SQLite database nor a pg_dump archive (custom format): not a backup made by npm run admin -- backup.`);
}

/** A backup taken by a newer version names migrations this one lacks: its collector could not open the result. */
export async function refuseNewerSchema(applied: readonly string[], file: string): Promise<void> {
  const known = new Set(Object.keys(await migrationProvider.getMigrations()));
  const newer = applied.filter((m) => !known.has(m));
  if (newer.length > 0) throw new OpsError('newer_schema', `${file} was taken by a newer gradimento (schema ${newer.sort().at(-1)}): this version cannot run on it. Fix: upgrade gradimento first, then restore.`);
}

/** The file must not exist: a backup never overwrites another one. */
export function refuseExisting(file: string): void {
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    throw new OpsError('bad_target', `${file} is a folder: --to names the new backup file. Fix: --to ${path.join(file, 'gradimento-$(date +%F).bak')}`);
  }
  refuseFileAbove(file);
  if (fs.existsSync(file)) throw new OpsError('file_exists', `${file} already exists: a backup never overwrites a file. Fix: choose a new name (e.g. with the date) or remove it.`);
}

/** A file where a folder should be on the way to `file` (ENOTDIR), named: the raw error does not say which. */
function refuseFileAbove(file: string): void {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(dir)) {
      if (!fs.statSync(dir).isDirectory()) throw new OpsError('bad_target', `Cannot write ${file}: ${dir} is a file, not a folder. Fix: --to names a file in a folder that exists and this user may write in.`);
      return;
    }
  }
}

/**
 * Where a backup is written until it is complete and checked: a backup that failed half-way never
 * sits under the name asked for. A leftover of an earlier failed run is removed first. Created
 * empty and private (0600), as the store's own files: it holds password and session hashes.
 */
export function partialName(file: string): string {
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    fs.closeSync(fs.openSync(partial, 'wx', 0o600));
  } catch (err) {
    throw new OpsError('bad_target', `Cannot write ${partial} (${(err as NodeJS.ErrnoException).code ?? String(err)}). Fix: --to names a file in a folder that exists and this user may write in.`);
  }
  return partial;
}
