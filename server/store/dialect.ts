// The one place where the database engine is chosen and its differences are settled.
import SqliteDatabase from 'better-sqlite3';
import {
  OperationNodeTransformer,
  PostgresDialect,
  type CollateNode,
  type Dialect,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import pg from 'pg';
import { redactUrl } from '../config';
import { prepareDataDir } from './data-dir';
import { SqliteDialectWithTransactionalDdl } from './sqlite-dialect';
import { WithoutRowLocks } from './row-locks';
import { withStatementCache } from './statement-cache';
import { CODE_POINT } from './text-order';

export const SQLITE_FILE = 'gradimento.sqlite';

export type DialectName = 'sqlite' | 'postgres';

/** Where the data lives: the embedded file in dataDir, unless databaseUrl names a PostgreSQL database. */
export interface StoreTarget {
  dataDir: string;
  databaseUrl?: string | null;
}

export interface DialectChoice {
  name: DialectName;
  dialect: Dialect;
  /** Plugins every query of this store goes through (see CodePointCollation). */
  plugins: KyselyPlugin[];
  /** Where the data lives, for the start-up log (never with a password). */
  location: string;
}

/** PostgreSQL spells SQLite's BINARY "C" (see text-order.ts). */
class CodePointCollation extends OperationNodeTransformer {
  protected override transformCollate(node: CollateNode): CollateNode {
    if (node.collation.name.toLowerCase() !== CODE_POINT) return node;
    return Object.freeze({ ...node, collation: Object.freeze({ ...node.collation, name: 'C' }) });
  }
}

class CodePointOrder implements KyselyPlugin {
  readonly #transformer = new CodePointCollation();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/**
 * A connection to an existing or new SQLite file with the collector's settings. The store opens
 * its file here, and so do backups and restores (server/ops), which need better-sqlite3's own
 * handle for its online backup API.
 */
export function openSqliteFile(file: string, options: { mustExist?: boolean; readonly?: boolean } = {}): SqliteDatabase.Database {
  // Read only (a backup file being restored from): no setting is written into it.
  if (options.readonly) return new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  const database = new SqliteDatabase(file, { fileMustExist: options.mustExist ?? false });
  // WAL lets reports read while votes are written.
  database.pragma('journal_mode = WAL');
  // FULL, not NORMAL: a terminal deletes a vote once we acknowledge it, so an acknowledged
  // vote must survive a power cut of the collector too.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return database;
}

/** The embedded default: one SQLite file under DATA_DIR. */
function sqlite(dataDir: string): DialectChoice {
  const file = prepareDataDir(dataDir, SQLITE_FILE);
  const database = openSqliteFile(file);
  return { name: 'sqlite', dialect: new SqliteDialectWithTransactionalDdl({ database: withStatementCache(database) }), plugins: [new WithoutRowLocks()], location: file };
}

/**
 * PostgreSQL, for several collector processes or a database the IT staff already run and back up.
 * Sums and counts come back as strings (bigint): every reader converts them with Number().
 */
function postgres(url: string): DialectChoice {
  const pool = new pg.Pool({
    connectionString: url,
    // An unreachable host must fail start-up in seconds, not after the kernel's TCP timeout.
    connectionTimeoutMillis: 10_000,
    application_name: 'gradimento',
    // A connection whose server vanished without a word (a host powered off, a NAT that forgot it)
    // is found dead by TCP keepalive, its query failed and the connection replaced, instead of
    // waiting for ever. Probes after 10 s of silence: Linux's own default is two hours.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    // No query_timeout or statement_timeout here: one limit for every query would also cut the
    // long ones that are right to be long (a year's report, a migration, the copy to PostgreSQL).
    // What must answer quickly bounds its own wait: /metrics (server/metrics/routes.ts).
  });
  // An idle connection that the server drops (a restart, a failover) emits 'error' on the pool;
  // unhandled it would kill the collector. The pool discards that client and the next query
  // opens a new one; /healthz reports the database while it stays unreachable.
  pool.on('error', () => {});
  // A connection the server ends while it is lent out (inside a transaction, between two statements)
  // emits 'error' too, and pg's pool listens only to the idle ones: unheard, the error is thrown and
  // stops the collector (a PostgreSQL restart under load did, tests/server/main.test.ts). The statement
  // on it fails and its request is answered 503 (store-failure.ts), which logs the cause.
  pool.on('connect', (client) => client.on('error', () => {}));
  return { name: 'postgres', dialect: new PostgresDialect({ pool }), plugins: [new CodePointOrder()], location: redactUrl(url) };
}

export function chooseDialect(target: StoreTarget): DialectChoice {
  return target.databaseUrl ? postgres(target.databaseUrl) : sqlite(target.dataDir);
}
