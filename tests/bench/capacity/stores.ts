// The stores the capacity bench runs on: fresh SQLite data dirs and fresh databases on one throw-away PostgreSQL server, each migrated and seeded with the demo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SQLITE_FILE } from '../../../server/store/dialect';
import { openStore, type Store } from '../../../server/store/database';
import { seedDemo } from '../../../server/store/seed-demo';
import { databaseUrl, findPostgresBin, startTestPostgres, type TestPostgres } from '../../server/helpers/postgres';
import { cpuMsOf, type StoreLocation } from './processes';

const TEMPLATE = 'capacity_template';

export type StoreKind = 'sqlite' | 'postgres';

/** The demo installation: an administration, its offices and services (terminals are added by each measurement). */
async function seed(store: Store): Promise<void> {
  await seedDemo(store.db);
}

export interface BenchStores {
  /** Where temp dirs and logs of this section go (removed by close). */
  dir: string;
  /** null when PostgreSQL is not installed here. */
  postgres: TestPostgres | null;
  /** A fresh store of that kind, migrated and seeded; names are unique within the section. */
  fresh(kind: StoreKind, name: string): Promise<StoreLocation>;
  /** CPU milliseconds the PostgreSQL server has used so far (postmaster, its live and finished backends); 0 without one. */
  postgresCpuMs(): number;
  /** Opens a store in this process (for counts and set-up), e.g. to check what a collector stored. */
  open(location: StoreLocation): Promise<Store>;
  close(): void;
}

/**
 * Migrates and seeds once per kind, then copies: the SQLite file, or CREATE DATABASE ... TEMPLATE
 * on PostgreSQL (a file copy). The PostgreSQL server is the tests' throw-away one (fsync off).
 */
export async function openBenchStores(): Promise<BenchStores> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-bench-capacity-'));
  const bin = findPostgresBin();
  let postgres: TestPostgres | null = null;
  const stopPostgres = () => postgres?.stop();
  process.on('exit', stopPostgres);
  try {
    const sqliteTemplate = path.join(dir, 'template-sqlite');
    const template = await openStore(sqliteTemplate);
    await seed(template);
    await template.close();

    if (bin) {
      postgres = await startTestPostgres(bin);
      const admin = new pg.Client({ connectionString: postgres.url });
      await admin.connect();
      await admin.query(`create database ${TEMPLATE}`);
      await admin.end();
      const store = await openStore({ dataDir: dir, databaseUrl: databaseUrl(postgres.url, TEMPLATE) });
      await seed(store);
      await store.close();
    }

    return {
      dir,
      postgres,
      async fresh(kind, name) {
        const dataDir = path.join(dir, name);
        fs.mkdirSync(dataDir);
        if (kind === 'sqlite') {
          fs.copyFileSync(path.join(sqliteTemplate, SQLITE_FILE), path.join(dataDir, SQLITE_FILE));
          return { dataDir };
        }
        if (!postgres) throw new Error('PostgreSQL is not installed here');
        const database = `capacity_${name.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`;
        const client = new pg.Client({ connectionString: postgres.url });
        await client.connect();
        try {
          await client.query(`create database ${database} template ${TEMPLATE} strategy file_copy`);
        } finally {
          await client.end();
        }
        return { dataDir, databaseUrl: databaseUrl(postgres.url, database) };
      },
      postgresCpuMs() {
        if (!postgres) return 0;
        const postmaster = Number(fs.readFileSync(path.join(postgres.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
        const backends = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => {
          try {
            const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
            return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
          } catch {
            return false; // gone meanwhile
          }
        });
        return cpuMsOf(postmaster, true) + backends.reduce((sum, p) => {
          try {
            return sum + cpuMsOf(Number(p));
          } catch {
            return sum;
          }
        }, 0);
      },
      open: (location) => openStore(location),
      close() {
        stopPostgres();
        process.off('exit', stopPostgres);
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    stopPostgres();
    process.off('exit', stopPostgres);
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
