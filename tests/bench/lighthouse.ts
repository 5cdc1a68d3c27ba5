// `npm run lighthouse`: Lighthouse 12 (mobile) on the paired terminal, the dashboard's sign-in page and its report (signed in), against a fresh collector on 127.0.0.1; scores for docs/accessibility.md.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFrontEnd } from '../../server/build-front-end';
import { SESSION_COOKIE } from '../../server/contract/auth';
import { seedDemoHistory } from '../../server/demo/seed-demo-history';
import { presetPeriod, todayIn } from '../../kiosk/dashboard/period';
import { apiPaths, PAGES } from '../../server/contract/api';
import { DEMO } from '../../server/store/seed-demo';
import { startCollector } from '../e2e/helpers/collector';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

/** Lighthouse's own wait for a page (its default, 45 s, would hold a page whose socket keeps polling). */
const MAX_WAIT_MS = 30_000;
/** One page's whole run, Chromium included: a hung run fails with its name instead of printing nothing. */
const RUN_TIMEOUT_MS = 300_000;

/**
 * Lighthouse on one page, in a child process. Not spawnSync: the collector runs in this process,
 * and a blocked event loop would never answer the page (Lighthouse then saw a blank page, NO_FCP).
 */
async function lighthouse(name: string, url: string, headers?: Record<string, string>, mustRequest?: RegExp): Promise<Record<string, number>> {
  const out = path.join(os.tmpdir(), `lh-${process.pid}-${Date.now()}.json`);
  const started = Date.now();
  process.stdout.write(`lighthouse: ${name}… `);
  const child = spawn(
    process.execPath,
    [
      path.resolve('node_modules/lighthouse/cli/index.js'),
      url,
      // LIGHTHOUSE_VERBOSE=1 prints Lighthouse's own progress, to see where a page stalls.
      process.env.LIGHTHOUSE_VERBOSE ? '--verbose' : '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${FLAGS}`,
      `--max-wait-for-load=${MAX_WAIT_MS}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      // LIGHTHOUSE_PROFILE=1 with LIGHTHOUSE_KEEP: the page's trace too, with the JS profiler's samples, to read its
      // long tasks function by function (the sampling slows the page: its scores are not the page's).
      ...(process.env.LIGHTHOUSE_KEEP && process.env.LIGHTHOUSE_PROFILE ? ['--save-assets', '--additional-trace-categories=disabled-by-default-v8.cpu_profiler'] : []),
      ...(headers ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
    // Killed on its timeout, Lighthouse leaves its Chromium behind (its profile folder names it).
    spawnSync('pkill', ['-f', 'user-data-dir=/tmp/lighthouse\\.']);
  }, RUN_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  if (timedOut) throw new Error(`lighthouse on ${name} did not finish in ${RUN_TIMEOUT_MS / 1000} s`);
  if (code !== 0) throw new Error(`lighthouse failed on ${name} (exit ${code})`);
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; title: string; details?: { items?: { url?: string }[] } }>;
  };
  // LIGHTHOUSE_KEEP=DIR keeps each page's whole report (JSON), to read its metrics and audits.
  const keep = process.env.LIGHTHOUSE_KEEP;
  if (keep) {
    fs.mkdirSync(keep, { recursive: true });
    const base = name.replace(/\W+/g, '-');
    fs.copyFileSync(out, path.join(keep, `${base}.json`));
    const trace = out.replace(/\.json$/, '-0.trace.json');
    if (fs.existsSync(trace)) fs.renameSync(trace, path.join(keep, `${base}.trace.json`));
    fs.rmSync(out.replace(/\.json$/, '-0.devtoolslog.json'), { force: true });
  }
  fs.rmSync(out, { force: true });
  // The page measured must be the one meant (signed in, the report loaded), not a sign-in form instead.
  const urls = (report.audits['network-requests']?.details?.items ?? []).map((i) => i.url ?? '');
  if (mustRequest && !urls.some((u) => mustRequest.test(u))) throw new Error(`lighthouse on ${name}: the page never requested ${mustRequest}`);
  // What cost points outside performance, so docs/accessibility.md can say why a score is not 100.
  const lost = Object.entries(report.categories)
    .filter(([id]) => id !== 'performance')
    .flatMap(([, c]) => c.auditRefs.filter((r) => r.weight > 0 && (report.audits[r.id]?.score ?? 1) < 1).map((r) => `${r.id}: ${report.audits[r.id]?.title}`));
  const scores = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
  console.log(`${((Date.now() - started) / 1000).toFixed(0)} s ${JSON.stringify(scores)}`);
  for (const line of lost) console.log(`  below 100 for: ${line}`);
  return scores;
}

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-lh-dist-'));
await buildFrontEnd(dist);
const collector = await startCollector(dist);
// The year of votes `npm start` seeds: the report measured is the one a manager opens, not the
// "nobody voted" card an empty office shows (which the run measured until 29 November 2026).
if (!(await seedDemoHistory(collector.store.db))) throw new Error('the demo history was not seeded: the report would be measured empty');
{
  // The period the page opens on (the last 30 days, the demo's offices in Rome): it must hold votes, or an empty card is measured.
  const office = DEMO.offices[0]!;
  const { from, to } = presetPeriod('last30', todayIn('Europe/Rome'));
  const res = await collector.adminFetch(`${apiPaths.officeReport(office.id)}?from=${from}&to=${to}`);
  const total = res.ok ? ((await res.json()) as { totals: { total: number } }).totals.total : 0;
  if (total === 0) throw new Error(`the report of ${from}..${to} has no votes (${res.status}): the page would show an empty card`);
}
try {
  // A pairing link, as staff open it on a new device: Lighthouse's fresh profile enrols on load.
  const terminal = await lighthouse('terminal (pairing link, then the faces)', await collector.pairingUrl(DEMO.terminals[1]!.id));
  const signIn = await lighthouse('dashboard sign-in', `${collector.url}${PAGES.dashboard}`);
  // Signed in through the session cookie. Lighthouse's fresh profile has no stored language, so
  // this is the Italian report; the English one is checked by axe in tests/e2e/dashboard-english.
  const cookie = { Cookie: `${SESSION_COOKIE}=${collector.admin.sessionId}` };
  const report = await lighthouse('dashboard report (signed in)', `${collector.url}${PAGES.dashboard}?office=${DEMO.offices[0]!.id}`, cookie, /\/api\/v1\/offices\/[^/]+\/report/);
  console.log(JSON.stringify({ terminal, dashboardSignIn: signIn, dashboardReport: report }, null, 2));
} finally {
  await collector.close();
  fs.rmSync(dist, { recursive: true, force: true });
}
