// A throw-away PostgreSQL for an end-to-end file that needs one: started as the server-pg project starts its own; missing, skipped locally, failed under CI.
import pg from 'pg';
import { databaseUrl, findPostgresBin, startTestPostgres, type TestPostgres } from '../../server/helpers/postgres';

const CI = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI!.toLowerCase());

/** Why the file cannot run here, or null when PostgreSQL is installed. Under CI a missing PostgreSQL is an error, not a skip. */
export function postgresMissing(): string | null {
  if (findPostgresBin()) return null;
  const message = 'PostgreSQL is not installed (no initdb in PG_BIN, /usr/lib/postgresql/*/bin or PATH): the tests of several collectors need it. Install it with apt-get install postgresql (.ci/run does).';
  if (CI) throw new Error(message);
  return message;
}

export interface E2ePostgres {
  /** postgres:// URL of an empty database for the collectors. */
  url: string;
  server: TestPostgres;
  stop(): void;
}

/** Starts a server in a temporary folder on a free port of 127.0.0.1, with one empty database. */
export async function startE2ePostgres(database = 'gradimento'): Promise<E2ePostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(postgresMissing() ?? 'PostgreSQL is not installed');
  const server = await startTestPostgres(bin);
  // Also when the run is cut short: no server may outlive the test process.
  const stop = () => {
    process.off('exit', stop);
    server.stop();
  };
  process.on('exit', stop);
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
  } catch (err) {
    stop();
    throw err;
  }
  return { url: databaseUrl(server.url, database), server, stop };
}
