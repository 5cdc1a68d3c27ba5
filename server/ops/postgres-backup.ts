// Backup and restore of a PostgreSQL store with PostgreSQL's own pg_dump and pg_restore; a restore is one transaction.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kysely, sql } from 'kysely';
import { redactUrl } from '../config';
import { chooseDialect } from '../store/dialect';
import type { Database } from '../store/schema';
import { partialName, refuseNewerSchema, type BackupOptions, type BackupSummary, type RestoreOptions, type RestoreSummary } from './backup-files';
import { OpsError } from './ops-error';
import { connectionOf, findPgTool, majorOf, mustRun } from './pg-tools';
import { scriptForServer } from './pg-script-filter';
import { collectorConnections, describeConnections } from './pg-sessions';
import { listWithoutExistingSchemas } from './pg-restore-list';
import { votesNotInArchive } from './pg-missing-votes';
import { countTables, describeContents, holdsData, listTables, MIGRATION_TABLES, schemaVersion, TABLES, TRANSIENT_TABLES, unknownTables, type TableName } from './tables';

/** The database, opened as it is: a backup or a restore must not migrate it. */
/** A PostgreSQL database as it is, without the migrations openStore runs: to look before anything is created there. */
export function openAsIs(url: string): Kysely<Database> {
  const choice = chooseDialect({ dataDir: '.', databaseUrl: url });
  return new Kysely<Database>({ dialect: choice.dialect, plugins: choice.plugins });
}

/** The server's major version: its own client programs are preferred (pg-tools.ts). */
async function serverMajor(db: Kysely<Database>): Promise<number> {
  return majorOf(Number((await sql<{ n: string }>`select current_setting('server_version_num') as n`.execute(db)).rows[0]!.n));
}

/** The tables an archive holds rows of, from its table of contents ("1234; 0 16390 TABLE DATA public votes owner"). */
async function archiveTables(pgRestore: string, file: string): Promise<string[]> {
  const list = await mustRun(pgRestore, ['--list', file], {}, `Reading ${file}`);
  return [...list.matchAll(/^\d+; \d+ \d+ TABLE DATA (\S+) (\S+) /gm)].map((m) => m[2]!);
}

/** The migrations recorded in an archive: its schema version, read without restoring it. */
async function archiveMigrations(pgRestore: string, file: string): Promise<string[]> {
  const script = await mustRun(pgRestore, ['--data-only', '--table=kysely_migration', '--file=-', file], {}, `Reading ${file}`);
  const copy = /^COPY \S*kysely_migration .*FROM stdin;\n([\s\S]*?)^\\\.$/m.exec(script);
  if (!copy) throw new OpsError('not_a_backup', `${file} is a pg_dump archive, but not one of gradimento (no kysely_migration table in it).`);
  return copy[1]!.split('\n').filter(Boolean).map((line) => line.split('\t')[0]!).sort();
}

/** pg_dump's custom format: a consistent snapshot (one transaction) of the whole database, compressed. */
export async function backupPostgres(url: string, file: string, options: BackupOptions): Promise<BackupSummary> {
  const started = Date.now();
  const db = openAsIs(url);
  const major = await serverMajor(db).finally(() => db.destroy());
  const pgDump = findPgTool('pg_dump', options.pgBin, major);
  const pgRestore = findPgTool('pg_restore', options.pgBin, major);
  const { dbname, env } = connectionOf(url);
  const partial = partialName(file);
  try {
    await mustRun(pgDump, ['--format=custom', `--file=${partial}`, `--dbname=${dbname}`], env, `pg_dump of ${redactUrl(url)}`);
    const tables = await archiveTables(pgRestore, partial);
    const applied = await archiveMigrations(pgRestore, partial);
    fs.renameSync(partial, file);
    return { kind: 'postgres', source: redactUrl(url), file, bytes: fs.statSync(file).size, schema: applied.at(-1) ?? null, counts: null, tables: tables.filter((t) => (TABLES as readonly string[]).includes(t)).length, ms: Date.now() - started };
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * Feeds psql one transaction on stdin: `before`, then pg_restore's script, then COMMIT, sent only
 * once pg_restore has ended well. Otherwise psql's input just ends: it disconnects with the
 * transaction open, and the server rolls it back.
 */
function restoreInOneTransaction(psql: string, pgRestore: string, file: string, list: string, major: number, dbname: string, env: Record<string, string>, before: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // -X: no ~/.psqlrc; ON_ERROR_STOP: the first error ends psql, and the open transaction rolls back with it.
    const sink = spawn(psql, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', `--dbname=${dbname}`, '-f', '-'], { env: { ...process.env, ...env }, stdio: ['pipe', 'ignore', 'pipe'] });
    // Owners and grants of the source's roles mean nothing here: the restoring user owns what it creates.
    const script = spawn(pgRestore, ['--no-owner', '--no-privileges', `--use-list=${list}`, '--file=-', file], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let sinkErrors = '';
    let scriptErrors = '';
    sink.stderr.on('data', (c: Buffer) => (sinkErrors += c.toString()));
    script.stderr.on('data', (c: Buffer) => (scriptErrors += c.toString()));
    // psql may stop reading (ON_ERROR_STOP) while we still write: its exit code tells what happened.
    sink.stdin.on('error', () => {});
    // Notices ("drop cascades to ...") are not news to anyone here.
    sink.stdin.write(`set client_min_messages = warning;\nbegin;\n${before}`);
    // Through scriptForServer: a newer pg_restore's settings that this server does not know left out.
    const filtered = script.stdout.pipe(scriptForServer(major));
    filtered.pipe(sink.stdin, { end: false });
    let scriptCode: number | null = null;
    // The end only once pg_restore has exited and the filter has passed on all it held.
    let waiting = 2;
    const ended = () => {
      if (--waiting > 0) return;
      if (scriptCode === 0) sink.stdin.end('commit;\n');
      else sink.stdin.end();
    };
    filtered.on('end', ended);
    script.on('close', (code) => {
      scriptCode = code;
      ended();
    });
    script.on('error', reject);
    sink.on('error', reject);
    sink.on('close', (code) => {
      // psql gone first (an error): pg_restore would wait for ever on a pipe nobody reads.
      if (script.exitCode === null) script.kill();
      if (code === 0 && scriptCode === 0) return resolve();
      const why = [scriptErrors.trim(), sinkErrors.trim()].filter(Boolean).join('\n');
      reject(new OpsError('tool_failed', `The restore failed and was rolled back: the database is as it was.\n${why}`));
    });
  });
}

/** Replaces the database's tables with the archive's, in one transaction. */
export async function restorePostgres(url: string, file: string, options: RestoreOptions): Promise<RestoreSummary> {
  const started = Date.now();
  const target = redactUrl(url);
  let replaced: Map<TableName, number> | null = null;
  let votesDropped: number | null = null;
  let drop = '';
  let schemas = new Set<string>();
  let pgRestore: string;
  let psql: string;
  let major: number;
  const db = openAsIs(url);
  try {
    major = await serverMajor(db);
    pgRestore = findPgTool('pg_restore', options.pgBin, major);
    psql = findPgTool('psql', options.pgBin, major);
    await refuseNewerSchema(await archiveMigrations(pgRestore, file), file);
    const unknown = await unknownTables(db, 'postgres');
    if (unknown.length > 0) {
      throw new OpsError('unknown_tables', `${target} also holds tables gradimento does not know (${unknown.join(', ')}): a restore replaces the whole database, so it is refused. Fix: restore into a database of gradimento's own.`);
    }
    const counts = await countTables(db, 'postgres');
    if (holdsData(counts)) replaced = counts;
    // Unlike SQLite's file, nothing of the replaced tables is kept: what only they hold is said first.
    if (replaced && counts.has('votes')) votesDropped = await votesNotInArchive(db, pgRestore, file);
    const dropping = votesDropped
      ? ` It would drop ${votesDropped.toLocaleString('en')} vote${votesDropped === 1 ? '' : 's'} the backup lacks (compared by id): acknowledged after it was taken, they are on no terminal any more, and the restore keeps no copy of them. To keep them, back this database up first (npm run admin -- backup --to FILE).`
      : '';
    if (replaced && !options.force) {
      throw new OpsError('target_not_empty', `${target} holds data (${describeContents(replaced)}): restoring ${file} would replace all of it.${dropping} Nothing was changed. Fix: stop every collector on it, then run the same command with --force.`);
    }
    // --force or not: a collector would go on acknowledging votes into the tables being replaced.
    const connected = await collectorConnections(db);
    if (connected.length > 0) {
      throw new OpsError('collectors_connected', `collectors are connected to ${target} (${describeConnections(connected)}): stop them first (e.g. systemctl stop gradimento, or each gradimento@PORT, on every machine that runs one), then run restore again. Nothing was changed.`);
    }
    // Every table of ours goes, also one the archive lacks (a backup older than this schema): the
    // collector then migrates the restored database from the archive's own version.
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s;
    const known = new Set<string>([...TABLES, ...MIGRATION_TABLES, ...TRANSIENT_TABLES]);
    const present = (await listTables(db, 'postgres')).filter((t) => known.has(t));
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
    drop = present.map((t) => `drop table if exists ${quote(schema)}.${quote(t)} cascade;\n`).join('');
    schemas = new Set((await sql<{ name: string }>`select nspname as name from pg_namespace`.execute(db)).rows.map((r) => r.name));
  } finally {
    await db.destroy();
  }

  const { dbname, env } = connectionOf(url);
  // The archive's table of contents without the schemas that stay (pg-restore-list.ts), in a private folder.
  const { list } = listWithoutExistingSchemas(await mustRun(pgRestore, ['--list', file], {}, `Reading ${file}`), schemas);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-restore-'));
  try {
    const listFile = path.join(folder, 'restore.list');
    fs.writeFileSync(listFile, list, { mode: 0o600 });
    await restoreInOneTransaction(psql, pgRestore, file, listFile, major, dbname, env, drop);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }

  const after = openAsIs(url);
  try {
    const counts = await countTables(after, 'postgres');
    return { kind: 'postgres', target, file, schema: await schemaVersion(after), counts, replaced, votesDropped, ms: Date.now() - started };
  } finally {
    await after.destroy();
  }
}
