// Whether a PostgreSQL database already holds a gradimento installation, asked without migrating it.
import pg from 'pg';

/**
 * true when the database has the migrations' table, false when it has none (an empty database, or
 * another application's), null when it could not be asked: then opening the store says what is
 * wrong with the connection, in its own words.
 */
export async function postgresHoldsInstallation(url: string): Promise<boolean | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, application_name: 'gradimento admin' });
  try {
    await client.connect();
  } catch {
    await client.end().catch(() => {});
    return null;
  }
  try {
    const { rows } = await client.query<{ present: boolean }>(`select to_regclass('kysely_migration') is not null as present`);
    return rows[0]?.present ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}
