// The management forms and «Avvisi» by keyboard and screen reader in Chromium, against a real collector: a service
// edited with Enter, Escape and Enter again (focus on the form's heading, back on its «Modifica», «Salvato: …» said
// above the list); an alert that opens while the page is on screen said in a polite log, then acknowledged by
// keyboard (the comment takes the focus, then the acknowledgement recorded).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, PAGES } from '../../server/contract/api';
import { evaluateAlerts } from '../../server/alerts/evaluate-alerts';
import { createOutbox } from '../../server/delivery/deliver-outbox';
import { DEMO } from '../../server/store/seed-demo';
import { useAdminSession } from './helpers/pages';
import { useStage } from './helpers/stage';

const stage = useStage();
const OFFICE = DEMO.offices[0]!;
const TOTEM = DEMO.terminals[0]!;
let page: Page;

/** What has the focus: its test id, else its tag, id and text. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}: ${el.textContent?.trim() ?? ''}`;
  });

/** Five votes on the totem, three negative, as the terminal sends them (as alerts-page.test.ts makes its alert). */
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

beforeAll(async () => {
  await useAdminSession(stage.browser.context, stage.collector);
  page = await stage.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
});

describe('management forms by keyboard', () => {
  it('a service: its form\'s heading takes the focus, Escape closes it, a save gives the focus back and says «Salvato»', async () => {
    await page.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${DEMO.administration.id}#/services`);
    const row = page.locator('[data-service-id="valdoria-tributi"]');
    await row.getByTestId('service-edit').focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('h3#service-form-title: Modifica: Tributi');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('service-form').count()).toBe(0);
    expect(await focused()).toBe('service-edit');
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-service-id'))).toBe('valdoria-tributi');

    await page.keyboard.press('Enter');
    await page.getByTestId('service-name').fill('Tributi e tasse');
    await page.keyboard.press('Enter');
    await page.getByTestId('service-form').waitFor({ state: 'detached' });
    await expect.poll(() => row.locator('td').first().textContent()).toBe('Tributi e tasse');
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-service-id'))).toBe('valdoria-tributi');
    const status = page.getByTestId('saved-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toBe('Salvato: Tributi e tasse');
  });
});

describe('«Avvisi» by keyboard and screen reader', () => {
  it('says an alert that opens live, and acknowledges it by keyboard', async () => {
    await page.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${DEMO.administration.id}#/alerts`);
    await page.getByText('In diretta').waitFor();
    await page.getByTestId('rule-name').fill('Troppi negativi');
    await page.getByTestId('rule-office').selectOption({ label: OFFICE.name });
    await page.getByTestId('rule-lastVotes').fill('5');
    await page.getByTestId('rule-openAbovePct').fill('30');
    await page.getByTestId('rule-closeBelowPct').fill('20');
    await page.getByTestId('rule-save').click();
    await page.getByTestId('alert-rule').waitFor();
    const news = page.getByTestId('alerts-news');
    expect(await news.textContent()).toBe('');

    await badVotes();
    const { store, realtime, app } = stage.collector;
    const outbox = createOutbox({ db: store.db, mail: null, log: app.log, now: () => new Date(), live: false });
    expect((await evaluateAlerts({ db: store.db, outbox, log: app.log, alertChanged: (a) => realtime.alertChanged(a), dashboardUrl: '' }, new Date())).opened).toBe(1);
    const card = page.locator('[data-testid="alert"][data-status="open"]');
    await card.waitFor();
    expect(await news.getAttribute('aria-live')).toBe('polite');
    expect(await news.textContent()).toBe('Nuovo avviso: Troppi giudizi negativi · Troppi negativi');

    // The button is read with its alert's title.
    const button = card.getByTestId('alert-acknowledge');
    const describedBy = await button.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('Troppi negativi');
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('alert-comment');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('alert-acknowledge');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Sportello 2 chiuso: riaperto alle 11.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await card.getByTestId('alert-ack').waitFor();
    expect(await focused()).toBe('alert-ack');
    // Not said again when the acknowledgement comes back over the link.
    await page.waitForTimeout(300);
    expect(await news.locator('p').count()).toBe(1);
  });
});
