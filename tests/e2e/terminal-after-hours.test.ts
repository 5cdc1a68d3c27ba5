// The terminal outside opening hours in a real Chromium against a real collector: open or closed read on the collector's clock when the device's is wrong, and a staff trial that records nothing.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiPaths } from '../../server/contract/api';
import { WEEKDAYS, type OpeningHours } from '../../server/contract/opening-hours';
import { DEMO } from '../../server/store/seed-demo';
import { axeViolations } from './helpers/axe';
import { openTerminal } from './helpers/pages';
import { useStage } from './helpers/stage';

const stage = useStage({ width: 1280, height: 800 });
const [totem, counter] = DEMO.terminals;
const PIN = '482913';
const TEN_HOURS_MS = 10 * 3_600_000;
const SHOTS = '/tmp/h1-shots';

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

/** The votes in the terminal's IndexedDB queue, whatever their state. */
function queuedVotes(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('gradimento-terminal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('votes').objectStore('votes').count();
          count.onsuccess = () => (open.result.close(), resolve(count.result));
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

async function storedVotes(): Promise<number> {
  const row = await stage.collector.store.db.selectFrom('votes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether two boxes share any pixel. */
function overlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The band sits wholly above every face, inside the viewport; a screenshot for a person to look at. */
async function bandClearOfFaces(page: Page, name: string) {
  await page.getByTestId('face-positivo').waitFor();
  const band = (await page.getByTestId('trial-band').boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(band.y).toBeGreaterThanOrEqual(0);
  expect(band.y + band.height).toBeLessThanOrEqual(viewport.height);
  const faces = page.locator('[data-testid^="face-"]');
  expect(await faces.count()).toBeGreaterThanOrEqual(3);
  for (const face of await faces.all()) {
    const box = (await face.boundingBox())!;
    expect(overlap(band, box), `${name}: the band covers ${await face.getAttribute('data-testid')}`).toBe(false);
    expect(box.y + box.height, `${name}: a face below the screen`).toBeLessThanOrEqual(viewport.height);
  }
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
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

  it('a trial from the diagnostics shows the citizens\' screens while closed, records and sends nothing, and ends back to «Ufficio chiuso»', async () => {
    // Closed all week but for Monday's first minute, as on an evening of installation.
    await setHours(totem!.officeId, { mon: [{ from: '00:00', to: '00:01' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] });
    const res = await stage.collector.adminFetch(apiPaths.terminal(totem!.id), { method: 'PATCH', body: JSON.stringify({ staffPin: PIN }) });
    expect(res.status).toBe(200);
    const page = await openTerminal(stage, totem!.id);
    const votesPosted: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === apiPaths.votes) votesPosted.push(r.url());
    });
    await page.getByTestId('office-closed').waitFor({ timeout: 20_000 });
    const before = await storedVotes();

    // The staff gesture and the PIN, then «Prova le schermate».
    await openDiagnostics(page);
    await page.getByTestId('diagnostics-trial').click();
    await expect.poll(() => page.getByTestId('trial-band').textContent()).toContain('Prova: i giudizi non vengono registrati');
    expect(await page.getByTestId('office-closed').count()).toBe(0);
    expect(await axeViolations(page), 'the trial\'s services under its band').toEqual([]);

    // The citizen's path: a language, a service, a red face, a reason, «Thank you!».
    await page.getByTestId('language-button').click();
    await page.getByTestId('language-en').click();
    await page.getByTestId('service-tile').first().click();
    await bandClearOfFaces(page, 'trial-faces-1280x800');
    await page.getByTestId('face-negativo').click();
    await page.locator('[data-testid^="reason-"]').first().click();
    await page.getByTestId('reasons-send').click();
    await page.getByTestId('thanks').waitFor();
    expect(await page.getByTestId('thanks').textContent()).toContain('Thank you!');
    await expect.poll(() => page.getByTestId('trial-band').isVisible()).toBe(true);
    // A green face too, which asks nothing more and is final at once.
    await page.getByTestId('service-tile').first().waitFor({ timeout: 20_000 });
    await page.getByTestId('service-tile').nth(1).click();
    await page.getByTestId('face-positivo').click();
    await page.getByTestId('thanks').waitFor();

    // On a phone the band still leaves every face in view and uncovered.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('service-tile').first().waitFor({ timeout: 20_000 });
    await page.getByTestId('service-tile').first().click();
    await bandClearOfFaces(page, 'trial-faces-390x844');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Nothing queued on the device, nothing sent, nothing stored, after time for a sync to have run.
    expect(await queuedVotes(page)).toBe(0);
    await page.waitForTimeout(3_000);
    expect(votesPosted).toEqual([]);
    expect(await storedVotes()).toBe(before);

    await page.getByTestId('trial-end').click();
    await page.getByTestId('office-closed').waitFor();
    expect(await page.getByTestId('trial-band').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/after-trial-closed.png` });
    await page.close();
  });
});
