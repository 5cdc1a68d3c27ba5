// Starts a real collector on 127.0.0.1 (a free port, a fresh database file) for one test file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { openStore, type Store } from '../../../server/store/database';
import { seedDemo } from '../../../server/store/seed-demo';
import type { FastifyInstance } from 'fastify';

export interface RunningCollector {
  url: string;
  app: FastifyInstance;
  store: Store;
  close(): Promise<void>;
}

export async function startCollector(distDir: string): Promise<RunningCollector> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-e2e-'));
  const config = loadConfig({ DATA_DIR: dataDir, DIST_DIR: distDir, LOG_LEVEL: 'silent', PORT: '0' } as NodeJS.ProcessEnv, dataDir);
  const store = await openStore(config.dataDir);
  await seedDemo(store.db);
  const { app } = await buildApp(config, { store });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    app,
    store,
    async close() {
      await app.close();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
