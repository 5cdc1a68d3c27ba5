// What a person sees, with a year of votes in a real collector: the report ends where its content ends and a phone never scrolls sideways; management buttons stay on screen.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiPaths, PAGES } from '../../server/contract/api';
import { DEMO } from '../../server/store/seed-demo';
import { signInWith } from './helpers/admin-ui';
import { launchBrowser, type Browser } from './helpers/browser';
import { useAdminSession } from './helpers/pages';
import { seedTotemVotes } from './helpers/seed-votes';
import { useStage } from './helpers/stage';

const stage = useStage();
const office = DEMO.offices[0]!.id;
/** In the other office, so the reports looked at here stay as they were: its clock is wrong. */
const wrongClock = DEMO.terminals[1]!;
/** Set SHOTS_DIR to keep a full-page screenshot of each page looked at (never inside the repository). */
const SHOTS_DIR = process.env.SHOTS_DIR;

/** The demo office's manager: the first-screen test signs in as them. */
const MANAGER = { email: 'responsabile.layout@valdoria.example.org', password: 'una password lunga per il layout' };

beforeAll(async () => {
  // Nearly a year (the collector re-dates votes older than 366 days): 360 days of the trend's table.
  await seedTotemVotes(stage.collector, 360, 4);
  const grants = [{ role: 'office_manager', administrationId: DEMO.administration.id, officeId: office }];
  const res = await stage.collector.adminFetch(apiPaths.users, { method: 'POST', body: JSON.stringify({ ...MANAGER, name: 'Responsabile Sede', grants }) });
  if (!res.ok) throw new Error(`creating the office manager answered ${res.status}: ${await res.text()}`);
  // A tablet whose clock battery went flat: the collector re-dates its votes to their arrival.
  const token = await stage.collector.deviceToken(wrongClock.id);
  const votes = [1, 2, 3].map(() => ({ id: crypto.randomUUID(), serviceId: wrongClock.services[0]!, face: 'positivo', reasons: [], followUp: 'not-asked', castAt: '1999-12-31T23:59:00.000Z' }));
  const sent = await fetch(`${stage.collector.url}${apiPaths.votes}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ terminalId: wrongClock.id, votes }),
  });
  if (sent.status !== 200) throw new Error(`votes answered ${sent.status}: ${await sent.text()}`);
});

interface Extent {
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  /** Bottom of the lowest thing drawn, in page coordinates. */
  contentBottom: number;
}

/** How big the page is against what it draws: only elements that take room and are not hidden on purpose count. */
const extent = (page: Page) =>
  page.evaluate((): Extent => {
    const root = document.documentElement;
    const drawn = [...document.querySelectorAll<HTMLElement>('#app *')].filter((el) => !el.closest('.visually-hidden') && el.getClientRects().length > 0);
    const contentBottom = Math.max(...drawn.map((el) => el.getBoundingClientRect().bottom + scrollY));
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, scrollHeight: root.scrollHeight, contentBottom };
  });

async function shot(page: Page, name: string) {
  if (!SHOTS_DIR) return;
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}

for (const size of [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const) {
  describe(`at ${size.width} px (${size.name})`, () => {
    let browser: Browser;
    let page: Page;
    beforeAll(async () => {
      browser = await launchBrowser({ width: size.width, height: size.height });
      await useAdminSession(browser.context, stage.collector);
      page = await browser.context.newPage();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('the first screen answers an office manager\'s "how are we doing?": the share of positive votes, without scrolling', async () => {
      // The office's manager, as the issue names them (an installation's admin has the report's level
      // and the first steps above it too).
      await browser.context.clearCookies();
      try {
        await page.goto(`${stage.collector.url}${PAGES.dashboard}`);
        await signInWith(page, MANAGER.email, MANAGER.password);
        await page.goto(`${stage.collector.url}${PAGES.dashboard}?office=${office}`);
        await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
        await page.evaluate(() => scrollTo(0, 0));
        await shot(page, `${size.width}-first-screen`);
        // The figure itself; its basis and comparisons may follow below the fold.
        const figure = (await page.locator('[data-testid="headline-share"] .figure-value').boundingBox())!;
        expect(figure.y + figure.height, 'bottom of the share of positive votes').toBeLessThanOrEqual(size.height);
      } finally {
        // The other tests here are the installation's admin.
        await browser.context.clearCookies();
        await useAdminSession(browser.context, stage.collector);
      }
    });

    it('a year’s report ends where its last card ends, and never scrolls sideways', async () => {
      const from = new Date(Date.now() - 359 * 86_400_000).toISOString().slice(0, 10);
      const to = new Date().toISOString().slice(0, 10);
      await page.goto(`${stage.collector.url}${PAGES.dashboard}?office=${office}&from=${from}&to=${to}`);
      await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
      await page.getByTestId('heatmap-table').waitFor();
      await page.getByTestId('chart-trend').waitFor();
      // The trend goes month by month over a year, as the collector chose; its table is there for screen readers...
      expect(await page.getByTestId('trend').getAttribute('data-unit')).toBe('month');
      expect(await page.locator('section:has([data-testid="chart-trend"]) tbody tr').count()).toBeGreaterThanOrEqual(12);
      // ...and takes no room: the page ends with its content (plus the page's bottom padding).
      const e = await extent(page);
      expect(e.scrollHeight).toBeLessThanOrEqual(Math.max(size.height, e.contentBottom + 40));
      expect(e.scrollWidth).toBeLessThanOrEqual(e.clientWidth);
      // Both dates inside their card.
      const card = (await page.locator('.controls').boundingBox())!;
      for (const id of ['period-from', 'period-to']) {
        const field = (await page.getByTestId(id).boundingBox())!;
        expect(field.x + field.width, id).toBeLessThanOrEqual(card.x + card.width);
      }
      await shot(page, `${size.width}-report-year`);
    });

    it(size.name === 'phone' ? 'the pages fold behind one Menu button naming the page open' : 'the pages are all in view, with no Menu button', async () => {
      await page.goto(`${stage.collector.url}${PAGES.dashboard}?office=${office}`);
      await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
      const toggle = page.getByTestId('nav-toggle');
      const services = page.getByTestId('nav-services');
      if (size.name === 'laptop') {
        expect(await toggle.isVisible()).toBe(false);
        expect(await services.isVisible()).toBe(true);
        return;
      }
      // Folded: the report starts in the first screen instead of below fifteen links.
      expect(await services.isVisible()).toBe(false);
      expect(await toggle.textContent()).toContain('Report');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect((await page.locator('.controls').boundingBox())!.y).toBeLessThan(size.height);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await services.click();
      await page.locator('[data-testid="page-services"] table').waitFor();
      // The page chosen: the list folds again and the button names it.
      expect(await services.isVisible()).toBe(false);
      expect(await toggle.textContent()).toContain('Servizi');
      await shot(page, `${size.width}-menu`);
    });

    for (const id of ['offices', 'services', 'terminals', 'people', 'audit', 'administrations'] as const) {
      it(`${id}: every button on screen, nothing sideways`, async () => {
        await page.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${DEMO.administration.id}#/${id}`);
        // The terminals page may open with the administration's terminals to check above its office's list: both count.
        await page.locator(`[data-testid="page-${id}"] table`).last().waitFor();
        const e = await extent(page);
        expect(e.scrollWidth).toBeLessThanOrEqual(e.clientWidth);
        const offScreen = await page.locator(`[data-testid="page-${id}"] table button`).evaluateAll((buttons) =>
          buttons.filter((b) => b.getBoundingClientRect().right > document.documentElement.clientWidth).map((b) => b.textContent),
        );
        expect(offScreen).toEqual([]);
        await shot(page, `${size.width}-${id}`);
      });
    }

    it('terminals: a wrong clock said in words with what to do, all of it on screen, nothing sideways', async () => {
      await page.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${DEMO.administration.id}#/terminals`);
      await page.getByTestId('terminal-office').selectOption(wrongClock.officeId);
      const row = page.locator(`[data-testid="terminal-row"][data-terminal-id="${wrongClock.id}"]`);
      const notice = row.getByTestId('terminal-clock');
      await notice.waitFor();
      expect(await notice.innerText()).toMatch(/^Orologio sbagliato\n3 giudizi ridatati negli ultimi 7 giorni, l’ultimo arrivato .+\.\nImposta data e ora del terminale/);
      const e = await extent(page);
      expect(e.scrollWidth).toBeLessThanOrEqual(e.clientWidth);
      // Every line of it inside the screen, and inside its row.
      const box = (await notice.boundingBox())!;
      const rowBox = (await row.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(Math.min(e.clientWidth, rowBox.x + rowBox.width));
      expect(await notice.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await notice.scrollIntoViewIfNeeded();
      await shot(page, `${size.width}-terminals-clock`);
    });

    it('reasons: each field named on screen, not only to screen readers, nothing sideways', async () => {
      await page.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${DEMO.administration.id}#/reasons`);
      await page.getByTestId('reason-row').first().waitFor();
      const e = await extent(page);
      expect(e.scrollWidth).toBeLessThanOrEqual(e.clientWidth);
      const first = page.getByTestId('reason-row').first();
      expect(await first.locator('.reason-field-name').allTextContents()).toEqual(['Motivazione 1', 'Dimensione della qualità']);
      for (const name of await first.locator('.reason-field-name').all()) expect(await name.isVisible()).toBe(true);
      await shot(page, `${size.width}-reasons`);
    });
  });
}
