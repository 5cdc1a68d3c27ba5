// Backup and restore of the embedded store with SQLite's online backup API: consistent while the collector writes.
import fs from 'node:fs';
import path from 'node:path';
import type SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { whileNoCollectorRuns } from '../store/collector-lock';
import { prepareDataDir } from '../store/data-dir';
import { openSqliteFile, SQLITE_FILE } from '../store/dialect';
import type { Database } from '../store/schema';
import { partialName, refuseNewerSchema, type BackupSummary, type RestoreOptions, type RestoreSummary, type SetAside, type KeptAside } from './backup-files';
import { OpsError } from './ops-error';
import { countMissingVotes, fileStamp, moveDamagedAside, moveReplacedAside, putReplacedBack } from './sqlite-set-aside';
import { countTables, describeContents, holdsData, listTables, schemaVersion, TABLES, type TableName } from './tables';

/**
 * Pages per backup step: all of them. Between steps SQLite releases its read lock, and a write by
 * the collector in that gap restarts the backup from the first page; in one step it reads a
 * single snapshot (WAL: the collector keeps writing meanwhile) and a busy collector cannot keep
 * it restarting.
 */
const ALL_PAGES = 0x7fffffff;

/** Kysely over a raw handle, to count with the same code as the other commands; destroy() closes the handle. */
const over = (raw: SqliteDatabase.Database) => new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });

/** Checks a SQLite file and reads what it holds; fails if it is damaged or not a gradimento database. */
async function inspect(raw: SqliteDatabase.Database, file: string): Promise<{ schema: string | null; counts: Map<TableName, number>; applied: string[]; tables: number }> {
  let check: unknown;
  try {
    check = raw.pragma('quick_check', { simple: true });
  } catch (err) {
    check = err instanceof Error ? err.message : String(err);
  }
  if (check !== 'ok') throw new OpsError('not_a_backup', `${file} is damaged (SQLite's quick_check: ${String(check)}).`);
  const db = over(raw);
  const present = new Set(await listTables(db, 'sqlite'));
  if (!present.has('kysely_migration') || !present.has('administrations')) throw new OpsError('not_a_backup', `${file} is a SQLite database, but not one of gradimento (no administrations or migrations in it).`);
  const applied = (raw.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name);
  return { schema: await schemaVersion(db), counts: await countTables(db, 'sqlite'), applied, tables: TABLES.filter((t) => present.has(t)).length };
}

/**
 * Backs up DATA_DIR's database into `file`, a self-contained SQLite file (no -wal beside it). A
 * failure at any step removes the partial copy, and names the source: a copy that fails its check
 * holds what the source held.
 */
export async function backupSqlite(dataDir: string, file: string): Promise<BackupSummary> {
  const started = Date.now();
  const live = path.join(dataDir, SQLITE_FILE);
  if (!fs.existsSync(live)) throw new OpsError('no_installation', `There is no embedded database at ${live}. Fix: set DATA_DIR to the folder of the installation (the one the collector uses).`);
  const partial = partialName(file);
  const nothingWritten = `Nothing was written to ${file}.`;
  const fix = 'Fix: check the disk, then restore the latest good backup in its place (npm run admin -- restore --from FILE --force, the collector stopped).';
  const damagedSource = (why: string) => new OpsError('copy_failed', `The backup of ${live} failed: ${live} is damaged or not a gradimento database (${why}). ${nothingWritten} ${fix}`);
  try {
    let source: SqliteDatabase.Database;
    try {
      source = openSqliteFile(live, { mustExist: true });
    } catch (err) {
      throw damagedSource(err instanceof Error ? err.message : String(err));
    }
    try {
      await source.backup(partial, { progress: () => ALL_PAGES });
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      const code = (err as { code?: unknown }).code;
      throw code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' ? damagedSource(why) : new OpsError('copy_failed', `The backup of ${live} into ${partial} failed: ${why}. ${nothingWritten}`);
    } finally {
      source.close();
    }
    const copy = openSqliteFile(partial, { mustExist: true });
    let seen: Awaited<ReturnType<typeof inspect>>;
    try {
      // One file to carry or archive: the copy leaves WAL mode (the restore puts the collector's settings back).
      copy.pragma('journal_mode = DELETE');
      seen = await inspect(copy, partial);
    } catch (err) {
      // The copy holds exactly what the source held: what is wrong with it is wrong with the source.
      const why = (err instanceof Error ? err.message : String(err)).replaceAll(partial, live).replace(/\s*\n\s*/g, '; ');
      throw new OpsError('copy_failed', `The backup of ${live} failed: ${why} ${nothingWritten} ${fix}`);
    } finally {
      copy.close();
    }
    fs.renameSync(partial, file);
    return { kind: 'sqlite', source: live, file, bytes: fs.statSync(file).size, schema: seen.schema, counts: seen.counts, tables: seen.tables, ms: Date.now() - started };
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
}

/** What the live database holds; throws SQLite's own error when it cannot be read. */
async function countLive(live: string): Promise<Map<TableName, number>> {
  const current = over(openSqliteFile(live, { mustExist: true }));
  try {
    return await countTables(current, 'sqlite');
  } finally {
    await current.destroy();
  }
}

/** SQLite's words when a file is not a database or is damaged; null for any other failure (a lock, rights). */
function damage(err: unknown): string | null {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string' || !(code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))) return null;
  return err instanceof Error ? err.message : code;
}

/**
 * Puts a SQLite backup in place of DATA_DIR's database: through the backup API too, so the old
 * file's WAL cannot mix in. Never under a running collector (collector-lock.ts): it would go on
 * acknowledging votes into the database being replaced.
 */
export async function restoreSqlite(dataDir: string, file: string, options: RestoreOptions): Promise<RestoreSummary> {
  return whileNoCollectorRuns(dataDir, 'restore', () => restoreUnlocked(dataDir, file, options));
}

async function restoreUnlocked(dataDir: string, file: string, options: RestoreOptions): Promise<RestoreSummary> {
  const started = Date.now();
  const source = openSqliteFile(file, { readonly: true });
  try {
    const { applied } = await inspect(source, file);
    await refuseNewerSchema(applied, file);

    const live = path.join(dataDir, SQLITE_FILE);
    let replaced: Map<TableName, number> | null = null;
    let setAside: SetAside | null = null;
    if (fs.existsSync(live)) {
      let counts: Map<TableName, number> | null = null;
      try {
        counts = await countLive(live);
      } catch (err) {
        const why = damage(err);
        if (why === null) throw err;
        const stamp = fileStamp(new Date());
        if (!options.force) {
          throw new OpsError('damaged_target', `${live} is damaged (${why}): it cannot be read, nor what it holds be told. Nothing was changed. Fix: to put ${file} in its place, run the same command with --force, which moves the damaged file (and its -wal and -shm) aside as ${SQLITE_FILE}.damaged-${stamp}, kept for inspection.`);
        }
        setAside = { why, files: moveDamagedAside(live, stamp) };
      }
      if (counts && holdsData(counts)) replaced = counts;
      if (replaced && !options.force) {
        throw new OpsError('target_not_empty', `${live} holds data (${describeContents(replaced)}): restoring ${file} would replace all of it. Nothing was changed. Fix: stop the collector, then run the same command with --force. The file it replaces is then kept aside, as ${SQLITE_FILE}.replaced-<time>, not deleted.`);
      }
    }
    // Kept, not overwritten: after a rollback it holds every vote acknowledged since the backup, which
    // the terminals have deleted (they keep a vote only until the collector acknowledges it).
    let kept: KeptAside | null = null;
    if (replaced) {
      const keptFile = moveReplacedAside(live, fileStamp(new Date()));
      try {
        kept = { file: keptFile, votesNotInBackup: countMissingVotes(keptFile, file) };
      } catch (err) {
        putReplacedBack(live, keptFile);
        throw new OpsError('copy_failed', `Comparing ${live} with ${file} failed: ${err instanceof Error ? err.message : String(err)}. Nothing was changed.`);
      }
    }
    // The folder and an empty file made as the collector makes them (private to its user), or a clear refusal.
    try {
      prepareDataDir(dataDir, SQLITE_FILE);
    } catch (err) {
      if (kept) putReplacedBack(live, kept.file);
      throw err;
    }
    try {
      // The destination is written in one transaction; on a failure the old database is put back as it was.
      await source.backup(live, { progress: () => ALL_PAGES });
    } catch (err) {
      if (kept) putReplacedBack(live, kept.file);
      throw new OpsError('copy_failed', `Restoring ${file} into ${live} failed: ${err instanceof Error ? err.message : String(err)}. ${kept ? `${live} was put back as it was. ` : ''}Is the collector still running? Stop it and try again.`);
    }
    const restored = openSqliteFile(live, { mustExist: true });
    try {
      const seen = await inspect(restored, live);
      return { kind: 'sqlite', target: live, file, schema: seen.schema, counts: seen.counts, replaced, setAside, kept, ms: Date.now() - started };
    } finally {
      restored.close();
    }
  } finally {
    source.close();
  }
}
