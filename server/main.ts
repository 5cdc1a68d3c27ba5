// Starts the collector: reads the configuration, opens the database, listens, stops cleanly on SIGTERM.
import pino from 'pino';
import { formatSetupCode, setupCode } from './auth/setup-code';
import { buildApp } from './app';
import { buildFrontEnd, refuseForeignDistDir } from './build-front-end';
import { ConfigError, loadConfig } from './config';
import { PAGES } from './contract/api';
import { frontEndBuilt } from './http/static';
import { buildFreshness } from './front-end-sources';
import { explainListenError, ListenError } from './listen-error';
import { gracefulStop } from './ops/graceful-stop';
import { CollectorRunningError, takeCollectorLock } from './store/collector-lock';
import { openStore, StoreError } from './store/database';
import { prepareDataDir } from './store/data-dir';
import { SQLITE_FILE } from './store/dialect';
import { seedDemo } from './store/seed-demo';
import { beforeUpgrade } from './store/upgrade-backup';
import { seedDemoHistory } from './demo/seed-demo-history';
import { createDemoPeople, demoAccessLines } from './demo-access';

/** Beyond the request timeout, what a stop may take before the collector exits anyway. */
const STOP_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  // One collector per SQLite file (collector-lock.ts), taken before anything is built or opened.
  if (!config.databaseUrl) {
    prepareDataDir(config.dataDir, SQLITE_FILE);
    const lock = takeCollectorLock(config.dataDir, (line) => console.log(line));
    // Every exit lets it go: a clean stop, a failed start, or a stop that ran out of time.
    process.once('exit', () => lock.release());
  }
  if (!frontEndBuilt(config.distDir)) {
    // Before saying "Building": a folder that is not gradimento's is refused as it is.
    refuseForeignDistDir(config.distDir);
    console.log(`Building the terminal and the dashboard into ${config.distDir} (first start only)...`);
    await buildFrontEnd(config.distDir);
  } else {
    const built = buildFreshness(config.distDir);
    if (built.state === 'stale' || built.state === 'unstamped') {
      console.log(`The terminal and the dashboard in ${config.distDir} were built from other sources: building them again...`);
      await buildFrontEnd(config.distDir, built.state === 'stale' ? built.root : undefined);
    } else if (built.state === 'unknown') {
      console.log(`The terminal and the dashboard in ${config.distDir} were built in ${built.root}, which is gone: served as they are, unchecked.`);
    }
  }

  // The app's logger comes with the app, after the store: the migrations' lines go through pino at the same level.
  const store = await openStore(config, { beforeMigrating: beforeUpgrade(config, pino({ level: config.logLevel })) });
  const seeded = config.demo ? await seedDemo(store.db) : false;
  if (seeded) await createDemoPeople(store.db, config.dataDir, new Date());
  if (seeded) await seedDemoHistory(store.db, new Date());
  const { app } = await buildApp(config, { store });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping: finishing requests in flight');
    const steps = [
      { name: 'closing the HTTP server and live connections', run: () => app.close() },
      { name: 'closing the database', run: () => store.close() },
    ];
    // A request in flight gets its whole timeout, and the database a little more to close.
    process.exit(await gracefulStop(steps, config.requestTimeoutMs + STOP_GRACE_MS, app.log));
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    throw explainListenError(err, config) ?? err;
  }
  app.log.info({ database: store.location, seededDemo: seeded }, 'collector ready');

  // PORT=0 asks the system for a free port: the banner names the one it gave, not 0.
  const listening = app.server.address();
  const base = !config.publicUrlSet && config.port === 0 && listening && typeof listening === 'object' ? `http://localhost:${listening.port}` : config.publicUrl;
  const needsSetup = !(await store.db.selectFrom('users').select('id').limit(1).executeTakeFirst());
  const lines = [
    '',
    `gradimento is running.`,
    `  Dashboard:  ${base}${PAGES.dashboard}${needsSetup ? '   (first run: create the installation admin there)' : ''}`,
    // Only here: whoever can read this output may take the empty installation (server/auth/setup-code.ts).
    ...(needsSetup ? [`  Set-up code: ${formatSetupCode(await setupCode(store.db, new Date()))}   (the first-run screen asks for it)`] : []),
    ...(config.demo ? await demoAccessLines(store.db, config.dataDir, base, new Date()) : []),
    `  API:        ${base}/api/openapi.json`,
    `  Data:       ${store.location}`,
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(`Configuration error: ${err.message}`);
  else if (err instanceof StoreError) console.error(`Database error (${err.code}): ${err.message}`);
  else if (err instanceof ListenError || err instanceof CollectorRunningError) console.error(`Cannot start: ${err.message}`);
  else console.error(err);
  process.exit(1);
});
