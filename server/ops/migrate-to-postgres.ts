// Moves an embedded installation into PostgreSQL: every table copied in one transaction, counted, or nothing at all.
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { redactUrl } from '../config';
import { whileNoCollectorRuns } from '../store/collector-lock';
import { openStore, type Db, type Store } from '../store/database';
import { SQLITE_FILE } from '../store/dialect';
import { markMoved } from '../store/moved-mark';
import { OpsError } from './ops-error';
import { openAsIs } from './postgres-backup';
import { countRows, countTables, describeContents, holdsData, schemaVersion, STATE_TABLES, TABLES, unknownTables, type TableName } from './tables';

export interface CopyOptions {
  /** The installation to move: DATA_DIR, holding gradimento.sqlite. */
  dataDir: string;
  /** postgres:// URL of an existing, empty database. */
  targetUrl: string;
  /** One line per table as it is copied. */
  log?: (line: string) => void;
}

export interface TableCopy {
  table: TableName;
  rows: number;
}

export interface CopySummary {
  source: string;
  target: string;
  schema: string | null;
  tables: TableCopy[];
  /** PostgreSQL sequences set past the copied ids (none in today's schema: every key is text or composite). */
  sequences: string[];
  /** The note left beside the SQLite file: the collector then refuses that file (store/moved-mark.ts). */
  mark: string;
  ms: number;
}

/**
 * PostgreSQL binds at most 65,535 parameters per statement; far fewer keeps each INSERT's
 * statement and its round trip small (the widest table, votes, then goes 1,875 rows at a time).
 */
const MAX_PARAMETERS = 30_000;
/** Rows read from SQLite at a time. */
const READ_CHUNK = 1000;

/** The --to URL: a postgres:// URL that names its database (as DATABASE_URL must). */
export function checkPostgresUrl(raw: string | undefined): string {
  const fix = 'Fix: --to postgres://USER:PASSWORD@HOST:5432/DATABASE (an existing, empty database).';
  if (!raw) throw new OpsError('bad_target', `migrate-to-postgres needs --to, the PostgreSQL database to fill. ${fix}`);
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')) throw new OpsError('bad_target', `--to must be a postgres:// or postgresql:// URL, not "${redactUrl(raw)}". ${fix}`);
  if (url.pathname.length <= 1) throw new OpsError('bad_target', `--to must name the database after the host ("${redactUrl(raw)}" names none). ${fix}`);
  return raw;
}

async function refuseUnknownTables(store: Store): Promise<void> {
  const unknown = await unknownTables(store.db, store.dialect);
  if (unknown.length > 0) {
    throw new OpsError('unknown_tables', `${store.location} holds tables this version does not know how to copy (${unknown.join(', ')}): copying without them would lose data. Fix: run the migrate-to-postgres of the gradimento version that made them, or add them to server/ops/tables.ts.`);
  }
}

// The table name comes from TABLES, so the loose type is only where the builder cannot follow.
type AnyDb = Kysely<any>;

async function copyTable(read: Db, write: Db, table: TableName): Promise<number> {
  // A lease or rate-limit window a collector left on the target gives way to the source's.
  if (STATE_TABLES.has(table)) await write.deleteFrom(table).execute();
  let copied = 0;
  let chunk: Record<string, unknown>[] = [];
  let perInsert = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    await (write as AnyDb).insertInto(table).values(chunk).execute();
    copied += chunk.length;
    chunk = [];
  };
  for await (const row of (read as AnyDb).selectFrom(table).selectAll().stream(READ_CHUNK)) {
    perInsert ||= Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(row).length));
    chunk.push(row);
    if (chunk.length >= perInsert) await flush();
  }
  await flush();
  return copied;
}

/** Any serial column gets its sequence set past the largest id copied, so the next insert does not collide. */
async function resetSequences(write: Db): Promise<string[]> {
  const serial = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and column_default like 'nextval(%'`.execute(write);
  const done: string[] = [];
  for (const { table_name: table, column_name: column } of serial.rows) {
    if (!(TABLES as readonly string[]).includes(table)) continue;
    await sql`select setval(pg_get_serial_sequence(${table}, ${column}), coalesce(max(${sql.ref(column)}), 1), max(${sql.ref(column)}) is not null) from ${sql.table(table)}`.execute(write);
    done.push(`${table}.${column}`);
  }
  return done;
}

/**
 * Copies every table of the SQLite installation into PostgreSQL. Both are migrated to the latest
 * schema first; the target must hold no data, and no collector may run on DATA_DIR. SQLite is
 * read in one read transaction (a consistent snapshot), PostgreSQL is written in one
 * transaction that commits only after every table's count matched: a failure leaves the target
 * as empty as it was. The SQLite file is only read.
 */
export async function copyToPostgres(options: CopyOptions): Promise<CopySummary> {
  // Before the lock, which leaves its file in the folder: a wrong command or DATA_DIR leaves it as it was.
  const targetUrl = checkPostgresUrl(options.targetUrl);
  const file = path.join(options.dataDir, SQLITE_FILE);
  if (!fs.existsSync(file)) {
    throw new OpsError('no_installation', `There is no embedded database at ${file}. Fix: set DATA_DIR to the folder of the installation to move (the one the collector used).`);
  }
  // A collector running meanwhile would store votes the copy never sees (collector-lock.ts).
  return whileNoCollectorRuns(options.dataDir, 'migrate-to-postgres', () => copyUnlocked(options, file, targetUrl));
}

/**
 * The target looked at as it is, before openStore creates gradimento's tables in it: a database that
 * holds another application's tables (a wrong name in --to) is refused untouched, not filled with 54
 * empty tables first.
 */
async function refuseForeignTarget(targetUrl: string): Promise<void> {
  const db = openAsIs(targetUrl);
  try {
    // Unreachable or missing: openStore, next, says so with its fix.
    const unknown = await unknownTables(db, 'postgres').catch(() => []);
    if (unknown.length > 0) {
      throw new OpsError(
        'unknown_tables',
        `${redactUrl(targetUrl)} holds tables that are not gradimento's (${unknown.join(', ')}): migrate-to-postgres only fills an empty database of its own, so nothing was created or copied there. Fix: create an empty database (createdb gradimento) and name it in --to.`,
      );
    }
  } finally {
    await db.destroy();
  }
}

async function copyUnlocked(options: CopyOptions, file: string, targetUrl: string): Promise<CopySummary> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  await refuseForeignTarget(targetUrl);
  // Run again after a move (into a new, empty database): the file it copies from was marked moved.
  const source = await openStore({ dataDir: options.dataDir }, { evenIfMoved: true });
  try {
    const target = await openStore({ dataDir: options.dataDir, databaseUrl: targetUrl });
    try {
      await refuseUnknownTables(source);
      await refuseUnknownTables(target);
      const existing = await countTables(target.db, 'postgres');
      if (holdsData(existing)) {
        throw new OpsError('target_not_empty', `${target.location} already holds data (${describeContents(existing)}): migrate-to-postgres only fills an empty database, so nothing was copied. Fix: create an empty database (createdb) and name it in --to.`);
      }
      const schema = await schemaVersion(source.db);
      if (schema !== (await schemaVersion(target.db))) throw new OpsError('copy_failed', `The two databases are at different schema versions after migrating (${schema} and ${await schemaVersion(target.db)}): nothing was copied.`);

      log(`Copying ${source.location} (schema ${schema}) into ${target.location}`);
      const { tables, sequences } = await source.db.transaction().execute((read) =>
        target.db.transaction().execute(async (write) => {
          const tables: TableCopy[] = [];
          for (const table of TABLES) {
            let rows: number;
            try {
              rows = await copyTable(read, write, table);
            } catch (err) {
              throw new OpsError('copy_failed', `Copying ${table} failed: ${err instanceof Error ? err.message : String(err)}. Nothing was committed: ${target.location} is as empty as before.`);
            }
            const [inSource, inTarget] = [await countRows(read, table), await countRows(write, table)];
            if (inSource !== rows || inTarget !== rows) {
              throw new OpsError('count_mismatch', `${table}: ${inSource} rows in SQLite, ${rows} copied, ${inTarget} in PostgreSQL. Nothing was committed.`);
            }
            tables.push({ table, rows });
            log(`  ${table.padEnd(24)} ${rows.toLocaleString('en').padStart(12)}`);
          }
          return { tables, sequences: await resetSequences(write) };
        }),
      );

      // Counted again after the commit: what a collector on the new database will find.
      const after = await countTables(target.db, 'postgres');
      const changed = tables.filter((t) => after.get(t.table) !== t.rows);
      if (changed.length > 0) {
        throw new OpsError('count_mismatch', `After the copy committed, ${changed.map((t) => `${t.table} holds ${after.get(t.table)} rows instead of ${t.rows}`).join('; ')}: is a collector already writing to ${target.location}? Stop it, empty the database and copy again.`);
      }
      const mark = markMoved(options.dataDir, target.location, new Date());
      return { source: source.location, target: target.location, schema, tables, sequences, mark, ms: Date.now() - started };
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
