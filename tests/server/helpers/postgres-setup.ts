// Global setup of the server-pg project: one PostgreSQL server for the run, with a migrated template database.
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openStore } from '../../../server/store/database';
import { databaseUrl, findPostgresBin, startTestPostgres, TEMPLATE_DATABASE } from './postgres';

export default async function setup(project: TestProject): Promise<() => void> {
  const bin = findPostgresBin();
  // vitest.config.ts only adds this setup when the binaries are there; this is for a PG_BIN gone wrong.
  if (!bin) throw new Error('PostgreSQL is not installed (no initdb): install Debian\'s postgresql package, or set PG_BIN.');
  const server = await startTestPostgres(bin);

  // Also when the run is interrupted: Ctrl-C or a CI timeout must not leave a server running.
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    server.stop();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    process.off(signal, onSignal);
    // Without other listeners, our listener suppressed the default: end the way the signal meant.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.on('exit', stop);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);

  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`create database ${TEMPLATE_DATABASE}`);
    await admin.end();
    // Migrated by the collector's own code, once: each test database is then a file copy of it.
    const store = await openStore({ dataDir: server.dir, databaseUrl: databaseUrl(server.url, TEMPLATE_DATABASE) });
    await store.close();
  } catch (err) {
    stop();
    throw err;
  }

  project.provide('postgresUrl', server.url);
  return () => {
    stop();
    process.off('exit', stop);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
  };
}
