// The collector in its own process (server/main.ts; the start banner's test through tsx, as `npm start` runs it) restarted under load with SIGTERM, as an upgrade
// restarts it: on SQLite one collector, on PostgreSQL two behind a round robin restarted one at a time. No vote is lost.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { issuePairingCode } from '../../server/auth/terminal-tokens';
import { apiPaths } from '../../server/contract/api';
import { LOCK_FILE } from '../../server/store/collector-lock';
import { openStore } from '../../server/store/database';
import { DEMO, seedDemo } from '../../server/store/seed-demo';
// The command in Node processes of their own: this file is about processes that meet (the lock names a pid).
import { runAdminProcess as runAdmin } from './helpers/admin-cli';
import { freePort, killCollectors, stampedDist, startMain, startRefused } from './helpers/main-process';
import { postgresOutage } from './helpers/postgres-outage';
import { rollupDifferences } from './helpers/recount-rollups';
import { emptyStoreEnv, makeTempDir, removeTempDir, TEST_STORE } from './helpers/test-collector';
import { TerminalLoad } from './helpers/terminal-load';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });

let dir: string;
let env: Record<string, string>;
beforeEach(async () => {
  dir = makeTempDir();
  env = { ...(await emptyStoreEnv(dir)), DIST_DIR: stampedDist(dir) };
});
afterEach(async () => {
  killCollectors();
  await removeTempDir(dir);
});
afterAll(killCollectors);

/** The demo comune in the (already migrated) store, and device tokens for its terminals from a real enrolment. */
async function enrolDemo(url: string): Promise<Record<string, string>> {
  const store = await openStore({ dataDir: dir, databaseUrl: env.DATABASE_URL || null });
  const tokens: Record<string, string> = {};
  try {
    await seedDemo(store.db);
    for (const t of DEMO.terminals) {
      const { code } = await issuePairingCode(store.db, t.id, new Date());
      const res = await fetch(`${url}${apiPaths.enrolment}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
      expect(res.status).toBe(200);
      tokens[t.id] = ((await res.json()) as { token: string }).token;
    }
  } finally {
    await store.close();
  }
  return tokens;
}

/** Every vote sent is stored once, none is missing, and the rollups count exactly the stored votes. */
async function expectEveryVoteOnce(load: TerminalLoad): Promise<void> {
  const store = await openStore({ dataDir: dir, databaseUrl: env.DATABASE_URL || null });
  try {
    const ids = (await store.db.selectFrom('votes').select('id').execute()).map((v) => v.id);
    expect(ids.length).toBe(load.sent.size);
    expect(new Set(ids)).toEqual(load.sent);
    expect(await rollupDifferences(store.db)).toEqual([]);
  } finally {
    await store.close();
  }
}

describe('the start banner', () => {
  it('names the port the system chose when PORT=0, and the collector answers there', async () => {
    const collector = await startMain(env, 0, { tsx: true });
    await vi.waitFor(() => expect(collector.output()).toMatch(/API: +http:\/\/localhost:\d+\/api\/openapi\.json/));
    const port = collector.output().match(/Dashboard: +http:\/\/localhost:(\d+)\//)?.[1];
    expect(Number(port)).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}${apiPaths.health}`)).status).toBe(200);
    expect(await collector.stop()).toBe(0);
  });
});

describe('refusing to start, in one line that names the setting and the fix (no stack trace)', () => {
  it.runIf(TEST_STORE === 'sqlite')('a damaged database file: names it and says to restore a backup', async () => {
    fs.writeFileSync(path.join(dir, 'gradimento.sqlite'), 'this is not a database, but it is long enough to have a header of a hundred bytes or so... '.repeat(50));
    const run = await startRefused(env, await freePort());
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^Database error \(database_damaged\): .*gradimento\.sqlite is damaged or is not a SQLite database \(file is not a database\)\. Fix: .*restore the latest backup: npm run admin -- restore --from FILE$/);
  });

  it('a database made by a newer gradimento: names the migrations it does not know, and the ways back', async () => {
    const store = await openStore({ dataDir: dir, databaseUrl: env.DATABASE_URL || null });
    await store.db.insertInto('kysely_migration' as any).values({ name: '999-future', timestamp: '2030-01-01T00:00:00.000Z' }).execute();
    await store.close();
    const run = await startRefused(env, await freePort());
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^Database error \(newer_database\): The database at .* was made by a newer version of gradimento \(its schema has 999-future, which this version does not know\): this version cannot open it\. Fix: install that newer version again, or restore a backup made by this version/);
  });
});

describe.runIf(TEST_STORE === 'sqlite')('one collector per SQLite DATA_DIR', () => {
  it('refuses a second collector and a restore while one runs, naming its pid; lets them once it has stopped', async () => {
    const first = await startMain(env, await freePort());
    const lock = path.join(dir, LOCK_FILE);
    const pid = first.child.pid!;
    expect(JSON.parse(fs.readFileSync(lock, 'utf8'))).toMatchObject({ pid, what: 'collector' });

    const backup = path.join(dir, 'before.bak');
    expect((await runAdmin(env, 'backup', '--to', backup)).code).toBe(0);
    // At once: each is refused before it changes anything (a Node process each).
    const [second, ...refusals] = await Promise.all([
      startRefused(env, await freePort()),
      runAdmin(env, 'restore', '--from', backup, '--force'),
      runAdmin(env, 'migrate-to-postgres', '--to', 'postgres://u:p@127.0.0.1:1/none'),
    ]);
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toMatch(new RegExp(`^Cannot start: DATA_DIR .* is in use by another collector \\(pid ${pid}, started .*\\): one collector per SQLite database\\. Fix: `));
    for (const refused of refusals) {
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim()).toMatch(new RegExp(`^a collector \\(pid ${pid}, started .*\\) is running on DATA_DIR ${dir}: stop it first .*Nothing was changed\\.$`));
    }

    expect(await first.stop()).toBe(0);
    expect(fs.existsSync(lock)).toBe(false);
    expect(await runAdmin(env, 'restore', '--from', backup, '--force')).toMatchObject({ code: 0, stderr: '' });
  });
});

describe.runIf(TEST_STORE === 'sqlite')('restarting the collector while terminals send (SQLite)', () => {
  it('stops on SIGTERM with exit 0, comes back on the same store, and every vote sent is stored exactly once', async () => {
    const port = await freePort();
    let collector = await startMain(env, port);
    const load = new TerminalLoad(() => [collector.url], await enrolDemo(collector.url));
    load.start();
    await load.until(300);

    const acknowledgedBefore = load.acked.size;
    expect(await collector.stop()).toBe(0);
    const failuresWhileDown = load.failures.length;
    collector = await startMain(env, port);
    await load.until(acknowledgedBefore + 300);
    await load.stop();
    expect(await collector.stop()).toBe(0);

    // Batches were refused while the collector was away, and resent once it was back.
    expect(failuresWhileDown + load.failures.length).toBeGreaterThan(0);
    expect(load.refusals).toEqual([]);
    await expectEveryVoteOnce(load);
  });
});

describe.runIf(TEST_STORE === 'postgres')('restarting two collectors on one PostgreSQL one at a time while terminals send', () => {
  it('both start at once on an empty database (one migrates, the other waits), and no vote is lost or counted twice', async () => {
    const ports = [await freePort(), await freePort()];
    const collectors = await Promise.all(ports.map((p) => startMain(env, p)));
    const load = new TerminalLoad(() => collectors.map((c) => c.url), await enrolDemo(collectors[0]!.url));
    load.start();
    await load.until(300);

    for (const i of [0, 1]) {
      const before = load.acked.size;
      expect(await collectors[i]!.stop()).toBe(0);
      // The other one takes every batch meanwhile.
      await load.until(before + 150);
      collectors[i] = await startMain(env, ports[i]!);
      await load.until(load.acked.size + 150);
    }
    await load.stop();
    for (const c of collectors) expect(await c.stop()).toBe(0);

    expect(load.failures.length).toBeGreaterThan(0);
    expect(load.refusals).toEqual([]);
    await expectEveryVoteOnce(load);
  });
});

describe.runIf(TEST_STORE === 'postgres')('PostgreSQL ending every connection and refusing new ones for a while (what its restart does) while terminals send', () => {
  it('the collector stays up, answers 503 meanwhile (not 500), and every vote is stored once', async () => {
    const collector = await startMain(env, await freePort());
    const load = new TerminalLoad(() => [collector.url], await enrolDemo(collector.url));
    load.start();
    await load.until(150);

    const outage = await postgresOutage(env.DATABASE_URL!);
    try {
      await outage.refuse(true);
      await vi.waitFor(() => expect(load.failures.filter((f) => f.startsWith('503') && f.includes('The database does not answer'))).not.toEqual([]), { timeout: 20_000 });
    } finally {
      await outage.end();
    }
    await load.until(load.acked.size + 150);
    expect(collector.child.exitCode).toBeNull();
    await load.stop();
    expect(await collector.stop()).toBe(0);

    expect(load.refusals).toEqual([]);
    await expectEveryVoteOnce(load);
  });
});
