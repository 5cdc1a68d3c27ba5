// The store a chaos run writes to: a fresh SQLite file, or a database on a throw-away PostgreSQL server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../server/store/database';
import { databaseUrl, findPostgresBin, startTestPostgres, type TestPostgres } from '../server/helpers/postgres';

export type StoreKind = 'sqlite' | 'postgres';

export interface ChaosStore {
  kind: StoreKind;
  /** DATA_DIR and DATABASE_URL for the collector process. */
  env: Record<string, string>;
  /** Opens the same store in this process (to seed it, and to check it at the end). */
  open(): Promise<Store>;
  /** Removes the data dir, and stops the PostgreSQL server this store started. */
  remove(): Promise<void>;
}

export async function chaosStore(kind: StoreKind): Promise<ChaosStore> {
  // mkdtemp makes it 0700, as the collector wants its DATA_DIR.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-chaos-'));
  let server: TestPostgres | null = null;
  let url = '';
  if (kind === 'postgres') {
    const bin = findPostgresBin();
    if (!bin) throw new Error('The chaos run on PostgreSQL needs its binaries (initdb, pg_ctl): apt-get install postgresql, or set PG_BIN.');
    server = await startTestPostgres(bin);
    // Also when the run is interrupted: no server left behind.
    process.once('exit', server.stop);
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('create database chaos');
    await admin.end();
    url = databaseUrl(server.url, 'chaos');
  }
  return {
    kind,
    env: { DATA_DIR: dataDir, DATABASE_URL: url },
    open: () => openStore({ dataDir, databaseUrl: url || null }),
    async remove() {
      if (server) {
        server.stop();
        process.off('exit', server.stop);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
