// Four test projects: the collector in Node on SQLite, the same suites on PostgreSQL, the kiosk's
// browser code in real Chromium, and end-to-end runs that drive real Chromium against a real collector.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import preact from '@preact/preset-vite';
import { findPostgresBin, TEST_STORE_VARIABLE } from './tests/server/helpers/postgres.js';
import { LongestFirst } from './tests/sequencer.js';

/** Debian's Chromium: the only browser this machine can install (see ../shared/CI-RECIPE.md). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Server test files for which the store matters: every one that opens a store (through the test collector). */
function storeTestFiles(): string[] {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const files = fs.readdirSync(path.join(root, 'tests/server'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.ts'));
  return files.map((f) => path.posix.join('tests/server', f)).filter((f) => /helpers\/test-collector|openStore\(/.test(fs.readFileSync(path.join(root, f), 'utf8')));
}

/**
 * The server suites again, on a real PostgreSQL that postgres-setup.ts starts for the run. Where
 * PostgreSQL is not installed, a single placeholder says so: skipped locally, failed under CI.
 */
function postgresProject(): TestProjectInlineConfiguration {
  const name = 'server-pg';
  if (!findPostgresBin()) {
    console.warn(`\n${name}: PostgreSQL is not installed, so the server suites run on SQLite only (apt-get install postgresql, or set PG_BIN).\n`);
    return { test: { name, include: ['tests/server/helpers/postgres-missing.ts'], environment: 'node' } };
  }
  return {
    test: {
      name,
      include: storeTestFiles(),
      environment: 'node',
      // A test is many round trips to another process: the authorization matrix and the sign-in
      // throttle took 20-30 s on a loaded machine.
      testTimeout: 40_000,
      isolate: false,
      // Every query is a round trip to another process: hooks that seed hundreds of votes took
      // over the default 10 s here while the two cores were busy (office-report-figures), and a
      // collector's close (DROP DATABASE ... WITH (FORCE)) once took over 30 s on a loaded CI run.
      hookTimeout: 60_000,
      env: { [TEST_STORE_VARIABLE]: 'postgres' },
      globalSetup: ['tests/server/helpers/postgres-setup.ts'],
    },
  };
}

export default defineConfig({
  test: {
    // Vitest's default is one worker per core less one: a single worker on these 2-core machines,
    // which left a suite that mostly waits on sockets, child processes and PostgreSQL at 35 minutes.
    // One per core: three made the CPU-bound tests (password hashing) time out on a busy machine.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          // Each file still runs its own collectors on its own data dirs; only the modules stay
          // loaded between the files of one worker. Reloading Fastify, Kysely and the collector for
          // every file took a quarter of the suite's time.
          isolate: false,
        },
      },
      postgresProject(),
      {
        plugins: [preact()],
        // Pre-bundled up front: a re-optimisation in the middle of a run loads preact twice.
        // typescript: tests/kiosk/dashboard/i18n/literal-text.test.ts parses the dashboard's JSX.
        optimizeDeps: { include: ['preact', 'preact/hooks', 'preact/test-utils', 'chart.js', 'socket.io-client', 'idb', 'typescript'] },
        test: {
          name: 'kiosk',
          include: ['tests/kiosk/**/*.test.{ts,tsx}'],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            // Failure screenshots would land beside the tests, in the work tree; the error text is enough.
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Each file starts its own collector and Chromium, and spends most of its time waiting on
          // them (one file at a time kept a third of one core busy): two files at once.
          maxWorkers: 2,
          // A worker loads Playwright, Fastify and the collector once for all its files, as the server
          // projects do: a fresh worker per file spent about 4 s of every file's time importing them.
          isolate: false,
          // After the server and kiosk projects, on their own: the browsers' tests want the cores.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
