// The office report in real Chromium, with a QR code's vote cast on a phone through the mobile page and
// two taps on the counter: the faces beside the headline agree with it (33% positive, green 33%, not 34%),
// and the heatmap says the QR code's vote is neither in the map nor outside opening hours.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiPaths, PAGES } from '../../server/contract/api';
import type { ChannelPoint, CodeSheet } from '../../server/contract/channel-schemas';
import { DEMO } from '../../server/store/seed-demo';
import { useAdminSession } from './helpers/pages';
import { fetchReport, today } from './helpers/report';
import { useStage } from './helpers/stage';

const stage = useStage();
const SAN_ROCCO = DEMO.offices[1]!.id;
const COUNTER = DEMO.terminals[1]!;
const ANAGRAFE = DEMO.services[0]!;
/** Set SHOTS_DIR to keep a full-page screenshot of each size looked at (never inside the repository). */
const SHOTS_DIR = process.env.SHOTS_DIR;

async function shot(page: Page, name: string) {
  if (!SHOTS_DIR) return;
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}

async function api<T>(pathAndQuery: string, body: object): Promise<T> {
  const res = await stage.collector.adminFetch(pathAndQuery, { method: 'POST', body: JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`${pathAndQuery}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

beforeAll(async () => {
  // A citizen scans the code handed out at the counter and taps the green face on their phone.
  const point = await api<ChannelPoint>(apiPaths.officeChannelPoints(SAN_ROCCO), { kind: 'qr', serviceId: ANAGRAFE.id });
  const { codes } = await api<CodeSheet>(apiPaths.channelPointCodes(point.id), { count: 1 });
  const phone = await stage.browser.context.newPage();
  try {
    await phone.goto(codes[0]!.url.replace(/^https?:\/\/[^/]+/, stage.collector.url));
    await phone.getByTestId('face-positivo').click();
    await phone.locator('h1', { hasText: 'Grazie!' }).waitFor();
  } finally {
    await phone.close();
  }
  // Two others tap yellow and red on the counter.
  const token = await stage.collector.deviceToken(COUNTER.id);
  const now = new Date().toISOString();
  const votes = ['sufficiente', 'negativo'].map((face) => ({ id: crypto.randomUUID(), serviceId: ANAGRAFE.id, face, reasons: [], followUp: face === 'negativo' ? 'skipped' : 'not-asked', castAt: now }));
  const sent = await fetch(`${stage.collector.url}${apiPaths.votes}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ terminalId: COUNTER.id, votes }),
  });
  if (sent.status !== 200) throw new Error(`votes answered ${sent.status}: ${await sent.text()}`);
});

describe('the report of an office with a QR code\'s vote', () => {
  for (const size of [
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ]) {
    it(`at ${size.width} px: the faces agree with the headline, and the QR code's vote is said to be out of the hours`, async () => {
      const report = await fetchReport(stage.collector, SAN_ROCCO);
      expect(report.heatmap.notInHours).toEqual({ web: 0, qr: 1 });
      await useAdminSession(stage.browser.context, stage.collector);
      const page = await stage.browser.context.newPage();
      try {
        await page.setViewportSize(size);
        const day = today();
        await page.goto(`${stage.collector.url}${PAGES.dashboard}?office=${SAN_ROCCO}&from=${day}&to=${day}`);
        await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
        expect(await page.locator('[data-testid="headline-share"] .figure-value').textContent()).toBe('33%');
        expect(await page.getByTestId('share-positivo').getAttribute('data-percent')).toBe('33');
        expect(await page.getByTestId('share-sufficiente').getAttribute('data-percent')).toBe('34');
        expect(await page.getByTestId('share-negativo').getAttribute('data-percent')).toBe('33');
        expect(await page.getByTestId('heatmap-web').textContent()).toBe(
          'Il giudizio da un codice QR non è nella mappa né fuori orario: si vota dal proprio cellulare o computer, a qualunque ora e in qualunque giorno, e l’orario dell’ufficio non lo riguarda. È contato in tutto il resto del report.',
        );
        expect(await page.getByTestId('outside-opening').textContent()).toContain('Non quelli dal sito web e dai codici QR.');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
        await shot(page, `${size.width}-report-qr`);
      } finally {
        await page.close();
      }
    });
  }
});
