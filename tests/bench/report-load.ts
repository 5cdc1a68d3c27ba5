// When an office manager's phone first shows the report's verdict, on two running collectors (two builds) loaded in turn on the same simulated phone: a slow 4G network and the CPU slowed 4x.
// Lighthouse simulates the network from a trace taken at full speed and did not see the requests the
// dashboard's entry script starts early (docs/accessibility.md); this loads the page on a really
// throttled connection instead. Usage, with two collectors started as `npm start` starts one:
//   npx tsx tests/bench/report-load.ts '[{"name":"before","base":"http://127.0.0.1:8795","email":"…","password":"…"},{"name":"after",…}]' [rounds]
// COLD=1 empties the browser's cache before each load (a first visit); otherwise the hashed files
// come from the cache, as for a manager who opened the dashboard before.
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../vitest.config';

interface Site {
  name: string;
  base: string;
  email: string;
  password: string;
}

/** Lighthouse's mobile profile: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up. */
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
const CPU_SLOWDOWN = 4;
/** The demo's first office, as `npm run lighthouse` opens it: no period in the address. */
const OFFICE = 'valdoria-municipio';

interface Load {
  /** From navigation start to the verdict's share of positive votes on screen, ms. */
  figure: number;
  /** Long tasks until the whole report is ready: their time beyond 50 ms each, ms. */
  blocking: number;
}

async function signIn(page: Page, site: Site): Promise<void> {
  await page.goto(`${site.base}/dashboard/`);
  await page.getByTestId('signin-email').fill(site.email);
  await page.getByTestId('signin-password').fill(site.password);
  await page.getByTestId('signin-submit').click();
  await page.locator('[data-testid="report"][data-state="ready"]').waitFor({ timeout: 60_000 });
}

async function load(page: Page, site: Site, cold: boolean): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  if (cold) await cdp.send('Network.clearBrowserCache');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  try {
    await page.goto(`${site.base}/dashboard/?office=${OFFICE}`);
    await page.locator('[data-testid="headline-share"] .figure-value').first().waitFor({ timeout: 60_000 });
    const figure = await page.evaluate(() => performance.now());
    await page.locator('[data-testid="report"][data-state="ready"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1_500);
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    return { figure, blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0) };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await cdp.detach();
  }
}

const sites = JSON.parse(process.argv[2] ?? '[]') as Site[];
const rounds = Number(process.argv[3] ?? 10);
if (sites.length < 2) throw new Error('give two collectors or more: [{"name","base","email","password"}, ...]');
const cold = process.env.COLD === '1';
// One browser, one context per collector: each keeps its own session cookie and cache.
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const pages = new Map<string, Page>();
  for (const site of sites) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await context.addInitScript(() => {
      const list: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = list;
      new PerformanceObserver((entries) => entries.getEntries().forEach((e) => list.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    await signIn(page, site);
    pages.set(site.name, page);
  }
  const loads = new Map<string, Load[]>(sites.map((s) => [s.name, []]));
  // In turn, and the order reversed every other round: a busy moment of the machine falls on both.
  for (let round = 0; round < rounds; round++) {
    for (const site of round % 2 ? [...sites].reverse() : sites) loads.get(site.name)!.push(await load(pages.get(site.name)!, site, cold));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`${rounds} loads each, ${cold ? 'cache emptied before each (a first visit)' : 'files from the cache (a returning manager)'}; network ${NETWORK.latency} ms, CPU ${CPU_SLOWDOWN}x`);
  for (const [name, list] of loads) {
    console.log(`${name}: verdict on screen at ${Math.round(median(list.map((l) => l.figure)))} ms (median; ${list.map((l) => Math.round(l.figure)).join(', ')}), blocking ${Math.round(median(list.map((l) => l.blocking)))} ms (median)`);
  }
} finally {
  await browser.close();
}
