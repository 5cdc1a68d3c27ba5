// Three test projects: the collector in Node, the kiosk's browser code in real Chromium,
// and end-to-end runs that drive real Chromium against a real collector.
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import preact from '@preact/preset-vite';

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

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        plugins: [preact()],
        // Pre-bundled up front: a re-optimisation in the middle of a run loads preact twice.
        optimizeDeps: { include: ['preact', 'preact/hooks', 'preact/test-utils', 'chart.js', 'socket.io-client', 'idb'] },
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
          // Each file starts its own collector and browser; two at once is all two cores take.
          fileParallelism: false,
        },
      },
    ],
  },
});
