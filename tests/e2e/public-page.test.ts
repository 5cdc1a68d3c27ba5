// The public page in real Chromium: a year of votes published, read at a laptop's and a phone's width with no axe violation, embedded by another site (page in an iframe, badge in an <img>) while the dashboard refuses to be framed, and its settings on the dashboard.
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiPaths, PAGES } from '../../server/contract/api';
import { MAX_VOTES_PER_BATCH } from '../../server/contract/limits';
import { publicPaths } from '../../server/contract/public-page';
import { DEMO } from '../../server/store/seed-demo';
import { addMonths, lastCompleteMonth } from '../../server/public/window';
import { axeViolations } from './helpers/axe';
import { useAdminSession } from './helpers/pages';
import { useStage } from './helpers/stage';

const stage = useStage();
const VALDORIA = DEMO.administration.id;
const TOTEM = DEMO.terminals[0]!;
const COUNTER = DEMO.terminals[1]!;
/** Set SHOTS_DIR to keep a full-page screenshot of each state looked at (never inside the repository). */
const SHOTS_DIR = process.env.SHOTS_DIR;
const WIDTHS = [
  { name: '1280', width: 1280, height: 800 },
  { name: '390', width: 390, height: 844 },
] as const;
const FACES = ['positivo', 'positivo', 'positivo', 'sufficiente', 'positivo', 'negativo', 'positivo', 'sufficiente'] as const;

async function shot(p: Page, name: string) {
  if (!SHOTS_DIR) return;
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  // A bare SVG document has no page to scroll: Chromium's full-page capture of one never ends.
  const bare = await p.evaluate(() => document.documentElement.localName === 'svg');
  await p.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: !bare });
}

/**
 * Eleven complete months of votes, as terminals send them: many for anagrafe and tributi, fewer
 * for the others, and URP under the minimum sample, so the page shows figures, "campione
 * insufficiente" and "dato omesso". Deterministic, so a failing layout can be looked at again.
 */
async function seedYear(): Promise<void> {
  const { store, url } = stage.collector;
  const last = lastCompleteMonth(new Date());
  const perMonth: Record<string, number> = { [DEMO.services[0]!.id]: 70, [DEMO.services[1]!.id]: 45, [DEMO.services[2]!.id]: 31, [DEMO.services[3]!.id]: 34, [DEMO.services[4]!.id]: 6 };
  const batches: Record<string, object[]> = { [TOTEM.id]: [], [COUNTER.id]: [] };
  for (let m = 0; m < 11; m++) {
    const month = addMonths(last, -m);
    for (const [s, [serviceId, n]] of Object.entries(perMonth).entries()) {
      const count = n - ((m * 7 + s * 3) % 9);
      for (let k = 0; k < count; k++) {
        const face = FACES[(k + m + s) % FACES.length]!;
        const terminal = serviceId === DEMO.services[0]!.id && k % 3 === 0 ? COUNTER.id : TOTEM.id;
        batches[terminal]!.push({
          id: crypto.randomUUID(),
          serviceId,
          face,
          reasons: [],
          followUp: face === 'negativo' ? 'skipped' : 'not-asked',
          castAt: `${month}-${String(2 + (k % 25)).padStart(2, '0')}T09:${String(k % 60).padStart(2, '0')}:00.000Z`,
        });
      }
    }
  }
  for (const [terminalId, votes] of Object.entries(batches)) {
    const token = await stage.collector.deviceToken(terminalId);
    // Paired long ago: a terminal cannot have voted before its first pairing (such votes are re-dated).
    await store.db.updateTable('terminals').set({ first_enrolled_at: '2000-01-01T00:00:00.000Z' }).where('id', '=', terminalId).execute();
    for (let i = 0; i < votes.length; i += MAX_VOTES_PER_BATCH) {
      const res = await fetch(`${url}${apiPaths.votes}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ terminalId, votes: votes.slice(i, i + MAX_VOTES_PER_BATCH) }),
      });
      if (res.status !== 200) throw new Error(`votes answered ${res.status}: ${await res.text()}`);
    }
  }
}

async function setPublished(enabled: boolean) {
  const body = { enabled, licence: 'CC-BY-4.0', note: 'I giudizi si raccolgono con i totem all’ingresso della sede municipale e allo sportello di San Rocco.' };
  const res = await stage.collector.adminFetch(apiPaths.administrationPublicPage(VALDORIA), { method: 'PUT', body: JSON.stringify(body) });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  await seedYear();
  await setPublished(true);
});

describe('the public page', () => {
  for (const size of WIDTHS) {
    it(`at ${size.width} px: no axe violation, nothing wider than the screen, the figures and the suppressed cells in words`, async () => {
      const page = await stage.browser.context.newPage();
      try {
        await page.setViewportSize({ width: size.width, height: size.height });
        const res = await page.goto(`${stage.collector.url}${publicPaths.page(VALDORIA)}`);
        expect(res?.status()).toBe(200);
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Titillium Web');
        expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Titillium') && f.status === 'loaded'))).toBe(true);
        expect(await page.locator('h1').textContent()).toBe('Soddisfazione degli utenti');
        expect(await page.getByText('campione insufficiente').count()).toBeGreaterThan(0);
        // The page itself never scrolls sideways: a wide table scrolls inside its own box.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
        expect(await axeViolations(page), `public page at ${size.width} px`).toEqual([]);
        await shot(page, `${size.name}-public-page`);
      } finally {
        await page.close();
      }
    });
  }

  it('shows the badge with the last complete month\'s share', async () => {
    const page = await stage.browser.context.newPage();
    try {
      await page.goto(`${stage.collector.url}${publicPaths.badge(VALDORIA)}`);
      const label = await page.locator('svg').getAttribute('aria-label');
      expect(label).toMatch(/^Comune di Valdoria, \w+ \d{4}: \d+,\d% di giudizi positivi su [\d.]+ giudizi$/);
      await shot(page, 'badge');
    } finally {
      await page.close();
    }
  });
});

describe('on another site', () => {
  let site: Server;
  let siteUrl = '';
  beforeAll(async () => {
    // A comune's website on another origin (another port), with the code the dashboard offers.
    const collector = stage.collector.url;
    const html = `<!doctype html><html lang="it"><head><title>Comune di Valdoria</title></head><body>
<h1>Amministrazione trasparente</h1>
<a href="${collector}${publicPaths.page(VALDORIA)}"><img id="badge" src="${collector}${publicPaths.badge(VALDORIA)}" width="240" height="72" alt="Soddisfazione degli utenti"></a>
<iframe id="page" src="${collector}${publicPaths.page(VALDORIA)}" title="Pagina pubblica" width="100%" height="600"></iframe>
<iframe id="dashboard" src="${collector}${PAGES.dashboard}" title="Cruscotto" width="100%" height="300"></iframe>
</body></html>`;
    site = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as { port: number }).port}/`;
  });
  afterAll(async () => {
    // Chromium keeps its connections to the site open; close() alone would wait for them.
    site?.closeAllConnections();
    await new Promise((resolve) => site?.close(resolve));
  });

  it('shows the page in an iframe and the badge in an <img>; the dashboard stays out of frames', async () => {
    const page = await stage.browser.context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => m.type() === 'error' && refused.push(m.text()));
    try {
      await page.goto(siteUrl);
      await page.waitForLoadState('load');
      expect(await page.locator('#badge').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240);
      const publicFrame = page.frameLocator('#page');
      await expect.poll(() => publicFrame.locator('h1').textContent({ timeout: 5000 }).catch(() => null)).toBe('Soddisfazione degli utenti');
      // The dashboard's frame-ancestors 'none' leaves its frame empty, and Chromium says why.
      await expect.poll(() => refused.some((t) => /frame-ancestors/.test(t))).toBe(true);
      const dashboard = page.frames().find((f) => f.parentFrame() && f.name() === '' && f !== page.mainFrame() && !f.url().includes('/pubblico/'));
      expect(await dashboard?.evaluate(() => document.querySelector('#app, main')?.outerHTML ?? null).catch(() => null)).toBeNull();
      await shot(page, 'embedded');
    } finally {
      await page.close();
    }
  });
});

describe('the settings on the dashboard', () => {
  let page: Page;
  beforeAll(async () => {
    await useAdminSession(stage.browser.context, stage.collector);
    page = await stage.browser.context.newPage();
  });
  afterAll(async () => page?.close());

  const open = async () => {
    await page.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${VALDORIA}#/public-page`);
    await page.getByTestId('public-page-form').waitFor();
  };

  it('switch the page off and on, show the addresses, the badge and the code to embed', async () => {
    await open();
    expect(await page.getByTestId('nav-public-page').textContent()).toBe('Pagina pubblica');
    expect(await page.getByTestId('public-page-status').textContent()).toBe('Pubblicata');
    expect(await page.getByTestId('public-page-licence').inputValue()).toBe('CC-BY-4.0');
    const badge = page.getByTestId('public-page-badge');
    await expect.poll(() => badge.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240);
    const snippet = await page.getByTestId('public-embed-badge').inputValue();
    expect(snippet).toBe(
      `<a href="${stage.collector.url}${publicPaths.page(VALDORIA)}"><img src="${stage.collector.url}${publicPaths.badge(VALDORIA)}" width="240" height="72" alt="Soddisfazione degli utenti di Comune di Valdoria: vedi i risultati"></a>`,
    );
    expect(await page.getByTestId('public-embed-page').inputValue()).toContain(`<iframe src="${stage.collector.url}${publicPaths.page(VALDORIA)}" title="Soddisfazione degli utenti di Comune di Valdoria"`);

    await page.getByTestId('public-page-enabled').uncheck();
    await page.getByTestId('public-page-save').click();
    await expect.poll(() => page.getByTestId('public-page-status').textContent()).toBe('Non pubblicata');
    expect((await fetch(`${stage.collector.url}${publicPaths.page(VALDORIA)}`)).status).toBe(404);
    expect(await page.getByTestId('public-page-badge').count()).toBe(0);
    expect(await axeViolations(page), 'settings, switched off').toEqual([]);

    await page.getByTestId('public-page-enabled').check();
    await page.getByTestId('public-page-note').fill('Giudizi raccolti in municipio e a San Rocco.');
    await page.getByTestId('public-page-save').click();
    await expect.poll(() => page.getByTestId('public-page-status').textContent()).toBe('Pubblicata');
    expect(await page.getByTestId('public-page-saved').textContent()).toContain('Impostazioni salvate.');
    expect(((await (await fetch(`${stage.collector.url}${publicPaths.data(VALDORIA, 'json')}`)).json()) as { note: string }).note).toBe('Giudizi raccolti in municipio e a San Rocco.');
  });

  for (const size of WIDTHS) {
    it(`at ${size.width} px: no axe violation, nothing wider than the screen`, async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await open();
      await page.getByTestId('public-page-badge').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      expect(await axeViolations(page), `settings at ${size.width} px`).toEqual([]);
      await shot(page, `${size.name}-public-page-settings`);
    });
  }
});
