// The report a manager acts on, against a real collector with real votes: the first screen's figures are the API's, the administration's offices side by side, the bulletin; axe finds nothing on any of them, at a laptop's and a phone's width.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exportPaths } from '../../server/contract/exports';
import { apiPaths, PAGES } from '../../server/contract/api';
import type { AdministrationReport, Bulletin } from '../../server/contract/levels';
import type { OfficeReport } from '../../server/contract/report';
import { DEMO } from '../../server/store/seed-demo';
import { indexInterval, percent, shareInterval } from '../../kiosk/dashboard/figures';
import { lastWholeMonth } from '../../kiosk/dashboard/report-levels';
import { axeViolations } from './helpers/axe';
import { launchBrowser, type Browser } from './helpers/browser';
import { useAdminSession } from './helpers/pages';
import { today } from './helpers/report';
import { seedTotemVotes } from './helpers/seed-votes';
import { useStage } from './helpers/stage';

const stage = useStage();
const office = DEMO.offices[0]!.id;
const administration = DEMO.administration.id;
/** Set SHOTS_DIR to keep a full-page screenshot of each view looked at (never inside the repository). */
const SHOTS_DIR = process.env.SHOTS_DIR;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
let from = '';
let to = '';

beforeAll(async () => {
  // Forty days of votes on the demo totem, five a day, one negative in five.
  await seedTotemVotes(stage.collector, 40, 5);
  const { adminFetch } = stage.collector;
  const hours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ from: '08:30', to: '13:00' }]]));
  await adminFetch(apiPaths.office(office), { method: 'PATCH', body: JSON.stringify({ openingHours: { ...hours, sat: [], sun: [] } }) });
  await adminFetch(apiPaths.service(DEMO.services[1]!.id), { method: 'PATCH', body: JSON.stringify({ standard: { minPositivePct: 80 } }) });
  // People served at the counter for Anagrafe on ten past days: participation has something to divide by.
  const entries = Array.from({ length: 10 }, (_, i) => ({ serviceId: DEMO.services[0]!.id, day: day(-1 - i), served: 20 }));
  const served = await adminFetch(apiPaths.officePeopleServed(office), { method: 'PUT', body: JSON.stringify({ entries }) });
  expect(served.status).toBe(200);
  to = today();
  from = day(-29);
});

async function api<T>(pathAndQuery: string): Promise<T> {
  const res = await stage.collector.adminFetch(pathAndQuery);
  expect(res.status, pathAndQuery).toBe(200);
  return (await res.json()) as T;
}

async function shot(page: Page, name: string) {
  if (!SHOTS_DIR) return;
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}

/** Nothing sideways: the page is as wide as the window. */
async function expectNoSideways(page: Page, what: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, what).toBeLessThanOrEqual(clientWidth);
}

async function expectClean(page: Page, what: string) {
  expect(await axeViolations(page), what).toEqual([]);
}

const text = (page: Page, testId: string) => page.getByTestId(testId).first().evaluate((el) => el.textContent!.replace(/\s+/g, ' ').trim());

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

    it('the first screen says what the API says: verdict, comparisons, services worst first, charter, data quality', async () => {
      const report = await api<OfficeReport>(`${apiPaths.officeReport(office)}?from=${from}&to=${to}`);
      expect(report.totals.total).toBeGreaterThan(100);
      await page.goto(`${stage.collector.url}${PAGES.dashboard}?office=${office}&from=${from}&to=${to}`);
      await page.locator('[data-testid="report"][data-state="ready"]').waitFor();

      const share = report.score.positiveShare;
      expect(await page.getByTestId('headline-share').getAttribute('data-value')).toBe(String(share.value));
      expect(await page.locator('[data-testid="headline-share"] .figure-value').innerText()).toBe(percent(share.value));
      expect(await text(page, 'headline-share-basis')).toBe(`${report.score.votes} giudizi · ${shareInterval(share)}`);
      expect(await text(page, 'headline-index-basis')).toBe(`${report.score.votes} giudizi · ${indexInterval(report.score.index)}`);
      for (const c of report.comparisons) {
        const line = page.getByTestId(`compare-${c.kind}-share`);
        expect(await line.getAttribute('data-tested')).toBe(String(c.positiveShare.note === null));
        if (c.positiveShare.note === null) expect(await line.getAttribute('data-significant')).toBe(String(c.positiveShare.significant));
      }
      const rows = page.getByTestId('service-verdict');
      expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-service-id')))).toEqual(report.byService.map((s) => s.serviceId));
      expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-small')))).toEqual(report.byService.map((s) => String(s.score.positiveShare.smallSample)));
      const tributi = report.byService.find((s) => s.serviceId === DEMO.services[1]!.id)!;
      expect(tributi.charter).not.toBeNull();
      expect(await page.locator(`[data-testid="service-verdict"][data-service-id="${tributi.serviceId}"] [data-testid="service-charter"]`).getAttribute('data-verdict')).toBe(tributi.charter!.verdict);
      expect(await page.getByTestId('data-quality').getAttribute('data-late')).toBe(String(report.dataQuality.lateVotes));
      expect(await page.getByTestId('data-quality').getAttribute('data-redated')).toBe(String(report.dataQuality.redatedVotes));
      expect(await page.getByTestId('data-quality').getAttribute('data-open')).toBe('true');

      // The heatmap's cells are the report's, opening hours drawn from its own flags.
      const cells = await page.getByTestId('heat-cell').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-weekday')}:${e.getAttribute('data-hour')}:${e.getAttribute('data-votes')}:${e.getAttribute('data-open')}`));
      const shown = new Set(cells);
      for (const c of report.heatmap.cells.filter((c) => c.votes > 0 || c.open)) expect(shown.has(`${c.weekday}:${c.hour}:${c.votes}:${c.open}`), `${c.weekday} ${c.hour}`).toBe(true);
      expect(await page.getByTestId('outside-opening').getAttribute('data-votes')).toBe(String(report.heatmap.outsideOpening.votes));
      expect(await page.getByTestId('participation-rate').getAttribute('data-value')).toBe(String(report.participation.total.rate));

      await expectNoSideways(page, 'office report');
      await expectClean(page, 'office report');
      await page.getByTestId('heatmap-negative').click();
      await page.locator('[data-testid="how-to-read"] summary').click();
      await expectClean(page, 'office report, heatmap of negatives, explanations open');
      await shot(page, `${size.width}-office-report`);
    });

    it('an administration: its offices side by side, ranked as the API ranks them', async () => {
      const report = await api<AdministrationReport>(`${apiPaths.administrationReport(administration)}?from=${from}&to=${to}`);
      await page.goto(`${stage.collector.url}${PAGES.dashboard}?office=${office}&from=${from}&to=${to}`);
      await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
      await page.getByTestId('level-administration').click();
      await page.locator('[data-testid="administration-report"][data-state="ready"]').waitFor();
      expect(new URL(page.url()).searchParams.get('level')).toBe('administration');
      expect(new URL(page.url()).searchParams.get('administration')).toBe(administration);

      const rows = page.locator('[data-testid="ranked-offices"] [data-testid="ranked-row"]');
      expect(await rows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-key'), e.getAttribute('data-rank')]))).toEqual(report.offices.map((o) => [o.officeId, o.rank === null ? '' : String(o.rank)]));
      // San Rocco's counter has no votes: listed, greyed, unranked.
      expect(report.offices.find((o) => o.officeId === DEMO.offices[1]!.id)?.rank).toBeNull();
      expect(await page.getByTestId('headline-share').getAttribute('data-value')).toBe(String(report.score.positiveShare.value));
      await expectNoSideways(page, 'administration report');
      await expectClean(page, 'administration report');
      await shot(page, `${size.width}-administration-report`);

      await page.getByTestId('level-installation').click();
      await page.locator('[data-testid="installation-report"][data-state="ready"]').waitFor();
      await expectNoSideways(page, 'installation report');
      await expectClean(page, 'installation report');
      await shot(page, `${size.width}-installation-report`);

      // A period without votes: said plainly.
      await page.goto(`${stage.collector.url}${PAGES.dashboard}?level=administration&administration=${administration}&from=2020-01-01&to=2020-01-31`);
      await page.locator('[data-testid="administration-report"][data-state="empty"]').waitFor();
      await expectClean(page, 'administration report without votes');
    });

    it('the bulletin of the last whole month and of a year, as the API gives it', async () => {
      const month = lastWholeMonth(today());
      const bulletin = await api<Bulletin>(`${apiPaths.administrationBulletin(administration)}?month=${month}`);
      await page.goto(`${stage.collector.url}${PAGES.dashboard}?level=administration&administration=${administration}&from=${from}&to=${to}`);
      await page.locator('[data-testid="administration-report"][data-state="ready"]').waitFor();
      await page.getByTestId('view-bulletin').click();
      await page.locator('[data-testid="bulletin"][data-state="ready"]').waitFor();
      expect(new URL(page.url()).searchParams.get('month')).toBe(month);
      expect(bulletin.votes).toBeGreaterThan(0);
      expect(await page.getByTestId('bulletin-votes').getAttribute('data-value')).toBe(String(bulletin.votes));
      expect(await page.getByTestId('bulletin-running').getAttribute('data-value')).toBe(String(bulletin.runningTotal));
      expect(await page.getByTestId('bulletin-weekly').getAttribute('data-value')).toBe(String(bulletin.weeklyAverage));
      for (const k of ['administrations', 'offices', 'counters', 'terminals'] as const) expect(await page.getByTestId(`reported-${k}`).getAttribute('data-value'), k).toBe(String(bulletin.reported[k]));
      expect(await page.getByTestId('bulletin-channel').evaluateAll((els) => els.map((e) => [e.getAttribute('data-channel'), e.getAttribute('data-votes')]))).toEqual(bulletin.byChannel.map((c) => [c.channel, String(c.votes)]));
      // Its one-page PDF, for the month shown and in the page's language, downloads as a PDF.
      const pdfLink = page.getByTestId('bulletin-pdf');
      expect(await pdfLink.getAttribute('href')).toBe(`${exportPaths.administrationBulletinPdf(administration)}?month=${month}&lang=it`);
      const pdf = await page.request.get(new URL((await pdfLink.getAttribute('href'))!, page.url()).href);
      expect([pdf.status(), pdf.headers()['content-type']]).toEqual([200, 'application/pdf']);
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
      await expectNoSideways(page, 'bulletin');
      await expectClean(page, 'bulletin of a month');
      await shot(page, `${size.width}-bulletin-month`);

      // A year long before the first vote: an empty bulletin, still clean.
      await page.getByTestId('bulletin-yearly').click();
      await page.getByTestId('bulletin-year').selectOption(String(Number(today().slice(0, 4)) - 10));
      await page.locator('[data-testid="bulletin"][data-state="ready"]').waitFor();
      await expect.poll(() => page.getByTestId('bulletin-votes').getAttribute('data-value')).toBe('0');
      await expectClean(page, 'bulletin without votes');
      await shot(page, `${size.width}-bulletin-empty`);
    });
  });
}
