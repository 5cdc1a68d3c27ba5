// `npm run soak`: 100,000 votes cast into one terminal profile's IndexedDB queue in real Chromium, then delivered to a real collector;
// prints the time and the IndexedDB requests of every 1,000 votes, so a cost that grows with the queue shows as a trend.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { openStore, type Store } from '../../server/store/database';
import { seedDemo } from '../../server/store/seed-demo';
import { launchBrowser } from '../e2e/helpers/browser';
import { countVotes } from '../bench/ingest';
import { BenchFailure, median } from '../bench/stats';
import { COUNTER } from '../bench/votes';
import type { SoakApi, SoakStep } from './page/soak-page';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Votes cast and then delivered on one profile: SOAK_VOTES overrides (a multiple of STEP). */
const VOTES = Number(process.env.SOAK_VOTES ?? 100_000);
const STEP = 1_000;
/** Votes per page.evaluate: progress lines between them, and no single call runs for many minutes. */
const CHUNK = 5_000;
/** Steps at each end of the run whose medians are compared. */
const ENDS = 10;

function say(line: string): void {
  console.log(line);
}

/** The soak page (tests/soak/page) built by Vite, as the terminal's own code is, into distDir/soak (served by page.route). */
async function buildSoakPage(distDir: string): Promise<void> {
  await build({
    configFile: false,
    root: path.join(HERE, 'page'),
    base: '/soak/',
    logLevel: 'warn',
    plugins: [preact()],
    build: { outDir: path.join(distDir, 'soak'), emptyOutDir: true, target: 'es2020' },
  });
}

/**
 * A collector on a fresh SQLite file with the demo installation (no front-ends).
 * The per-terminal rate limit is lifted: 100,000 votes are 1,000 batches of one terminal, and the
 * soak measures the terminal, not how long the collector makes it wait.
 */
async function startCollector(): Promise<{ url: string; store: Store; close(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-soak-'));
  const config = loadConfig({ DATA_DIR: dataDir, DIST_DIR: path.join(dataDir, 'no-front-end'), LOG_LEVEL: 'silent', PORT: '0', TERMINAL_RATE_LIMIT: '1000000' } as NodeJS.ProcessEnv, dataDir);
  const store = await openStore(config.dataDir);
  await seedDemo(store.db);
  const { app } = await buildApp(config, { store });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    store,
    async close() {
      await app.close();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function enrol(url: string, store: Store, terminalId: string): Promise<string> {
  const { issuePairingCode } = await import('../../server/auth/terminal-tokens');
  const { apiPaths } = await import('../../server/contract/api');
  const { code } = await issuePairingCode(store.db, terminalId, new Date());
  const res = await fetch(`${url}${apiPaths.enrolment}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  if (res.status !== 200) throw new BenchFailure(`enrolment answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

const perVote = (s: SoakStep) => Object.values(s.requests).reduce((a, n) => a + n, 0) / STEP;
const requestsText = (s: SoakStep) =>
  Object.entries(s.requests)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

/** First and last ENDS steps: medians of time and of IndexedDB requests per vote, and their ratio. */
function trend(name: string, steps: readonly SoakStep[]): string {
  const first = steps.slice(0, ENDS);
  const last = steps.slice(-ENDS);
  const a = median(first.map((s) => s.ms));
  const b = median(last.map((s) => s.ms));
  return (
    `${name}: ${Math.round(a)} ms per ${STEP.toLocaleString('en-US')} votes over the first ${ENDS.toLocaleString('en-US')} steps, ${Math.round(b)} ms over the last ${ENDS} (median), ratio ${(b / a).toFixed(2)}; ` +
    `IndexedDB requests per vote ${median(first.map(perVote)).toFixed(2)} then ${median(last.map(perVote)).toFixed(2)}`
  );
}

function progress(name: string, steps: readonly SoakStep[], from: number): void {
  for (let i = from; i < steps.length; i += CHUNK / STEP) {
    const group = steps.slice(i, i + CHUNK / STEP);
    const last = group[group.length - 1]!;
    say(`  ${name} ${last.votes.toLocaleString('en-US').padStart(7)}: ${group.map((s) => Math.round(s.ms)).join(' ')} ms per ${STEP}; requests per ${STEP} at the end: ${requestsText(last)}`);
  }
}

async function soakApi<T>(page: Page, fn: (soak: SoakApi, arg: any) => Promise<T>, arg?: unknown): Promise<T> {
  return page.evaluate(
    ([body, a]) => {
      const w = window as unknown as { soak: SoakApi };
      // The function travels as text: tsx keeps names in a helper the page lacks, so it is plain.
      return (new Function('soak', 'arg', `return (${body})(soak, arg)`) as (s: SoakApi, x: unknown) => Promise<T>)(w.soak, a);
    },
    [fn.toString(), arg] as const,
  );
}

async function main(): Promise<number> {
  if (!Number.isInteger(VOTES / STEP) || VOTES < STEP * ENDS) throw new BenchFailure(`SOAK_VOTES must be a multiple of ${STEP} and at least ${STEP * ENDS}`);
  const started = Date.now();
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-soak-dist-'));
  await buildSoakPage(distDir);
  const collector = await startCollector();
  const browser = await launchBrowser({ width: 800, height: 1280 });
  const problems: string[] = [];
  try {
    const token = await enrol(collector.url, collector.store, COUNTER.id);
    const page = await browser.context.newPage();
    // The collector serves only the product's own pages: the soak page is answered by the browser
    // itself, at the collector's origin, so the sync loop's requests go where a terminal's do.
    await page.route(`${collector.url}/soak/**`, async (route) => {
      const file = path.join(distDir, new URL(route.request().url()).pathname);
      if (!file.startsWith(path.join(distDir, 'soak')) || !fs.existsSync(file)) return route.fulfill({ status: 404 });
      const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
      return route.fulfill({ status: 200, contentType: type, body: fs.readFileSync(file) });
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
      else if (process.env.SOAK_VERBOSE && m.text().startsWith('soak:')) say(`  ${m.text()}`);
    });
    const opened = await page.goto(`${collector.url}/soak/index.html?terminal=${encodeURIComponent(COUNTER.id)}&token=${encodeURIComponent(token)}`);
    if (opened?.status() !== 200) throw new BenchFailure(`the soak page answered ${opened?.status()}`);
    await page.waitForFunction(() => 'soak' in window || 'soakError' in window, undefined, { timeout: 30_000 }).catch((e: unknown) => {
      throw new BenchFailure(`the soak page did not start: ${String(e)}; page errors: ${problems.join(' | ') || 'none'}`);
    });
    const bootError = await page.evaluate(() => (window as { soakError?: string }).soakError ?? null);
    if (bootError) throw new BenchFailure(`the soak page did not start: ${bootError}`);
    say(`gradimento kiosk queue soak: ${VOTES.toLocaleString('en-US')} votes on one Chromium profile (${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);

    say(`\n== cast: queue.record for each vote, the status corner on screen counting the queue after changes (timings per ${STEP.toLocaleString('en-US')})`);
    const cast: SoakStep[] = [];
    for (let done = 0; done < VOTES; done += CHUNK) {
      const n = Math.min(CHUNK, VOTES - done);
      const steps = await soakApi(page, (soak, a: { n: number; step: number; service: string }) => soak.enqueue(a.n, a.step, a.service), { n, step: STEP, service: COUNTER.services[0] });
      cast.push(...steps.map((s) => ({ ...s, votes: s.votes + done })));
      progress('cast', cast, cast.length - steps.length);
    }
    const queued = await soakApi(page, (soak) => soak.counts());
    if (queued.pending !== VOTES) throw new BenchFailure(`the queue holds ${queued.pending} pending votes after ${VOTES} were cast`);

    say(`\n== delivery: the terminal's sync loop, batches of its own size, until the queue is empty (timings per ${STEP.toLocaleString('en-US')} acknowledged)`);
    const before = await countVotes(collector.store);
    const drained = await soakApi(page, (soak, step: number) => soak.drain(step), STEP);
    progress('sent', drained.steps, 0);
    if (drained.outcome !== 'drained' || drained.sent !== VOTES) throw new BenchFailure(`the sync loop ended "${drained.outcome}" after ${drained.sent} of ${VOTES} votes`);
    const stored = (await countVotes(collector.store)) - before;
    if (stored !== VOTES) throw new BenchFailure(`the collector holds ${stored} new votes, the terminal cast ${VOTES}`);
    const left = await soakApi(page, (soak) => soak.counts());
    if (left.pending + left.open + left.held !== 0) throw new BenchFailure(`the queue still holds ${JSON.stringify(left)}`);
    if (problems.length > 0) throw new BenchFailure(`the page threw: ${problems.join(' | ')}`);

    say('\n== summary');
    say(`  ${trend('cast', cast)}`);
    say(`  ${trend('delivery', drained.steps)}`);
    say(`  every vote stored once: ${stored.toLocaleString('en-US')} new rows in the collector, ${drained.requests} POSTs, queue empty; ${Math.round((Date.now() - started) / 1000)} s in all`);
    return 0;
  } finally {
    await browser.close();
    await collector.close();
    fs.rmSync(distDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`soak FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
