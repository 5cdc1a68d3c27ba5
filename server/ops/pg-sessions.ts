// Collectors connected to a PostgreSQL database: a restore must not replace the tables under them (SQLite's lock does this for DATA_DIR).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema';

/** The application_name of the collector's connections: its pool (store/dialect.ts) and socket.io's LISTEN pool (realtime/socket.ts). */
export const COLLECTOR_APPLICATIONS = ['gradimento', 'gradimento-realtime'] as const;

export interface CollectorConnections {
  /** The client's address, or why it is not known. */
  from: string;
  connections: number;
}

/**
 * Other sessions on this database that a collector opened, by client address. This command's own
 * session (the same application_name) is left out by its pid: its pool holds that one connection
 * only, its queries running one after another. A collector's socket.io keeps a LISTEN connection
 * open for as long as it runs, so an idle collector shows too.
 */
export async function collectorConnections(db: Kysely<Database>): Promise<CollectorConnections[]> {
  const { rows } = await sql<{ from: string; connections: string | number }>`
    select case
             when client_addr is not null then host(client_addr)
             when client_port = -1 then 'a local socket'
             else 'an address PostgreSQL shows only to its own user or a superuser'
           end as "from",
           count(*) as connections
      from pg_stat_activity
     where datname = current_database()
       and pid <> pg_backend_pid()
       and application_name in (${sql.join(COLLECTOR_APPLICATIONS.map((a) => sql.lit(a)))})
     group by 1
     order by 1`.execute(db);
  return rows.map((r) => ({ from: r.from, connections: Number(r.connections) }));
}

/** "2 connections from 127.0.0.1, 1 connection from 10.0.0.7": for the refusal. */
export function describeConnections(found: readonly CollectorConnections[]): string {
  return found.map((f) => `${f.connections} ${f.connections === 1 ? 'connection' : 'connections'} from ${f.from}`).join(', ');
}
