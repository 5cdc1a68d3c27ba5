// What a PostgreSQL restart does to a collector, without restarting the tests' shared server: its
// database refuses new connections and the ones it has are ended; then it takes them again.
import pg from 'pg';

export interface PostgresOutage {
  /** true: connections to the database refused and those open ended; false: taken again. */
  refuse(refused: boolean): Promise<void>;
  /** Takes connections again, and closes this maintenance connection. */
  end(): Promise<void>;
}

/** Over a connection to the same server's `postgres` database (a database cannot refuse the one that changes it). */
export async function postgresOutage(databaseUrl: string): Promise<PostgresOutage> {
  const url = new URL(databaseUrl);
  const database = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  const refuse = async (refused: boolean) => {
    await admin.query(`alter database ${database} allow_connections ${refused ? 'false' : 'true'}`);
    if (refused) await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [database]);
  };
  return {
    refuse,
    async end() {
      await refuse(false);
      await admin.end();
    },
  };
}
