// The terminal in a real Chromium against a real collector: heartbeats reach the dashboard's API, five corner taps and the PIN open diagnostics, axe finds nothing on any terminal screen, and the sign-in page fetches no Chart.js.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiPaths, PAGES } from '../../server/contract/api';
import { DEMO } from '../../server/store/seed-demo';
import { axeViolations } from './helpers/axe';
import { openTerminal } from './helpers/pages';
import { useStage } from './helpers/stage';

const stage = useStage({ width: 1280, height: 800 });
const [totem, counter] = DEMO.terminals;
const PIN = '482913';

async function setTerminal(terminalId: string, body: object) {
  const res = await stage.collector.adminFetch(apiPaths.terminal(terminalId), { method: 'PATCH', body: JSON.stringify(body) });
  expect(res.status).toBe(200);
}

/** Five quick taps in the top-left corner, as staff do. */
async function cornerTaps(page: Page) {
  for (let i = 0; i < 5; i++) await page.mouse.click(20, 20);
}

describe('a terminal\'s health and diagnostics in Chromium', () => {
  it('sends heartbeats the management API lists with the terminal', async () => {
    const page = await openTerminal(stage, counter!.id);
    await page.getByTestId('face-positivo').waitFor();
    await expect
      .poll(async () => {
        const list = (await (await stage.collector.adminFetch(apiPaths.officeTerminals(counter!.officeId))).json()) as Array<{ id: string; health: { silent: boolean; appVersion: string } | null }>;
        return list.find((t) => t.id === counter!.id)?.health ?? null;
      }, { timeout: 20_000 })
      .toMatchObject({ silent: false, appVersion: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    await page.close();
  });

  it('five taps in the corner and the PIN open diagnostics; a wrong PIN does not; send now and close work', async () => {
    await setTerminal(counter!.id, { staffPin: PIN });
    const page = await openTerminal(stage, counter!.id);
    await page.getByTestId('face-positivo').waitFor();
    // Four taps do nothing; a tap elsewhere starts the count again.
    for (let i = 0; i < 4; i++) await page.mouse.click(20, 20);
    await page.mouse.click(600, 20);
    await page.mouse.click(20, 20);
    expect(await page.getByTestId('diagnostics').count()).toBe(0);
    await cornerTaps(page);
    await page.getByTestId('pin-submit').waitFor();
    expect(await axeViolations(page), 'PIN pad').toEqual([]);
    for (const d of '111111') await page.getByTestId(`pin-${d}`).click();
    await page.getByTestId('pin-submit').click();
    await expect.poll(() => page.getByTestId('pin-message').textContent(), { timeout: 10_000 }).toBe('PIN errato.');
    expect(await page.getByTestId('diagnostics-panel').count()).toBe(0);
    // Typed on a keyboard (or external keypad) this time: the digits go to the PIN, not to the faces behind.
    await page.keyboard.type(PIN);
    await page.keyboard.press('Enter');
    await page.getByTestId('diagnostics-panel').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('diagnostics-version').textContent()).toMatch(/Versione dell’app: \d+\.\d+\.\d+/);
    // "…" until the queue has been counted (never a 0 it has not read).
    await expect.poll(() => page.getByTestId('diagnostics-queue').textContent()).toBe('In coda: 0 da inviare, 0 trattenuti');
    expect(await axeViolations(page), 'diagnostics').toEqual([]);
    await page.getByTestId('diagnostics-sync').click();
    await expect.poll(() => page.getByTestId('diagnostics-sync-note').textContent()).toBe('Niente da inviare.');
    await page.getByTestId('diagnostics-close').click();
    expect(await page.getByTestId('diagnostics').count()).toBe(0);
    // No vote was cast by the PIN's digits.
    const report = (await (await stage.collector.adminFetch(`${apiPaths.officeReport(counter!.officeId)}?from=${new Date().getFullYear()}-01-01&to=${new Date().getFullYear()}-12-31`)).json()) as { totals: { total: number } };
    expect(report.totals.total).toBe(0);
    await page.close();
  });

  it('a clock a year ahead: the collector counts the vote at its arrival, and diagnostics tell staff to fix the clock', async () => {
    await setTerminal(counter!.id, { staffPin: PIN });
    const page = await stage.browser.context.newPage();
    // The device's clock set a year ahead, before the terminal's code runs.
    await page.addInitScript(() => {
      const RealDate = Date;
      const ahead = 366 * 86_400_000;
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
    });
    await page.goto(await stage.collector.pairingUrl(counter!.id));
    await page.waitForFunction(() => !location.search.includes('pair='), undefined, { timeout: 15_000 });
    const year = new Date().getFullYear();
    const total = async () => ((await (await stage.collector.adminFetch(`${apiPaths.officeReport(counter!.officeId)}?from=${year}-01-01&to=${year}-12-31`)).json()) as { totals: { total: number } }).totals.total;
    const before = await total();
    await page.getByTestId('face-positivo').click();
    // Counted this year, at its arrival: the terminal said next year.
    await expect.poll(total, { timeout: 20_000 }).toBe(before + 1);
    await page.getByTestId('face-positivo').waitFor({ timeout: 20_000 });
    await cornerTaps(page);
    await page.getByTestId('pin-submit').waitFor();
    await page.keyboard.type(PIN);
    await page.keyboard.press('Enter');
    await page.getByTestId('diagnostics-panel').waitFor({ timeout: 10_000 });
    // The time shown is the collector's (today), not this clock's (a year and a day ahead).
    const today = new Date().toLocaleString('it-IT', { day: '2-digit', month: '2-digit' });
    expect(await page.getByTestId('diagnostics-redated').textContent()).toMatch(
      new RegExp(`^Orologio del terminale sbagliato: il collettore ha contato 1 giudizio all’ora d’arrivo, non a quella del terminale \\(l’ultimo arrivato ${today}, \\d\\d:\\d\\d:\\d\\d, ora del collettore\\)\\. Correggi data e ora del dispositivo\\.$`),
    );
    expect(await axeViolations(page), 'diagnostics with the clock warning').toEqual([]);
    await page.getByTestId('diagnostics-close').click();
    await page.close();
  });

  it('a vote held by an earlier refusal goes again from diagnostics, and is counted once', async () => {
    const page = await openTerminal(stage, counter!.id);
    await page.getByTestId('face-positivo').waitFor();
    const year = new Date().getFullYear();
    const total = async () => ((await (await stage.collector.adminFetch(`${apiPaths.officeReport(counter!.officeId)}?from=${year}-01-01&to=${year}-12-31`)).json()) as { totals: { total: number } }).totals.total;
    const before = await total();
    // As a collector of an earlier version left it: refused, then held on the device for staff.
    await page.evaluate(
      ({ terminalId, serviceId }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('gradimento-terminal');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('votes', 'readwrite');
            const castAt = new Date(Date.now() - 3_600_000).toISOString();
            tx.objectStore('votes').put({
              id: crypto.randomUUID(), serviceId, face: 'negativo', scale: 3, reasons: [], followUp: 'skipped', castAt,
              state: 'held', terminalId, createdAt: Date.now() - 3_600_000, heldReason: 'servizio non di questo sportello', heldCode: 'vote_invalid', heldAt: castAt,
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      { terminalId: counter!.id, serviceId: counter!.services[0]! },
    );
    await cornerTaps(page);
    await page.getByTestId('pin-submit').waitFor();
    await page.keyboard.type(PIN);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('diagnostics-queue').textContent(), { timeout: 10_000 }).toBe('In coda: 0 da inviare, 1 trattenuto');
    expect(await axeViolations(page), 'diagnostics with a held vote').toEqual([]);
    await page.getByTestId('diagnostics-retry-held').click();
    await expect.poll(() => page.getByTestId('diagnostics-sync-note').textContent(), { timeout: 15_000 }).toBe('Il giudizio trattenuto è stato accettato.');
    await expect.poll(() => page.getByTestId('diagnostics-queue').textContent()).toBe('In coda: 0 da inviare, 0 trattenuti');
    expect(await page.getByTestId('diagnostics-retry-held').count()).toBe(0);
    expect(await total()).toBe(before + 1);
    await page.getByTestId('diagnostics-close').click();
    await page.close();
  });

  it('pair again from diagnostics shows the pairing form, with a way back', async () => {
    const page = await openTerminal(stage, counter!.id);
    await page.getByTestId('face-positivo').waitFor();
    await cornerTaps(page);
    // The diagnostics load on the gesture (their own chunk): type only once the pad is there.
    await page.getByTestId('pin-submit').waitFor();
    await page.keyboard.type(PIN);
    await page.keyboard.press('Enter');
    await page.getByTestId('diagnostics-repair').click();
    await page.getByTestId('pairing').waitFor();
    expect(await axeViolations(page), 'pairing').toEqual([]);
    await page.getByTestId('pairing-cancel').click();
    await page.getByTestId('face-positivo').waitFor();
    await page.close();
  });

  it('axe finds nothing on the terminal\'s screens: services, faces, reasons with the faces to change, thanks, closed', async () => {
    const page = await openTerminal(stage, totem!.id);
    await page.getByTestId('service-tile').first().waitFor();
    expect(await axeViolations(page), 'services').toEqual([]);
    await page.getByTestId('service-tile').first().click();
    await page.getByTestId('face-negativo').waitFor();
    expect(await axeViolations(page), 'faces').toEqual([]);
    await page.getByTestId('face-negativo').click();
    await page.getByTestId('face-change').waitFor();
    expect(await axeViolations(page), 'reasons').toEqual([]);
    await page.getByTestId('change-face-positivo').click();
    await page.getByTestId('thanks').waitFor();
    expect(await axeViolations(page), 'thanks').toEqual([]);
    // An office closed all week (and a holiday today): the quiet screen, once back at the start.
    const closed = { mon: [{ from: '00:00', to: '00:01' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const res = await stage.collector.adminFetch(apiPaths.office(totem!.officeId), { method: 'PATCH', body: JSON.stringify({ openingHours: closed }) });
    expect(res.status).toBe(200);
    await page.reload();
    await page.getByTestId('office-closed').waitFor({ timeout: 20_000 });
    // Open only on Mondays at midnight: the screen names the next one.
    expect(await page.getByTestId('office-reopens').textContent()).toMatch(/^Riapre (domani|lunedì \d+ \S+) alle 0:00\.$/);
    expect(await axeViolations(page), 'closed').toEqual([]);
    if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/terminal-closed.png` });
    await page.close();
  });

  it('the dashboard\'s sign-in page fetches nothing of Chart.js, and its files come compressed', async () => {
    const page = await stage.browser.context.newPage();
    const scripts: string[] = [];
    const encodings: Record<string, string | undefined> = {};
    page.on('response', (r) => {
      if (r.url().includes('/assets/')) {
        scripts.push(r.url());
        encodings[r.url()] = r.headers()['content-encoding'];
      }
    });
    await page.goto(`${stage.collector.url}${PAGES.dashboard}`);
    await page.getByLabel('E-mail').waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((u) => /chart/i.test(u))).toEqual([]);
    for (const u of scripts.filter((x) => x.endsWith('.js'))) expect(encodings[u], u).toMatch(/^(br|gzip)$/);
    await page.close();
  });
});
