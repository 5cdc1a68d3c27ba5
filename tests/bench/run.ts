// `npm run bench`: builds the front-ends once, then prints each measurement as a ratio against a baseline taken in the same run.
// `npm run bench:capacity` (argument `capacity`, optionally followed by measurement names) runs only the collector's capacity, which needs no front-end.
// `npm run bench:reports` (argument `reports`) runs only the reports at national scale, without the front-end build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFrontEnd } from '../../server/build-front-end';
import { measureBundles, type Sizes } from './bundle-size';
import { CAPACITY_STEPS, measureCapacity, type CapacityStep } from './capacity/capacity';
import { measureIngest } from './ingest';
import { measureKioskSync, type SyncObservation } from './kiosk-sync';
import { LIVE_TARGET_P95_MS, measureLatency, percentile, TAP_TARGET_P95_MS } from './latency';
import { measureReportSpeed, TARGET_MS, TARGET_SPEEDUP } from './national/report-speed';
import { BenchFailure, kb, median, ms, now, ratio, spread } from './stats';
import { BATCH, VOTES } from './votes';

/** Rounds per timed measurement: enough for a median on a shared 2-core machine, few enough for ~1-2 minutes in all. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The terminal's own code (JS + CSS, gzip) should fit in this, for cheap tablets on an office link. */
const TERMINAL_BUDGET_BYTES = 60 * 1024;
/** Beyond this the terminal did not react to the network coming back: the sync time then measures a timer. */
const REACTION_LIMIT_MS = 1_000;
/** Rounds of the capacity measurements that take several: each starts collectors and moves tens of thousands of votes. */
const CAPACITY_RUNS = Math.min(RUNS, 3);

const summary: string[] = [];
const failures: string[] = [];

function say(line: string): void {
  console.log(line);
}

const kinds = (s: Sizes) => {
  const of = (re: RegExp) => kb(s.files.filter((f) => re.test(f.file)).reduce((a, f) => a + f.gzip, 0));
  return `HTML ${of(/\.html$/)}, CSS ${of(/\.css$/)}, JS ${of(/\.js$/)}`;
};
const fileList = (s: Sizes) => s.files.map((f) => `${path.basename(f.file)} ${kb(f.gzip)}`).join(', ');

function bundleSection(distDir: string): void {
  const r = measureBundles(distDir);
  say('\n== bundle size (gzip level 9, node:zlib; sizes are deterministic, measured once)');
  const pageLine = `terminal page load: ${kb(r.terminal.gzip)} gzip in ${r.terminal.files.length} files (${kinds(r.terminal)}), baseline dashboard page ${kb(r.dashboard.gzip)}, ratio ${ratio(r.terminal.gzip, r.dashboard.gzip)}`;
  say(pageLine);
  say(`  terminal: ${fileList(r.terminal)}`);
  say(`  dashboard: ${fileList(r.dashboard)}`);
  const over = r.terminalCode.gzip > TERMINAL_BUDGET_BYTES;
  const budgetLine = `terminal JS+CSS: ${kb(r.terminalCode.gzip)} gzip, budget ${kb(TERMINAL_BUDGET_BYTES)}, ratio ${ratio(r.terminalCode.gzip, TERMINAL_BUDGET_BYTES)}${over ? ' OVER BUDGET' : ' (within budget)'}`;
  say(budgetLine);
  const swLine = `service worker + Workbox runtime: ${kb(r.serviceWorker.gzip)} gzip (${fileList(r.serviceWorker)})`;
  say(swLine);
  const dup = r.precache.duplicates.length > 0 ? `; listed twice in sw.js: ${r.precache.duplicates.join(', ')}` : '';
  const precacheLine = `precache (dist/sw.js): ${r.precache.sizes.files.length} files, ${kb(r.precache.sizes.raw)} raw, ${kb(r.precache.sizes.gzip)} gzip${dup}`;
  say(precacheLine);
  summary.push(pageLine, budgetLine, swLine, precacheLine.replace(/; listed twice.*/, ''));
}

async function ingestSection(distDir: string): Promise<void> {
  say(`\n== collector ingest: ${VOTES} votes, HTTP on 127.0.0.1, ${VOTES / BATCH} sequential POSTs of ${BATCH}, fresh collector per run`);
  const r = await measureIngest(distDir, RUNS);
  const subject = median(r.subject);
  const baseline = median(r.baseline);
  const line =
    `collector ingest of ${VOTES} votes: ${ms(subject)} (median of ${RUNS}), baseline raw better-sqlite3 insert ${ms(baseline)}, ratio ${ratio(subject, baseline)}; ` +
    `${Math.round(VOTES / (subject / 1000)).toLocaleString('en-US')} votes/s`;
  say(line);
  say(`  runs: collector ${spread(r.subject)} ms; raw SQLite (one transaction, WAL, synchronous=FULL) ${r.baseline.map((x) => x.toFixed(1)).join(', ')} ms`);
  summary.push(line);
}

function describeReaction(obs: SyncObservation[]): string {
  const first = median(obs.map((o) => o.firstPostMs));
  const online = obs.filter((o) => o.onlineEventMs !== null).length;
  return `first POST ${ms(first)} after the network came back (median); 'online' event fired in ${online} of ${obs.length} runs`;
}

async function kioskSection(distDir: string): Promise<void> {
  say(`\n== kiosk sync: ${VOTES} pending votes in the terminal's IndexedDB, page reloaded offline, then the network comes back`);
  const r = await measureKioskSync(distDir, RUNS);
  const subject = median(r.subject);
  const baseline = median(r.baseline);
  const line = `kiosk sync of ${VOTES} queued votes: ${ms(subject)} (median of ${RUNS}), baseline direct POST ${ms(baseline)}, ratio ${ratio(subject, baseline)}`;
  say(line);
  say(`  runs: sync ${spread(r.subject)} ms; baseline (fetch from the same page, ${VOTES / BATCH} x ${BATCH}) ${spread(r.baseline)} ms`);
  const obs = r.observations;
  say(`  ${describeReaction(obs)}`);
  const inFlight = median(obs.map((o) => o.inFlightMs));
  const failed = obs.flatMap((o, i) => o.failed.map((f) => `run ${i + 1}: ${f}`));
  say(
    `  requests per sync: ${spread(obs.map((o) => o.requests))}; failed POSTs: ${failed.length === 0 ? 'none' : failed.join('; ')}; ` +
      `votes resent after an answer: ${obs.reduce((a, o) => a + o.resent, 0)}; ` +
      `POSTs in flight ${ms(inFlight)} of ${ms(subject)} (the rest is the terminal between requests: IndexedDB, status refresh)`,
  );
  say(`  waiting count reached 0 on screen ${ms(median(obs.map((o) => o.counterLagMs)))} after the last row was stored (median)`);
  summary.push(line);
  const slow = obs.filter((o) => !(o.firstPostMs <= REACTION_LIMIT_MS));
  if (slow.length > 0) {
    const warning = `WARNING: in ${slow.length} of ${obs.length} runs the terminal took over ${ms(REACTION_LIMIT_MS)} to start sending: the sync time then measures a timer, not the sync`;
    say(`  ${warning}`);
    summary.push(warning);
  }
}

/** Samples per latency measurement: each tap waits out "Grazie!" (4 s), so 25 taps take about two minutes. */
const LATENCY_SAMPLES = Number(process.env.BENCH_LATENCY_SAMPLES ?? 25);

async function latencySection(distDir: string): Promise<void> {
  say(`\n== latency (issue 9): ${LATENCY_SAMPLES} taps on a paired counter terminal with the CPU throttled 4x, once it has settled, and ${LATENCY_SAMPLES} votes to a watching dashboard`);
  const r = await measureLatency(distDir, LATENCY_SAMPLES);
  const verdict = (p95: number, target: number) => (p95 <= target ? 'PASS' : 'MISS');
  const tap95 = percentile(r.tap, 95);
  const floor95 = percentile(r.tapFloor, 95);
  const tapLine = `tap to "Grazie!" (CPU 4x): median ${ms(median(r.tap))}, p95 ${ms(tap95)}; baseline bare button p95 ${ms(floor95)}, ratio ${ratio(tap95, floor95)}; target p95 <= ${TAP_TARGET_P95_MS} ms ${verdict(tap95, TAP_TARGET_P95_MS)}`;
  const live95 = percentile(r.live, 95);
  const post95 = percentile(r.liveFloor, 95);
  const liveLine = `vote to a watching dashboard: median ${ms(median(r.live))}, p95 ${ms(live95)}; baseline the vote's POST p95 ${ms(post95)}, ratio ${ratio(live95, post95)}; target p95 < ${LIVE_TARGET_P95_MS} ms ${live95 < LIVE_TARGET_P95_MS ? 'PASS' : 'MISS'}`;
  say(tapLine);
  say(`  taps: ${spread(r.tap)} ms; bare button ${spread(r.tapFloor)} ms`);
  say(liveLine);
  say(`  votes: ${spread(r.live)} ms; POSTs ${spread(r.liveFloor)} ms`);
  summary.push(tapLine, liveLine);
}

async function reportsSection(): Promise<void> {
  say(`\n== reports at national scale: the real report builders against GROUP BY over raw votes; target < ${TARGET_MS} ms and >= ${TARGET_SPEEDUP}x faster`);
  const results = await measureReportSpeed(RUNS, say);
  summary.push(...results.map((r) => r.line));
}

/** `npm run bench:capacity -- storm backlog` runs only those measurements (names in CAPACITY_STEPS). */
function capacitySteps(names: readonly string[]): CapacityStep[] {
  if (names.length === 0) return [...CAPACITY_STEPS];
  const unknown = names.filter((n) => !(CAPACITY_STEPS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new BenchFailure(`unknown capacity measurement ${unknown.join(', ')}: choose among ${CAPACITY_STEPS.join(', ')}`);
  return names as CapacityStep[];
}

async function capacitySection(only: readonly CapacityStep[] = CAPACITY_STEPS): Promise<void> {
  say('\n== capacity (issue 7): collectors in processes of their own, on fresh stores; every figure against a baseline taken in this run');
  summary.push(...(await measureCapacity(CAPACITY_RUNS, say, recordFailure, only)));
}

function recordFailure(name: string, e: unknown): void {
  const message = e instanceof BenchFailure ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
  say(`FAILED ${name}: ${message}`);
  failures.push(`${name}: ${message.split('\n')[0]}`);
}

async function section(name: string, fn: () => Promise<void> | void): Promise<void> {
  try {
    await fn();
  } catch (e) {
    recordFailure(name, e);
  }
}

async function main(): Promise<number> {
  const started = now();
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new BenchFailure(`BENCH_RUNS must be a positive integer, not "${process.env.BENCH_RUNS}"`);
  say(`gradimento bench: Node ${process.version}, ${os.cpus().length} CPUs; timings are ratios against a baseline measured in this run`);
  if (process.argv[2] === 'capacity') {
    const only = capacitySteps(process.argv.slice(3));
    await section('capacity', () => capacitySection(only));
    return finish(started);
  }
  if (process.argv[2] === 'latency') {
    const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-bench-dist-'));
    try {
      await buildFrontEnd(distDir);
      await section('latency', () => latencySection(distDir));
    } finally {
      fs.rmSync(distDir, { recursive: true, force: true });
    }
    return finish(started);
  }
  if (process.argv[2] === 'reports') {
    await section('reports at national scale', reportsSection);
    return finish(started);
  }
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-bench-dist-'));
  try {
    const buildStart = now();
    await buildFrontEnd(distDir);
    say(`front-end built once with Vite in ${(((now() - buildStart) / 1000)).toFixed(1)} s`);
    await section('bundle size', () => bundleSection(distDir));
    await section('collector ingest', () => ingestSection(distDir));
    await section('kiosk sync', () => kioskSection(distDir));
    await section('latency', () => latencySection(distDir));
  } finally {
    fs.rmSync(distDir, { recursive: true, force: true });
  }
  await section('capacity', capacitySection);
  await section('reports at national scale', reportsSection);
  return finish(started);
}

function finish(started: number): number {
  say('\n== summary');
  for (const line of summary) say(`  ${line}`);
  for (const f of failures) say(`  FAILED ${f}`);
  say(`  ${failures.length === 0 ? 'all measurements taken' : `${failures.length} measurement(s) failed`} in ${((now() - started) / 1000).toFixed(0)} s`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`bench FAILED: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
