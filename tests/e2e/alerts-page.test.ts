// «Avvisi» in real Chromium: an admin writes a rule (a wrong one is refused by field, nothing stored), votes
// arrive, the evaluation opens an alert and it appears live without reloading; acknowledged with a comment.
// Read at 1280 and 390 px wide, with no axe violation.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiPaths, PAGES } from '../../server/contract/api';
import { alertPaths } from '../../server/contract/alerts';
import { evaluateAlerts } from '../../server/alerts/evaluate-alerts';
import { createOutbox } from '../../server/delivery/deliver-outbox';
import { DEMO } from '../../server/store/seed-demo';
import { axeViolations } from './helpers/axe';
import { useAdminSession } from './helpers/pages';
import { useStage } from './helpers/stage';

const stage = useStage();
const VALDORIA = DEMO.administration.id;
const OFFICE = DEMO.offices[0]!;
const TOTEM = DEMO.terminals[0]!;
/** Set SHOTS_DIR to keep a full-page screenshot of each state looked at (never inside the repository). */
const SHOTS_DIR = process.env.SHOTS_DIR;
const WIDTHS = [
  { name: '1280', width: 1280, height: 800 },
  { name: '390', width: 390, height: 844 },
] as const;

async function shot(p: Page, name: string) {
  if (!SHOTS_DIR) return;
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await p.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}
const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Five votes on the totem, three negative, as the terminal sends them. */
async function badVotes() {
  const { url, store } = stage.collector;
  const token = await stage.collector.deviceToken(TOTEM.id);
  await store.db.updateTable('terminals').set({ first_enrolled_at: '2000-01-01T00:00:00.000Z' }).where('id', '=', TOTEM.id).execute();
  const start = Date.now() - 10 * 60_000;
  const faces = ['negativo', 'positivo', 'negativo', 'positivo', 'negativo'];
  const votes = faces.map((face, i) => ({ id: crypto.randomUUID(), serviceId: TOTEM.services[0], face, reasons: [], followUp: face === 'negativo' ? 'skipped' : 'not-asked', castAt: new Date(start + i * 30_000).toISOString() }));
  const res = await fetch(`${url}${apiPaths.votes}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ terminalId: TOTEM.id, votes }) });
  expect(res.status).toBe(200);
}

describe('«Avvisi»', () => {
  it('writes a rule, shows the alert it opens live, and acknowledges it with a comment', async () => {
    await useAdminSession(stage.browser.context, stage.collector);
    const page = await stage.browser.context.newPage();
    await page.goto(`${stage.collector.url}${PAGES.dashboard}#/alerts`);
    expect(await page.getByTestId('nav-alerts').textContent()).toBe('Avvisi');
    await page.getByText('Nessuna regola: nessun avviso si aprirà.').waitFor();
    await page.getByTestId('alerts-none').waitFor();
    await page.getByText('In diretta').waitFor();
    // The heading and the empty list say what the list holds, closed alerts included once asked for.
    expect(await page.getByRole('heading', { name: 'Avvisi aperti', exact: true }).count()).toBe(1);
    await page.getByTestId('alerts-show-closed').check();
    await page.getByRole('heading', { name: 'Avvisi aperti e chiusi', exact: true }).waitFor();
    await page.getByText('Nessun avviso, né aperto né chiuso.').waitFor();
    await page.getByTestId('alerts-show-closed').uncheck();
    await page.getByText('Nessun avviso aperto.').waitFor();

    // Thresholds the wrong way round: refused at the field, nothing stored.
    await page.getByTestId('rule-name').fill('Troppi negativi');
    await page.getByTestId('rule-office').selectOption({ label: OFFICE.name });
    await page.getByTestId('rule-lastVotes').fill('5');
    await page.getByTestId('rule-openAbovePct').fill('30');
    await page.getByTestId('rule-closeBelowPct').fill('40');
    await page.getByTestId('rule-save').click();
    await page.getByTestId('rule-closeBelowPct-problem').waitFor();
    expect(await page.getByTestId('rule-closeBelowPct-problem').textContent()).toMatch(/deve essere minore della soglia «Si apre sopra»/);
    expect(await (await stage.collector.adminFetch(alertPaths.administrationRules(VALDORIA))).json()).toEqual([]);

    await page.getByTestId('rule-closeBelowPct').fill('20');
    await page.getByTestId('rule-save').click();
    await page.getByTestId('alert-rule').waitFor();
    expect(await page.getByTestId('alert-rule').textContent()).toContain('negativi > 30% negli ultimi 5 giudizi; si chiude sotto 20%');

    await badVotes();
    const { store, realtime, app } = stage.collector;
    const outbox = createOutbox({ db: store.db, mail: null, log: app.log, now: () => new Date(), live: false });
    const run = await evaluateAlerts({ db: store.db, outbox, log: app.log, alertChanged: (a) => realtime.alertChanged(a), dashboardUrl: '' }, new Date());
    expect(run.opened).toBe(1);
    // No reload: the alert arrives over the socket.
    const card = page.locator('[data-testid="alert"][data-status="open"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('Giudizi negativi: 60% degli ultimi 5 (soglia 30%).');

    await card.getByTestId('alert-acknowledge').click();
    await card.getByTestId('alert-comment').fill('Sportello 2 chiuso per malattia: riaperto alle 11.');
    await card.getByTestId('alert-acknowledge-send').click();
    await card.getByTestId('alert-ack').waitFor();
    expect(await card.getByTestId('alert-ack').textContent()).toContain('«Sportello 2 chiuso per malattia: riaperto alle 11.»');
    const [stored] = await (await stage.collector.adminFetch(alertPaths.administrationAlerts(VALDORIA))).json();
    expect(stored).toMatchObject({ acknowledgedBy: stage.collector.admin.email, ackComment: 'Sportello 2 chiuso per malattia: riaperto alle 11.' });

    for (const w of WIDTHS) {
      await page.setViewportSize({ width: w.width, height: w.height });
      await page.waitForTimeout(100);
      expect(await overflow(page), `horizontal overflow at ${w.name}`).toBeLessThanOrEqual(0);
      await shot(page, `alerts-${w.name}`);
    }
    expect(await axeViolations(page)).toEqual([]);

    // The rule deleted: its alert closes saying so, grey rather than green (it is not the problem gone away).
    const [rule] = await (await stage.collector.adminFetch(alertPaths.administrationRules(VALDORIA))).json();
    expect((await stage.collector.adminFetch(alertPaths.rule(rule.id), { method: 'DELETE' })).status).toBe(204);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    await page.getByTestId('alerts-show-closed').check();
    const closed = page.locator('[data-testid="alert"][data-status="closed"]');
    await closed.waitFor();
    expect(await closed.getByTestId('alert-closed').textContent()).toMatch(/^Chiuso il .+: la regola è stata eliminata\.$/);
    expect(await closed.locator('.status').getAttribute('class')).not.toContain('status-enrolled');
    for (const w of WIDTHS) {
      await page.setViewportSize({ width: w.width, height: w.height });
      await page.waitForTimeout(100);
      expect(await overflow(page), `horizontal overflow at ${w.name}, closed alert`).toBeLessThanOrEqual(0);
      await shot(page, `alerts-closed-${w.name}`);
    }
    expect(await axeViolations(page), 'closed alert').toEqual([]);
    await page.close();
  });
});
