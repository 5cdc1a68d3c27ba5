// Votes cast with the network down survive a reload served by the service worker and arrive exactly once.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO } from '../../server/store/seed-demo';
import { openTerminal } from './helpers/pages';
import { useStage } from './helpers/stage';
import { fetchReport } from './helpers/report';

const counter = DEMO.terminals[1]!;

const stage = useStage({ width: 800, height: 1280 });

/** Votes the corner says are waiting; NaN until it has counted the queue (it then shows no number). */
const waiting = (page: Page) =>
  page
    .getByTestId('status-waiting')
    .getAttribute('data-count')
    .then((n) => (n === null ? Number.NaN : Number(n)));

async function vote(page: Page, face: string, reasons?: string[]) {
  await page.getByTestId(`face-${face}`).click();
  if (reasons) {
    for (const r of reasons) await page.getByTestId(`reason-${r}`).click();
    await page.getByTestId(reasons.length ? 'reasons-send' : 'reasons-skip').click();
  }
  await page.getByTestId('thanks').waitFor({ state: 'visible' });
  await page.getByTestId('face-positivo').waitFor({ state: 'visible', timeout: 15_000 });
}

async function storedVotes(): Promise<number> {
  const row = await stage.collector.store.db.selectFrom('votes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('a terminal offline', () => {
  it('keeps votes through a reload without network and delivers each exactly once', async () => {
    const page = await openTerminal(stage, counter.id);
    await page.getByTestId('face-positivo').waitFor();
    // The app shell must be in the service worker's hands before the network goes.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });

    await stage.browser.context.setOffline(true);
    await vote(page, 'positivo');
    await vote(page, 'negativo', ['valdoria-attesa', 'valdoria-servizio']);
    await vote(page, 'sufficiente');
    await expect.poll(() => waiting(page)).toBe(3);

    // Reboot of the terminal while the network is still down: the service worker serves the
    // page, IndexedDB still has the configuration and the queue.
    await page.reload();
    await page.getByTestId('face-positivo').waitFor({ timeout: 15_000 });
    await expect.poll(() => waiting(page)).toBe(3);
    await vote(page, 'negativo', []);
    await expect.poll(() => waiting(page)).toBe(4);
    expect(await storedVotes()).toBe(0);

    await stage.browser.context.setOffline(false);
    await expect.poll(() => waiting(page), { timeout: 30_000 }).toBe(0);
    const report = await fetchReport(stage.collector, counter.officeId);
    expect(report.totals.total).toBe(4);
    expect(report.totals.faces).toMatchObject({ positivo: 1, sufficiente: 1, negativo: 2 });
    expect(Object.fromEntries(report.reasons.map((r) => [r.reasonId, r.count]))).toEqual({ 'valdoria-attesa': 1, 'valdoria-servizio': 1 });
    expect(report.followUp).toEqual({ negative: 2, chosen: 1, skipped: 1, timeout: 0, notAsked: 0 });
    expect(await storedVotes()).toBe(4);

    // Reloading online must not send anything again.
    await page.reload();
    await page.getByTestId('face-positivo').waitFor();
    await expect.poll(() => waiting(page)).toBe(0);
    expect((await fetchReport(stage.collector, counter.officeId)).totals.total).toBe(4);
    await page.close();
  });

  it('resends a batch whose acknowledgement was lost, and the collector counts it once', async () => {
    const page = await openTerminal(stage, counter.id);
    await page.getByTestId('face-positivo').waitFor();
    const before = await storedVotes();

    // The first delivery reaches the collector, but its answer is lost on the way back.
    let dropped = 0;
    await page.route('**/api/v1/votes', async (route) => {
      if (dropped === 0) {
        dropped += 1;
        await route.fetch();
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    });
    await vote(page, 'positivo');
    await vote(page, 'positivo');
    await expect.poll(() => waiting(page), { timeout: 60_000 }).toBe(0);
    expect(dropped).toBe(1);
    expect(await storedVotes()).toBe(before + 2);
    await page.close();
  });
});
