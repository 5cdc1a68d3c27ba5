// The one place where the database engine is chosen and its differences are settled.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  OperationNodeTransformer,
  PostgresDialect,
  SqliteDialect,
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
import { WithoutRowLocks } from './row-locks';
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
  /** PostgreSQL's connection pool, which socket.io's adapter shares (LISTEN/NOTIFY between collectors). */
  pool?: pg.Pool;
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

/** The embedded default: one SQLite file under DATA_DIR. */
function sqlite(dataDir: string): DialectChoice {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, SQLITE_FILE);
  const database = new SqliteDatabase(file);
  // WAL lets reports read while votes are written.
  database.pragma('journal_mode = WAL');
  // FULL, not NORMAL: a terminal deletes a vote once we acknowledge it, so an acknowledged
  // vote must survive a power cut of the collector too.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return { name: 'sqlite', dialect: new SqliteDialect({ database }), plugins: [new WithoutRowLocks()], location: file };
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
  });
  // An idle connection that the server drops (a restart, a failover) emits 'error' on the pool;
  // unhandled it would kill the collector. The pool discards that client and the next query
  // opens a new one; /healthz reports the database while it stays unreachable.
  pool.on('error', () => {});
  return { name: 'postgres', dialect: new PostgresDialect({ pool }), plugins: [new CodePointOrder()], location: redactUrl(url), pool };
}

export function chooseDialect(target: StoreTarget): DialectChoice {
  return target.databaseUrl ? postgres(target.databaseUrl) : sqlite(target.dataDir);
}
