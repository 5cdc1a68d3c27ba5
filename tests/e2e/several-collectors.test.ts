// Two collector processes on one PostgreSQL behind a load balancer: a vote stored by one shows live on a dashboard
// connected to the other, and a real terminal that fails over in the middle of its backlog delivers every vote once.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localBucket } from '../../server/aggregates/time-bucket';
import { issuePairingCode } from '../../server/auth/terminal-tokens';
import { apiPaths, PAGES } from '../../server/contract/api';
import { SESSION_COOKIE } from '../../server/contract/auth';
import type { OfficeReport } from '../../server/contract/report';
import { createUser } from '../../server/store/create-user';
import { openStore, type Store } from '../../server/store/database';
import { DEMO, seedDemo } from '../../server/store/seed-demo';
import { VOTE_DB_NAME, type StoredVote } from '../../kiosk/terminal/store/vote-db';
import { postgresOutage } from '../server/helpers/postgres-outage';
import { rollupDifferences } from '../server/helpers/recount-rollups';
import { launchBrowser, type Browser } from './helpers/browser';
import { signIn, type AdminSession } from './helpers/collector';
import { startCollectorProcess, type CollectorProcess } from './helpers/collector-process';
import { postgresMissing, startE2ePostgres, type E2ePostgres } from './helpers/e2e-postgres';
import { LoadBalancer } from './helpers/load-balancer';
import { today } from './helpers/report';

const counter = DEMO.terminals[1]!;
const EMAIL = 'ced@consorzio.example.it';
const PASSWORD = 'two collectors, one database';
/** A long outage's worth of votes: three batches of the kiosk's 100 (kiosk/terminal/net/sync.ts). */
const BACKLOG = 250;

const missing = postgresMissing();

// Where PostgreSQL is not installed the file is skipped with the reason in its name (under CI, postgresMissing throws instead).
describe.skipIf(missing)(missing ? `two collectors on one PostgreSQL: ${missing}` : 'two collectors on one PostgreSQL', () => {
  let postgres: E2ePostgres;
  let a: CollectorProcess;
  let b: CollectorProcess;
  let store: Store;
  let balancer: LoadBalancer;
  let browser: Browser;
  let kiosk: Page;
  let admin: AdminSession;
  /** Ids of every vote the kiosk collected, in the order it collected them. */
  const collected: string[] = [];

  beforeAll(async () => {
    postgres = await startE2ePostgres();
    const env = { DATABASE_URL: postgres.url, DIST_DIR: inject('distDir') };
    // Both at once on the empty database, as two systemd units start: one migrates, the other waits for it.
    [a, b] = await Promise.all([startCollectorProcess(env), startCollectorProcess(env)]);
    store = await openStore({ dataDir: postgres.server.dir, databaseUrl: postgres.url });
    await seedDemo(store.db);
    await createUser(store.db, { email: EMAIL, name: 'CED del consorzio', password: PASSWORD, grants: [{ role: 'installation_admin', administrationId: null, officeId: null }] }, null, new Date(), { via: 'e2e test' });
    // The counter was first enrolled three days ago, so votes it queued since then keep the time they were cast.
    await store.db.updateTable('terminals').set({ first_enrolled_at: new Date(Date.now() - 3 * 86_400_000).toISOString() }).where('id', '=', counter.id).execute();
    admin = await signIn(b.url, EMAIL, PASSWORD);
    balancer = new LoadBalancer(a.url);
    await balancer.listen();
    browser = await launchBrowser({ width: 800, height: 1280 });
  });

  afterAll(async () => {
    await browser?.close();
    await balancer?.close();
    await store?.close();
    for (const c of [a, b]) await c?.stop();
    postgres?.stop();
  });

  const storedIds = async () => (await store.db.selectFrom('votes').select('id').where('terminal_id', '=', counter.id).execute()).map((v) => v.id);
  const queued = (page: Page) =>
    page.evaluate(
      (name) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction('votes').objectStore('votes').count();
            count.onsuccess = () => (open.result.close(), resolve(count.result));
            count.onerror = () => reject(count.error);
          };
        }),
      VOTE_DB_NAME,
    );

  it('shows a vote stored by one collector live on a dashboard connected to the other', async () => {
    const day = today();
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`${b.url}${PAGES.dashboard}?office=${counter.officeId}&from=${day}&to=${day}`);
    await dashboard.getByLabel('E-mail').fill(EMAIL);
    await dashboard.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await dashboard.getByRole('button', { name: 'Accedi' }).click();
    await dashboard.getByTestId('empty-state').waitFor();
    await expect.poll(() => dashboard.getByTestId('live-indicator').getAttribute('data-status')).toBe('live');

    // The terminal reaches the collectors only through the load balancer, which sends it to the first.
    kiosk = await browser.context.newPage();
    const { code } = await issuePairingCode(store.db, counter.id, new Date());
    await kiosk.goto(`${balancer.url}${PAGES.terminal}?pair=${code}`);
    await kiosk.getByTestId('face-positivo').waitFor({ timeout: 30_000 });
    await kiosk.getByTestId('face-positivo').click();
    await kiosk.getByTestId('thanks').waitFor({ state: 'visible' });
    await expect.poll(() => queued(kiosk), { timeout: 30_000 }).toBe(0);
    collected.push(...(await storedIds()));

    expect(balancer.batches.map((x) => [x.upstream, x.voteIds.length, x.status])).toEqual([[a.url, 1, 200]]);
    // No reload: collector b hears of the vote from collector a (socket.io's PostgreSQL adapter) and tells the page.
    await expect.poll(() => dashboard.getByTestId('total-count').getAttribute('data-value'), { timeout: 20_000 }).toBe('1');
    expect(await dashboard.getByTestId('share-positivo').getAttribute('data-count')).toBe('1');
    await dashboard.close();
  });

  it('delivers every vote of a backlog exactly once when the terminal fails over to the other collector half-way', async () => {
    expect(collected).toHaveLength(1);
    await kiosk.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });

    // A long outage: the votes the terminal queued meanwhile, as its own queue holds them.
    await browser.context.setOffline(true);
    const start = Date.now() - 2 * 86_400_000;
    const faces = ['positivo', 'sufficiente', 'negativo'] as const;
    const backlog: StoredVote[] = Array.from({ length: BACKLOG }, (_, i) => ({
      id: crypto.randomUUID(),
      serviceId: counter.services[0]!,
      face: faces[i % 3]!,
      reasons: [],
      followUp: faces[i % 3] === 'negativo' ? 'skipped' : 'not-asked',
      // Ten minutes apart: far beyond the terminal's minimum interval, so none is set aside as misuse.
      castAt: new Date(start + i * 10 * 60_000).toISOString(),
      state: 'pending',
      terminalId: counter.id,
      createdAt: start + i,
    }));
    await kiosk.evaluate(
      ({ name, votes }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('votes', 'readwrite');
            for (const vote of votes) tx.objectStore('votes').put(vote);
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      { name: VOTE_DB_NAME, votes: backlog },
    );
    collected.push(...backlog.map((v) => v.id));
    expect(await queued(kiosk)).toBe(BACKLOG);

    // The second batch reaches collector a, which stores it; its answer is lost as a goes down, and the
    // load balancer sends everything after it to b, as nginx does when a collector stops answering.
    let exitOfA: number | null = -1;
    const failedOver = balancer.failOverAfter(2, b.url, async () => {
      exitOfA = await a.stop();
    });
    const before = balancer.batches.length;
    await browser.context.setOffline(false);
    await failedOver;
    await expect.poll(() => queued(kiosk), { timeout: 60_000 }).toBe(0);
    expect(exitOfA).toBe(0);

    expect(balancer.errors).toEqual([]);
    const batches = balancer.batches.slice(before);
    const lost = batches.find((x) => x.answerLost)!;
    expect(batches.map((x) => [x.upstream, x.voteIds.length, x.answerLost])).toEqual([
      [a.url, 100, false],
      [a.url, 100, true],
      // The same batch again, now to b: the terminal never learnt that a had stored it.
      [b.url, 100, false],
      [b.url, 50, false],
    ]);
    expect(batches[2]!.voteIds).toEqual(lost.voteIds);
    // a stored the lost batch; b recognised every vote of it as already stored, and stored the rest once.
    expect(lost.receipts.map((r) => r.status)).toEqual(Array(100).fill('stored'));
    expect(batches[2]!.receipts.map((r) => r.status)).toEqual(Array(100).fill('already-stored'));
    const storedReceipts = batches.flatMap((x) => x.receipts.filter((r) => r.status === 'stored').map((r) => r.id));
    expect(storedReceipts.sort()).toEqual(backlog.map((v) => v.id).sort());

    // In the database: every vote the terminal collected, once, and rollups that count each once.
    const ids = await storedIds();
    expect(ids).toHaveLength(collected.length);
    expect(new Set(ids)).toEqual(new Set(collected));
    expect(await rollupDifferences(store.db)).toEqual([]);

    // And the report collector b serves over those days counts them all, face by face.
    const from = localBucket(new Date(start), 'Europe/Rome').day;
    const res = await fetch(`${b.url}${apiPaths.officeReport(counter.officeId)}?from=${from}&to=${today()}`, { headers: { cookie: `${SESSION_COOKIE}=${admin.sessionId}` } });
    expect(res.status).toBe(200);
    const report = (await res.json()) as OfficeReport;
    expect(report.totals.total).toBe(BACKLOG + 1);
    expect(report.totals.faces).toMatchObject({ positivo: Math.ceil(BACKLOG / 3) + 1, sufficiente: Math.ceil((BACKLOG - 1) / 3), negativo: Math.floor(BACKLOG / 3) });
  });

  // docs/deploy.md: a handshake refused while the database does not answer is final for socket.io's own
  // reconnection; the dashboard's live worker (kiosk/dashboard/live-worker.ts) asks again by itself.
  it('brings a dashboard\'s live link back by itself after it reconnected while PostgreSQL refused connections', async () => {
    const day = today();
    const dashboard = await browser.context.newPage();
    try {
      // Signed in already: the session made through collector b, whose cookie the browser sends to the balancer's address too.
      await browser.context.addCookies([{ name: SESSION_COOKIE, value: admin.sessionId, url: balancer.url }]);
      await dashboard.goto(`${balancer.url}${PAGES.dashboard}?office=${counter.officeId}&from=${day}&to=${day}`);
      const live = () => dashboard.getByTestId('live-indicator').getAttribute('data-status');
      await expect.poll(live, { timeout: 20_000 }).toBe('live');

      const outage = await postgresOutage(postgres.url);
      try {
        await outage.refuse(true);
        // A network blip meanwhile: the live link reconnects, and its handshake needs the database. Dropped
        // again at each look: a link still upgrading from polling to WebSocket when the first drop came
        // carries on over the new WebSocket, which needs no handshake, and would never go offline.
        await expect
          .poll(
            () => {
              balancer.dropConnections();
              return live();
            },
            { timeout: 20_000, interval: 1_000 },
          )
          .toBe('offline');
        // Long enough for socket.io to have tried (and been refused): without the worker's retry, it stays offline.
        await new Promise((r) => setTimeout(r, 3_000));
      } finally {
        await outage.end();
      }
      await expect.poll(live, { timeout: 40_000 }).toBe('live');
    } finally {
      await dashboard.close();
    }
  });
});
