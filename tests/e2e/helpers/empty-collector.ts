// A real collector on an empty database: no demo, nobody signed up. What a new installation sees first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { openStore } from '../../../server/store/database';
import { formatSetupCode, setupCode } from '../../../server/auth/setup-code';

export interface EmptyCollector {
  url: string;
  /** What the collector prints at start for the first-run screen (server/auth/setup-code.ts). */
  setupCode: string;
  close(): Promise<void>;
}

export async function startEmptyCollector(distDir: string): Promise<EmptyCollector> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-e2e-empty-'));
  const config = loadConfig({ DATA_DIR: dataDir, DIST_DIR: distDir, LOG_LEVEL: 'silent', PORT: '0', DEMO: '0' } as NodeJS.ProcessEnv, dataDir);
  const store = await openStore(config.dataDir);
  const { app } = await buildApp(config, { store });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    setupCode: formatSetupCode(await setupCode(store.db, new Date())),
    async close() {
      await app.close();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
