// A dashboard tab left open across a collector upgrade, in real Chromium against a real collector: the chunks it has
// not loaded yet are gone (404), so a management page says a new version is there, with «Ricarica» back to the same
// page, and a chart says so in its box; offline, the connection message stays, and «Riprova» reloads once back online.
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES } from '../../server/contract/api';
import { DEMO } from '../../server/store/seed-demo';
import { LOAD_FAILURE_LABELS as LF } from '../../kiosk/dashboard/load-failure-labels';
import { SESSION_LABELS } from '../../kiosk/dashboard/session-labels';
import { launchBrowser, type Browser } from './helpers/browser';
import { useAdminSession } from './helpers/pages';
import { seedTotemVotes } from './helpers/seed-votes';
import { useStage } from './helpers/stage';

const stage = useStage();
const office = DEMO.offices[0]!.id;
/** Screenshots to look at, outside the repository. */
const SHOTS_DIR = process.env.SHOTS_DIR ?? '/tmp/h14-shots';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await seedTotemVotes(stage.collector, 14, 5);
  // A phone: the report's charts all lie below its first screen, so Chart.js comes only when one is scrolled to.
  browser = await launchBrowser({ width: 390, height: 844 });
  await useAdminSession(browser.context, stage.collector);
});
afterAll(async () => {
  await browser?.close();
});

const reportUrl = () => `${stage.collector.url}${PAGES.dashboard}?office=${office}`;

async function openReport(): Promise<Page> {
  await page?.close();
  page = await browser.context.newPage();
  await page.goto(reportUrl());
  await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
  return page;
}

/**
 * What the collector serves once upgraded: the dashboard's page starts another entry script (a new build's hash),
 * and the old build's chunks matching `gone` are 404. Only the page's fetches see the new page: the tab itself keeps
 * running the old build, as a tab left open does.
 */
async function upgrade(p: Page, gone: string[]) {
  await p.route(`**${PAGES.dashboard}`, async (route: Route) => {
    if (route.request().resourceType() !== 'fetch') return route.continue();
    const res = await route.fetch();
    const html = (await res.text()).replace(/(src="\/assets\/dashboard-)[\w-]+(\.js")/, '$1NewBuild1$2');
    expect(html).toContain('dashboard-NewBuild1.js');
    await route.fulfill({ response: res, body: html });
  });
  for (const glob of gone) await p.route(glob, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
}

/** The network gone for the chunks and the page alike (the context's offline would stop the collector's answers too early here). */
async function cutNetwork(p: Page, chunks: string[]) {
  for (const glob of [`**${PAGES.dashboard}`, ...chunks]) await p.route(glob, (route) => route.abort('internetdisconnected'));
}

const ADMIN_CHUNK = '**/assets/dashboard-admin-*';
const CHART_CHUNKS = ['**/assets/dashboard-register-*', '**/assets/dashboard-charts-*'];

describe('a management page after an upgrade', () => {
  it('says a new version is available, and «Ricarica» lands on the same page', async () => {
    const p = await openReport();
    await upgrade(p, [ADMIN_CHUNK]);
    await p.evaluate(() => (location.hash = '#/offices'));
    const notice = p.getByTestId('new-version');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.locator('p').textContent()).toBe(LF.newVersion);
    expect(await p.getByText(SESSION_LABELS.pageLoadFailed).count()).toBe(0);
    const reload = notice.getByTestId('new-version-reload');
    expect(await reload.textContent()).toBe(LF.reload);
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    await p.screenshot({ path: path.join(SHOTS_DIR, 'management-new-version-390.png') });

    // The new build is what the collector serves now (this test's build, without the routes).
    await p.unrouteAll();
    await Promise.all([p.waitForEvent('load'), reload.click()]);
    expect(new URL(p.url()).hash).toBe('#/offices');
    await p.getByTestId('office-row').first().waitFor();
  });

  it('offline, keeps the connection message; «Riprova» says so while offline, and reloads the page once back', async () => {
    const p = await openReport();
    await cutNetwork(p, [ADMIN_CHUNK]);
    await p.evaluate(() => (location.hash = '#/offices'));
    const error = p.getByTestId('error');
    await error.waitFor();
    expect(await error.locator('p').first().textContent()).toBe(SESSION_LABELS.pageLoadFailed);
    expect(await p.getByTestId('new-version').count()).toBe(0);
    await error.getByRole('button').click();
    expect(await error.getByTestId('still-offline').textContent()).toBe(LF.stillOffline);

    await p.unrouteAll();
    await Promise.all([p.waitForEvent('load'), error.getByRole('button').click()]);
    expect(new URL(p.url()).hash).toBe('#/offices');
    await p.getByTestId('office-row').first().waitFor();
  });
});

describe('a chart after an upgrade', () => {
  const chartBox = (p: Page) => p.locator('.chart-box:has([data-testid="chart-trend"])');

  it('says in its box that a new version is available', async () => {
    const p = await openReport();
    await upgrade(p, CHART_CHUNKS);
    await p.getByTestId('chart-trend').scrollIntoViewIfNeeded();
    const notice = chartBox(p).getByTestId('new-version');
    await notice.waitFor();
    expect(await notice.locator('p').textContent()).toBe(LF.newVersion);
    // Every chart of the report says it at once: politely, or a screen reader hears one alert per chart.
    expect(await notice.getAttribute('role')).toBe('status');
    await p.emulateMedia({ media: 'print' });
    expect(await notice.isVisible()).toBe(false);
    await p.emulateMedia({ media: 'screen' });
    await notice.scrollIntoViewIfNeeded();
    await p.screenshot({ path: path.join(SHOTS_DIR, 'chart-new-version-390.png') });
  });

  it('offline, says to check the connection, and «Riprova» reloads the page once back: the chart is drawn', async () => {
    const p = await openReport();
    await cutNetwork(p, CHART_CHUNKS);
    await p.getByTestId('chart-trend').scrollIntoViewIfNeeded();
    const error = chartBox(p).getByTestId('error');
    await error.waitFor();
    expect(await error.locator('p').first().textContent()).toBe(LF.chartLoadFailed);
    await p.screenshot({ path: path.join(SHOTS_DIR, 'chart-offline-390.png') });

    await p.unrouteAll();
    await Promise.all([p.waitForEvent('load'), error.getByRole('button').click()]);
    await p.locator('[data-testid="report"][data-state="ready"]').waitFor();
    await p.getByTestId('chart-trend').scrollIntoViewIfNeeded();
    await expect.poll(() => p.getByTestId('chart-trend').evaluate((c) => (c as HTMLCanvasElement).dataset.drawn !== undefined)).toBe(true);
    expect(await chartBox(p).getByTestId('error').count()).toBe(0);
  });
});
