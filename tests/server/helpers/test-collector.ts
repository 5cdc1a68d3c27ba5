// Builds a real collector for tests: a temp data dir, a real SQLite file, the demo seeded, the app not listening.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app';
import { loadConfig, type Config } from '../../../server/config';
import { apiPaths } from '../../../server/contract/api';
import type { Vote } from '../../../server/contract/vote';
import { openStore, type Store } from '../../../server/store/database';
import { DEMO, seedDemo } from '../../../server/store/seed-demo';

export const TOTEM = DEMO.terminals[0]!;
export const COUNTER = DEMO.terminals[1]!;
export const REASON_IDS = ['valdoria-attesa', 'valdoria-servizio', 'valdoria-ritorno', 'valdoria-altro'] as const;

export interface TestCollector {
  app: FastifyInstance;
  store: Store;
  dir: string;
  config: Readonly<Config>;
  close(): Promise<void>;
}

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-'));
}

export function testConfig(dir: string): Readonly<Config> {
  return loadConfig({ DATA_DIR: dir, DIST_DIR: '/nonexistent', LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, dir);
}

/** A seeded collector in a fresh temp dir; `dir` reuses an existing one (to test a restart). */
export async function startCollector(options: { now?: () => Date; dir?: string } = {}): Promise<TestCollector> {
  const dir = options.dir ?? makeTempDir();
  const config = testConfig(dir);
  const store = await openStore(config.dataDir);
  await seedDemo(store.db);
  const { app } = await buildApp(config, { store, now: options.now });
  await app.ready();
  let closed = false;
  return {
    app,
    store,
    dir,
    config,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await store.close();
      if (!options.dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A collector clock for tests whose days must not depend on when they run. */
export const fixedClock = (iso: string) => () => new Date(iso);

/** A valid vote of the demo totem: positive, on the totem's first service. */
export function makeVote(overrides: Partial<Vote> = {}): Vote {
  return {
    id: randomUUID(),
    serviceId: TOTEM.services[0]!,
    face: 'positivo',
    reasons: [],
    followUp: 'not-asked',
    castAt: '2026-03-10T09:15:00.000Z',
    ...overrides,
  };
}

/** POSTs a batch with app.inject and returns status and parsed body. */
export async function postVotes(app: FastifyInstance, votes: unknown[], terminalId: string = TOTEM.id) {
  const res = await app.inject({ method: 'POST', url: apiPaths.votes, payload: { terminalId, votes } });
  return { status: res.statusCode, body: res.json() };
}

export async function countRows(store: Store, table: 'votes' | 'vote_reasons' | 'face_counts' | 'reason_counts' | 'follow_up_counts'): Promise<number> {
  const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
