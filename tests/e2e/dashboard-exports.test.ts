// The report files from the dashboard, in real Chromium against a real collector: the download buttons of the office and
// administration reports and the yearly report give the files the API serves; on paper (print media) no menu, form or button shows.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGES } from '../../server/contract/api';
import { exportPaths } from '../../server/contract/exports';
import { DEMO } from '../../server/store/seed-demo';
import { launchBrowser, type Browser } from './helpers/browser';
import { useAdminSession } from './helpers/pages';
import { today } from './helpers/report';
import { seedTotemVotes } from './helpers/seed-votes';
import { useStage } from './helpers/stage';
import { LOGO_PNG } from '../server/helpers/png-file';

const stage = useStage();
const office = DEMO.offices[0]!.id;
const administration = DEMO.administration.id;
/** Set SHOTS_DIR to keep a screenshot of each printed page looked at (never inside the repository). */
const SHOTS_DIR = process.env.SHOTS_DIR;
const from = new Date(Date.now() - 13 * 86_400_000).toISOString().slice(0, 10);
let to = '';

beforeAll(async () => {
  await seedTotemVotes(stage.collector, 14, 5);
  to = today();
});

async function shot(page: Page, name: string) {
  if (!SHOTS_DIR) return;
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}

/** Clicks a download link and returns what the browser saved: its suggested name and first bytes. */
async function download(page: Page, testId: string): Promise<{ name: string; head: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), head: fs.readFileSync(saved).subarray(0, 5).toString('latin1') };
}

/** Whether an element takes no room on the page (display none, or inside something that does). */
const hidden = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => (e as HTMLElement).offsetParent === null && getComputedStyle(e).position !== 'fixed'));

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

    it('office report: CSV, Excel and PDF buttons download the period\'s files', async () => {
      await page.goto(`${stage.collector.url}${PAGES.dashboard}?office=${office}&from=${from}&to=${to}`);
      await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
      // The dashboard is in Italian here: the files are asked for in Italian, by name.
      const query = `?from=${from}&to=${to}&lang=it`;
      expect(await page.getByTestId('export-csv').getAttribute('href')).toBe(`${exportPaths.officeCsv(office)}${query}`);
      expect(await page.getByTestId('export-xlsx').getAttribute('href')).toBe(`${exportPaths.officeXlsx(office)}${query}`);
      expect(await page.getByTestId('export-pdf').getAttribute('href')).toBe(`${exportPaths.officePdf(office)}${query}`);
      const base = `gradimento-${office}-${from}-${to}`;
      expect(await download(page, 'export-pdf')).toEqual({ name: `${base}.pdf`, head: '%PDF-' });
      // An XLSX is a zip file: "PK".
      expect(await download(page, 'export-xlsx')).toMatchObject({ name: `${base}.xlsx`, head: expect.stringMatching(/^PK/) });
      expect(await download(page, 'export-csv')).toMatchObject({ name: `${base}.csv`, head: expect.stringMatching(/^\uFEFF|^ï»¿/) });
    });

    it('office report on paper: no navigation, form or button; the period in words; charts inside the page', async () => {
      await page.emulateMedia({ media: 'print' });
      try {
        expect(await hidden(page, 'nav')).toEqual([true]);
        expect(await hidden(page, 'form.controls')).toEqual([true]);
        const buttons = await hidden(page, 'button, a.button, select, input');
        expect(buttons.length).toBeGreaterThan(5);
        expect(buttons.every(Boolean)).toBe(true);
        expect(await hidden(page, '[data-testid="exports"]')).toEqual([true]);
        expect(await page.getByTestId('printed-period').isVisible()).toBe(true);
        expect(await page.getByTestId('verdict').isVisible()).toBe(true);
        const width = await page.evaluate(() => document.documentElement.clientWidth);
        const canvases = await page.locator('canvas').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
        expect(canvases.length).toBeGreaterThan(0);
        for (const right of canvases) expect(right).toBeLessThanOrEqual(width);
        await shot(page, `${size.width}-office-print`);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
      // Back on screen, the buttons are there again.
      expect(await page.getByTestId('export-pdf').isVisible()).toBe(true);
    });

    it('the print button (Ctrl+P on a laptop) prints every chart drawn, those never scrolled to as well', async () => {
      await page.goto(`${stage.collector.url}${PAGES.dashboard}?office=${office}&from=${from}&to=${to}`);
      await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
      // A chart is built when its canvas nears the screen: at the top of the page some are not.
      const painted = () =>
        page.evaluate(() => [...document.querySelectorAll('canvas')].map((c) => c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.some((v) => v !== 0)));
      const before = await painted();
      expect(before.some((p) => !p), 'charts far below the first screen are built at once').toBe(true);
      // Printed from the browser's menu now, a chart not yet drawn says so on paper instead of an empty box.
      const notPrinted = () => page.locator('.chart-not-printed').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
      await page.emulateMedia({ media: 'print' });
      try {
        expect(await notPrinted()).toBe(before.filter((p) => !p).length);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
      // What the canvases hold when the browser's print begins (the dialog itself is not opened).
      await page.evaluate(() => {
        const w = window as unknown as { printedCharts?: boolean[] };
        window.print = () => {
          w.printedCharts = [...document.querySelectorAll('canvas')].map((c) => c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.some((v) => v !== 0));
        };
      });
      if (size.name === 'phone') await page.getByTestId('print').click();
      else await page.keyboard.press('Control+P');
      await page.waitForFunction(() => (window as unknown as { printedCharts?: boolean[] }).printedCharts !== undefined);
      const printed = await page.evaluate(() => (window as unknown as { printedCharts: boolean[] }).printedCharts);
      expect(printed.length).toBeGreaterThan(3);
      expect(printed.every(Boolean), 'a chart reached the paper empty').toBe(true);
      await page.emulateMedia({ media: 'print' });
      try {
        expect(await notPrinted()).toBe(0);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    });

    it('administration report: its own files, and the yearly report for a chosen year', async () => {
      await page.getByTestId('level-administration').click();
      await page.locator('[data-testid="administration-report"][data-state="ready"]').waitFor();
      // The dashboard is in Italian here: the files are asked for in Italian, by name.
      const query = `?from=${from}&to=${to}&lang=it`;
      expect(await page.getByTestId('export-csv').getAttribute('href')).toBe(`${exportPaths.administrationCsv(administration)}${query}`);
      expect(await page.getByTestId('export-xlsx').getAttribute('href')).toBe(`${exportPaths.administrationXlsx(administration)}${query}`);
      expect(await download(page, 'export-pdf')).toEqual({ name: `gradimento-${administration}-${from}-${to}.pdf`, head: '%PDF-' });

      const year = today().slice(0, 4);
      await page.getByTestId('yearly-year').selectOption(year);
      expect(await page.getByTestId('yearly-pdf').getAttribute('href')).toBe(`${exportPaths.yearlyPdf(administration)}?year=${year}&lang=it`);
      expect(await page.getByTestId('yearly-pdf').innerText()).toContain(year);
      expect(await download(page, 'yearly-pdf')).toEqual({ name: `gradimento-${administration}-anno-${year}.pdf`, head: '%PDF-' });
      expect(await download(page, 'yearly-xlsx')).toMatchObject({ name: `gradimento-${administration}-anno-${year}.xlsx`, head: expect.stringMatching(/^PK/) });
      await shot(page, `${size.width}-administration-screen`);

      await page.emulateMedia({ media: 'print' });
      try {
        expect(await hidden(page, '[data-testid="yearly-exports"], [data-testid="exports"], nav, form.controls')).toEqual([true, true, true, true]);
        expect(await page.getByTestId('ranked-offices').isVisible()).toBe(true);
        await shot(page, `${size.width}-administration-print`);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    });
  });
}

describe('the logo of the PDF reports, on the offices page', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser({ width: 1280, height: 800 });
    await useAdminSession(browser.context, stage.collector);
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('uploads a PNG, which then heads the PDF; refuses another type before sending it; removes it', async () => {
    await page.goto(`${stage.collector.url}${PAGES.dashboard}#/offices`);
    const state = page.getByTestId('report-logo-state');
    await expect.poll(() => state.getAttribute('data-present')).toBe('false');
    await page.getByTestId('report-logo-file').setInputFiles({ name: 'stemma.png', mimeType: 'image/png', buffer: LOGO_PNG });
    await expect.poll(() => state.getAttribute('data-present')).toBe('true');
    expect(await state.innerText()).toContain('PNG di 120 × 120 pixel');
    // The preview shows the stored image itself, decoded by the browser.
    await expect.poll(() => page.getByTestId('report-logo-preview').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(120);
    const pdf = await stage.collector.adminFetch(`${exportPaths.officePdf(office)}?from=${from}&to=${to}`);
    // The image is in the file: pdfkit writes it as an XObject of subtype Image.
    expect(Buffer.from(await pdf.arrayBuffer()).toString('latin1')).toMatch(/\/Subtype \/Image/);
    await shot(page, '1280-report-logo');

    await page.getByTestId('report-logo-file').setInputFiles({ name: 'stemma.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
    expect(await page.getByTestId('report-logo-problem').innerText()).toContain('non è un’immagine PNG o JPEG');
    expect(await state.getAttribute('data-present')).toBe('true');

    await page.getByTestId('report-logo-remove').click();
    await expect.poll(() => state.getAttribute('data-present')).toBe('false');
  });
});
