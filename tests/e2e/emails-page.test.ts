// «Le mie e-mail» in real Chromium, with e-mail on (a real SMTP server on 127.0.0.1): a person subscribes and stops,
// an admin subscribes someone of the administration; the unsubscribe link's page works without signing in.
// Read at 1280 and 390 px wide, with no axe violation.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiPaths, PAGES } from '../../server/contract/api';
import { subscriptionPaths } from '../../server/contract/subscriptions';
import { unsubscribeToken } from '../../server/subscriptions/unsubscribe-token';
import { DEMO } from '../../server/store/seed-demo';
import { startSmtpSink, type SmtpSink } from '../server/helpers/smtp-sink';
import { axeViolations } from './helpers/axe';
import { launchBrowser, type Browser } from './helpers/browser';
import { startCollector, type RunningCollector } from './helpers/collector';
import { useAdminSession } from './helpers/pages';

const VALDORIA = DEMO.administration.id;
const OFFICE = DEMO.offices[0]!;
/** Set SHOTS_DIR to keep a full-page screenshot of each state looked at (never inside the repository). */
const SHOTS_DIR = process.env.SHOTS_DIR;
const WIDTHS = [
  { name: '1280', width: 1280, height: 800 },
  { name: '390', width: 390, height: 844 },
] as const;

let sink: SmtpSink;
let collector: RunningCollector;
let browser: Browser;

beforeAll(async () => {
  sink = await startSmtpSink();
  collector = await startCollector(inject('distDir'), { SMTP_URL: sink.url, MAIL_FROM: 'gradimento <noreply@valdoria.example.org>', PUBLIC_URL: 'http://127.0.0.1' });
  browser = await launchBrowser();
  await useAdminSession(browser.context, collector);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await collector?.close();
  await sink?.close();
});

async function shot(p: Page, name: string) {
  if (!SHOTS_DIR) return;
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await p.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}

/** No element wider than the window: nothing cut at a phone's width. */
const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('«Le mie e-mail»', () => {
  it('subscribes oneself to an office\'s weekly report, lists it, and stops it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${collector.url}${PAGES.dashboard}#/emails`);
    await page.getByTestId('nav-emails').waitFor();
    expect(await page.getByTestId('nav-emails').textContent()).toBe('Le mie e-mail');
    await page.getByText('Non ricevi nessun report per e-mail.').waitFor();
    await page.getByText('Le e-mail partono da gradimento <noreply@valdoria.example.org>.').waitFor();
    await page.getByTestId('subscribe-me-report').selectOption({ label: `${OFFICE.name} · ${DEMO.administration.name}` });
    await page.getByTestId('subscribe-me-frequency').selectOption('weekly');
    expect(await page.getByText('il lunedì mattina, con la settimana prima (da lunedì a domenica)').count()).toBeGreaterThan(0);
    await page.getByTestId('subscribe-me-submit').click();
    const row = page.getByTestId('my-subscription');
    await row.waitFor();
    expect(await row.textContent()).toContain(`${OFFICE.name} · ${DEMO.administration.name}`);
    expect(await row.textContent()).toContain('Settimanale');
    const mine = await (await collector.adminFetch(subscriptionPaths.mine)).json();
    expect(mine).toMatchObject([{ officeId: OFFICE.id, frequency: 'weekly', email: collector.admin.email }]);

    // The same again is refused with the collector's reason, and nothing more is stored.
    await page.getByTestId('subscribe-me-submit').click();
    await page.getByTestId('subscribe-me-error').waitFor();
    expect(await page.getByTestId('subscribe-me-error').textContent()).toMatch(/riceve già questo report/);
    expect(await page.getByTestId('my-subscription').count()).toBe(1);

    await page.getByTestId('my-subscription-stop').click();
    await page.getByTestId('my-subscription-stop-confirm').click();
    await page.getByText('Non ricevi nessun report per e-mail.').waitFor();
    expect(await (await collector.adminFetch(subscriptionPaths.mine)).json()).toEqual([]);
    await page.close();
  });

  it('lets an admin subscribe a manager of the administration, and shows who receives what', async () => {
    const res = await collector.adminFetch(apiPaths.users, {
      method: 'POST',
      body: JSON.stringify({ email: 'rita.bianchi@valdoria.example.org', name: 'Rita Bianchi', password: 'a long enough password', grants: [{ role: 'office_manager', administrationId: VALDORIA, officeId: OFFICE.id }] }),
    });
    expect(res.status).toBe(201);
    const page = await browser.context.newPage();
    await page.goto(`${collector.url}${PAGES.dashboard}#/emails`);
    await page.getByText('Nessuna persona di questa amministrazione riceve report per e-mail.').waitFor();
    await page.getByTestId('subscribe-person-person').selectOption({ label: 'Rita Bianchi <rita.bianchi@valdoria.example.org>' });
    // The whole administration's report: she may not read it (an office manager), and the collector says so by the field.
    await page.getByTestId('subscribe-person-report').selectOption({ label: `${DEMO.administration.name} (tutta l’amministrazione)` });
    await page.getByTestId('subscribe-person-submit').click();
    await page.getByTestId('subscribe-person-person-problem').waitFor();
    expect(await page.getByTestId('subscribe-person-person-problem').textContent()).toBe('non può leggere questo report');
    await page.getByTestId('subscribe-person-report').selectOption({ label: `${OFFICE.name} · ${DEMO.administration.name}` });
    await page.getByTestId('subscribe-person-frequency').selectOption('monthly');
    await page.getByTestId('subscribe-person-submit').click();
    const row = page.getByTestId('person-subscription');
    await row.waitFor();
    expect(await row.textContent()).toContain('Rita Bianchi');
    expect(await row.textContent()).toContain('Mensile');
    expect(await row.textContent()).toContain(collector.admin.email);
    // Her subscription is hers, not the admin's.
    expect(await (await collector.adminFetch(subscriptionPaths.mine)).json()).toEqual([]);
    // One of the admin's own too, so the screenshots show both lists filled.
    await page.getByTestId('subscribe-me-report').selectOption({ label: `${DEMO.administration.name} (tutta l’amministrazione)` });
    await page.getByTestId('subscribe-me-frequency').selectOption('daily');
    await page.getByTestId('subscribe-me-submit').click();
    await page.getByTestId('my-subscription').waitFor();

    for (const w of WIDTHS) {
      await page.setViewportSize({ width: w.width, height: w.height });
      await page.waitForTimeout(100);
      expect(await overflow(page), `horizontal overflow at ${w.name}`).toBeLessThanOrEqual(0);
      await shot(page, `emails-${w.name}`);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('says under a report that the collector sends nothing to a disabled person, on a phone too', async () => {
    const users = (await (await collector.adminFetch(apiPaths.users)).json()) as { id: string; email: string }[];
    const rita = users.find((u) => u.email === 'rita.bianchi@valdoria.example.org')!;
    const disable = (disabled: boolean) => collector.adminFetch(apiPaths.user(rita.id), { method: 'PATCH', body: JSON.stringify({ disabled }) });
    expect((await disable(true)).status).toBe(200);
    const page = await browser.context.newPage();
    try {
      await page.goto(`${collector.url}${PAGES.dashboard}#/emails`);
      const note = page.getByTestId('person-subscription').getByTestId('subscription-paused');
      await note.waitFor();
      expect(await note.textContent()).toBe('Sospesa: l’account di questa persona è disattivato, non parte nessun report.');
      // The admin's own subscription goes out: nothing said under it.
      expect(await page.getByTestId('my-subscription').getByTestId('subscription-paused').count()).toBe(0);
      for (const w of WIDTHS) {
        await page.setViewportSize({ width: w.width, height: w.height });
        await page.waitForTimeout(100);
        expect(await overflow(page), `horizontal overflow at ${w.name}`).toBeLessThanOrEqual(0);
        expect(await note.isVisible()).toBe(true);
        await shot(page, `emails-paused-${w.name}`);
      }
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
      expect((await disable(false)).status).toBe(200);
    }
  });
});

describe('the unsubscribe link', () => {
  it('works without signing in: asks, then stops the e-mail, and says so when opened again', async () => {
    const [mine] = await (await collector.adminFetch(subscriptionPaths.mine)).json();
    const token = await unsubscribeToken(collector.store.db, mine.id, new Date());
    const anonymous = await launchBrowser({ width: 390, height: 844 });
    try {
      const page = await anonymous.context.newPage();
      await page.goto(`${collector.url}${subscriptionPaths.unsubscribePage(token)}`);
      await page.getByTestId('unsubscribe-confirm').waitFor();
      expect(await page.getByTestId('unsubscribe').textContent()).toContain(`Vuoi smettere di ricevere il report giornaliero di «${DEMO.administration.name}»?`);
      await shot(page, 'unsubscribe-390');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('unsubscribe-confirm').click();
      await page.getByTestId('unsubscribe-done').waitFor();
      expect(await (await collector.adminFetch(subscriptionPaths.mine)).json()).toEqual([]);
      await page.reload();
      await page.getByTestId('unsubscribe-already').waitFor();
      // A mangled link says what to do instead.
      await page.goto(`${collector.url}${subscriptionPaths.unsubscribePage(`${token.slice(0, -3)}abc`)}`);
      await page.reload();
      await page.getByTestId('unsubscribe-error').waitFor();
      expect(await page.getByTestId('unsubscribe-error').textContent()).toMatch(/non è valido/);
    } finally {
      await anonymous.close();
    }
  });
});
