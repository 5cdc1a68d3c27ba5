// The terminal outside opening hours in a real Chromium against a real collector: open or closed read on the collector's clock when the device's is wrong.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiPaths } from '../../server/contract/api';
import { WEEKDAYS, type OpeningHours } from '../../server/contract/opening-hours';
import { DEMO } from '../../server/store/seed-demo';
import { useStage } from './helpers/stage';

const stage = useStage({ width: 1280, height: 800 });
const [, counter] = DEMO.terminals;
const PIN = '482913';
const TEN_HOURS_MS = 10 * 3_600_000;

/** Every day open for an hour either side of `at`, office-local (Europe/Rome, as the demo's offices), cut at midnight. */
function openAround(at: Date): OpeningHours {
  const [h, m] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at).split(':').map(Number) as [number, number];
  const minutes = h * 60 + m;
  const hhmm = (n: number) => `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
  const interval = { from: hhmm(Math.max(0, minutes - 60)), to: hhmm(Math.min(23 * 60 + 59, minutes + 60)) };
  return Object.fromEntries(WEEKDAYS.map((d) => [d, [interval]])) as OpeningHours;
}

async function setHours(officeId: string, openingHours: OpeningHours) {
  const res = await stage.collector.adminFetch(apiPaths.office(officeId), { method: 'PATCH', body: JSON.stringify({ openingHours, holidays: [] }) });
  expect(res.status).toBe(200);
}

/** A page whose device clock runs `aheadMs` ahead of the true time, from before the terminal's code runs. */
async function pageWithClockAhead(aheadMs: number): Promise<Page> {
  const page = await stage.browser.context.newPage();
  await page.addInitScript((ahead: number) => {
    const RealDate = Date;
    class AheadDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(RealDate.now() + ahead);
        else super(...(args as [string]));
      }
      static override now() {
        return RealDate.now() + ahead;
      }
    }
    globalThis.Date = AheadDate as DateConstructor;
  }, aheadMs);
  return page;
}

/** Five taps in the top-left corner and the PIN, as staff do; resolves with the panel open. */
async function openDiagnostics(page: Page) {
  for (let i = 0; i < 5; i++) await page.mouse.click(20, 20);
  await page.getByTestId('pin-submit').waitFor();
  await page.keyboard.type(PIN);
  await page.keyboard.press('Enter');
  await page.getByTestId('diagnostics-panel').waitFor({ timeout: 10_000 });
}

describe('the terminal outside opening hours', () => {
  it('a device clock 10 hours ahead: open and closed follow the collector\'s clock, not the device\'s', async () => {
    // Open now by the true time: the device's clock says ten hours later, when the office is closed.
    await setHours(counter!.officeId, openAround(new Date()));
    const page = await pageWithClockAhead(TEN_HOURS_MS);
    await page.goto(await stage.collector.pairingUrl(counter!.id));
    await page.getByTestId('face-positivo').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('office-closed').count()).toBe(0);

    // Open only ten hours from now: by the true time the office is closed, whatever the device's clock says.
    await setHours(counter!.officeId, openAround(new Date(Date.now() + TEN_HOURS_MS)));
    await page.reload();
    await page.getByTestId('office-closed').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('face-positivo').count()).toBe(0);

    // The screens no longer show the wrong clock, so the diagnostics say it, for staff to put right.
    const res = await stage.collector.adminFetch(apiPaths.terminal(counter!.id), { method: 'PATCH', body: JSON.stringify({ staffPin: PIN }) });
    expect(res.status).toBe(200);
    await openDiagnostics(page);
    expect(await page.getByTestId('diagnostics-clock').textContent()).toBe(
      'Orologio del dispositivo avanti di 10 h rispetto al collettore: apertura e chiusura dell’ufficio seguono l’ora del collettore. Correggi data e ora del dispositivo.',
    );
    await page.close();
  });
});
