// Kiosk sync: 1,000 votes queued in a real (enrolled) terminal page while offline, timed from "network back" to all stored; baseline plain fetch POSTs.
import type { Page, Request } from 'playwright-core';
import { VOTE_DB_NAME } from '../../kiosk/terminal/store/vote-db';
import { apiPaths } from '../../server/contract/api';
import type { Vote } from '../../server/contract/vote';
import { launchBrowser, type Browser } from '../e2e/helpers/browser';
import { startCollector, type RunningCollector } from '../e2e/helpers/collector';
import { countVotes } from './ingest';
import { alternateOnce, BenchFailure, now, waitUntil, type Paired } from './stats';
import { BATCH, COUNTER, VOTES, asQueued, makeVotes } from './votes';

const POLL_MS = 10;
const SYNC_TIMEOUT_MS = 60_000;

/** What the subject runs saw besides their time: how the terminal got going and what it sent. */
export interface SyncObservation {
  /** ms from setOffline(false) to the first vote POST leaving the page. */
  firstPostMs: number;
  /** ms from setOffline(false) to the page's 'online' event (null: it never fired). */
  onlineEventMs: number | null;
  requests: number;
  /** POSTs that got no answer (the network not quite back yet), with the browser's error text. */
  failed: string[];
  /** Sum over the POSTs of request sent to response read: the network and the collector. */
  inFlightMs: number;
  votesSent: number;
  /** Votes the terminal sent again after the collector had answered for them (harmless, but time spent). */
  resent: number;
  /** ms from all rows stored to the terminal showing 0 waiting. */
  counterLagMs: number;
}

export interface KioskSyncResult extends Paired {
  observations: SyncObservation[];
}

interface BenchWindow {
  __benchVotes?: Vote[];
  __benchOnlineAt?: number | null;
}

const waitingCount = (page: Page) =>
  page
    .getByTestId('status-waiting')
    .getAttribute('data-count', { timeout: 5_000 })
    .then((n) => (n === null ? Number.NaN : Number(n))); // no number until the queue is counted

/** Opens the counter terminal through a pairing link, as staff enrol one: it keeps its device token in IndexedDB. */
async function openTerminal(page: Page, collector: RunningCollector): Promise<void> {
  await page.goto(await collector.pairingUrl(COUNTER.id));
  await page.getByTestId('face-positivo').waitFor({ timeout: 20_000 });
  // The app shell must be in the service worker's hands before the network goes.
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 20_000 });
}

/** The device token the page received at enrolment (meta store, key "enrolment"): the baseline sends with the same one. */
async function pageToken(page: Page): Promise<string> {
  const token = await page.evaluate(
    (dbName) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('meta').objectStore('meta').get('enrolment');
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { token?: string } | undefined)?.token ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    VOTE_DB_NAME,
  );
  if (!token) throw new BenchFailure('the terminal page holds no device token after opening its pairing link');
  return token;
}

/** Writes pending votes straight into the terminal's queue, as if citizens had voted with the network down. */
async function enqueue(page: Page, votes: readonly Vote[]): Promise<void> {
  const records = asQueued(votes, COUNTER.id, Date.now());
  // No named inner functions here: tsx's keepNames would wrap them in a __name() the page lacks.
  await page.evaluate(
    ([dbName, rows]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('votes', 'readwrite');
          for (const row of rows) tx.objectStore('votes').add(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [VOTE_DB_NAME, records] as const,
  );
}

async function storedIds(collector: RunningCollector, ids: readonly string[]): Promise<number> {
  const row = await collector.store.db
    .selectFrom('votes')
    .where('id', 'in', ids.map((id) => id.toLowerCase()))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Sum of the per-face aggregates: a vote counted twice would show here even with a unique id. */
async function countedVotes(collector: RunningCollector): Promise<number> {
  const row = await collector.store.db
    .selectFrom('face_counts')
    .select((eb) => eb.fn.sum<number>('count').as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n ?? 0);
}

async function syncRun(browser: Browser, page: Page, collector: RunningCollector, observations: SyncObservation[]): Promise<number> {
  const votes = makeVotes(VOTES);
  const before = await countVotes(collector.store);
  await browser.context.setOffline(true);
  await enqueue(page, votes);
  // A reboot of the terminal with the network still down: the service worker serves the page.
  await page.reload();
  await page.getByTestId('face-positivo').waitFor({ timeout: 20_000 });
  await waitUntil(async () => (await waitingCount(page)) === VOTES, `the terminal to show ${VOTES} votes waiting`, 20_000, 50);
  await page.evaluate(() => {
    const w = window as BenchWindow;
    w.__benchOnlineAt = null;
    window.addEventListener('online', () => (w.__benchOnlineAt = performance.now()), { once: true });
  });
  if ((await countVotes(collector.store)) !== before) throw new BenchFailure('votes reached the collector while the terminal was offline');

  let start = now();
  const posts = new Map<Request, { at: number; done: number | null; failure: string | null; ids: string[] }>();
  const isVotePost = (req: Request) => req.method() === 'POST' && req.url().endsWith(apiPaths.votes);
  const onRequest = (req: Request) => {
    if (!isVotePost(req)) return;
    const body = req.postDataJSON() as { votes?: Vote[] } | null;
    posts.set(req, { at: now(), done: null, failure: null, ids: (body?.votes ?? []).map((v) => v.id) });
  };
  const onFinished = (req: Request) => {
    const post = posts.get(req);
    if (!post) return;
    post.done = now();
    const failure = req.failure();
    if (failure) post.failure = `${failure.errorText} at +${Math.round(post.at - start)} ms`;
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFinished);
  try {
    const pageClockAtStart = await page.evaluate(() => performance.now());
    start = now();
    await browser.context.setOffline(false);
    const end = await waitUntil(async () => (await countVotes(collector.store)) >= before + VOTES, `${VOTES} votes stored by the collector`, SYNC_TIMEOUT_MS, POLL_MS);
    const elapsed = end - start;
    const cleared = await waitUntil(async () => (await waitingCount(page)) === 0, 'the terminal to show 0 votes waiting', 30_000, POLL_MS);

    const total = await countVotes(collector.store);
    if (total !== before + VOTES) throw new BenchFailure(`collector holds ${total - before} new votes, expected ${VOTES}`);
    const mine = await storedIds(collector, votes.map((v) => v.id));
    if (mine !== VOTES) throw new BenchFailure(`only ${mine} of the ${VOTES} queued votes are in the collector`);
    const counted = await countedVotes(collector);
    if (counted !== total) throw new BenchFailure(`aggregates count ${counted} votes but the votes table holds ${total}: some vote was counted twice or not at all`);
    const list = [...posts.values()];
    const answered = list.filter((p) => p.failure === null).flatMap((p) => p.ids);
    const onlineAt = await page.evaluate(() => (window as BenchWindow).__benchOnlineAt ?? null);
    observations.push({
      firstPostMs: list[0] ? list[0].at - start : Number.NaN,
      onlineEventMs: onlineAt === null ? null : onlineAt - pageClockAtStart,
      requests: list.length,
      inFlightMs: list.reduce((sum, p) => sum + ((p.done ?? p.at) - p.at), 0),
      votesSent: list.reduce((n, p) => n + p.ids.length, 0),
      failed: list.flatMap((p) => (p.failure === null ? [] : [p.failure])),
      resent: answered.length - new Set(answered).size,
      counterLagMs: cleared - end,
    });
    return elapsed;
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onFinished);
    page.off('requestfailed', onFinished);
  }
}

/** Baseline: the same page POSTs 1,000 fresh votes with fetch, 10 sequential batches of 100, no IndexedDB. */
async function baselineRun(page: Page, collector: RunningCollector, token: string): Promise<number> {
  const votes = makeVotes(VOTES);
  await page.evaluate((v) => void ((window as BenchWindow).__benchVotes = v), votes);
  const before = await countVotes(collector.store);
  const start = now();
  const posting = page.evaluate(
    async ([path, terminalId, size, bearer]) => {
      const all = (window as BenchWindow).__benchVotes ?? [];
      const statuses: number[] = [];
      for (let i = 0; i < all.length; i += size) {
        const res = await fetch(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${bearer}` },
          body: JSON.stringify({ terminalId, votes: all.slice(i, i + size) }),
          cache: 'no-store',
        });
        await res.text();
        statuses.push(res.status);
      }
      return statuses;
    },
    [apiPaths.votes, COUNTER.id, BATCH, token] as const,
  );
  // Stopped the same way as the sync: when the collector holds the rows.
  const end = await waitUntil(async () => (await countVotes(collector.store)) >= before + VOTES, `${VOTES} baseline votes stored`, SYNC_TIMEOUT_MS, POLL_MS);
  const statuses = await posting;
  if (statuses.some((s) => s !== 200)) throw new BenchFailure(`baseline POSTs answered ${statuses.join(', ')}`);
  if ((await countVotes(collector.store)) !== before + VOTES) throw new BenchFailure('baseline stored a different number of votes than it sent');
  return end - start;
}

/**
 * One collector for all rounds (counts are taken relative to the start of each run), but a fresh
 * browser profile per round: 1,000 adds and deletes per sync leave IndexedDB slower for the next
 * round in the same profile (its LevelDB keeps the deletions until it compacts), and the runs must
 * not depend on one another. Each profile enrols afresh through a pairing link, which retires the
 * previous round's token, as pairing a replacement device does.
 */
export async function measureKioskSync(distDir: string, runs: number): Promise<KioskSyncResult> {
  const collector = await startCollector(distDir);
  const observations: SyncObservation[] = [];
  const problems: string[] = [];
  try {
    const result: Paired = { baseline: [], subject: [] };
    for (let round = 0; round < runs; round++) {
      const browser = await launchBrowser({ width: 800, height: 1280 });
      try {
        const page = await browser.context.newPage();
        page.on('pageerror', (e) => problems.push(String(e)));
        await openTerminal(page, collector);
        const token = await pageToken(page);
        // Baseline first on even rounds, sync first on odd ones, so drifting noise falls on both.
        const one = await alternateOnce(round, () => baselineRun(page, collector, token), () => syncRun(browser, page, collector, observations));
        result.baseline.push(one.baseline);
        result.subject.push(one.subject);
      } finally {
        await browser.close();
      }
    }
    if (problems.length > 0) throw new BenchFailure(`the terminal page threw: ${problems.join(' | ')}`);
    return { ...result, observations };
  } finally {
    await collector.close();
  }
}
