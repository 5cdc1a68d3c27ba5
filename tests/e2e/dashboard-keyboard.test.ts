// The dashboard by keyboard and screen reader in Chromium: where the focus goes after each action (inline confirmations, the skip link, the folded menu, a change of page, the password form, a refused sign-in), the names of row buttons and tables, and the report at 320 px (400% zoom).
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiPaths, PAGES } from '../../server/contract/api';
import { DEMO } from '../../server/store/seed-demo';
import { addDays } from '../../kiosk/dashboard/period';
import { useAdminSession } from './helpers/pages';
import { today } from './helpers/report';
import { seedTotemVotes } from './helpers/seed-votes';
import { useStage } from './helpers/stage';

const stage = useStage();
let page: Page;
const office = DEMO.offices[0]!;
const DISABLED = { email: 'sospesa@valdoria.example.org', name: 'Sara Sospesa', password: 'password di chi è sospesa' };

/** What has the focus: its test id, else its tag and text, enough to tell the elements of these pages apart. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}: ${el.textContent?.trim() ?? ''}`;
  });

const reportUrl = () => `${stage.collector.url}${PAGES.dashboard}?office=${office.id}&from=${addDays(today(), -14)}&to=${today()}`;

async function openReport(width: number) {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(reportUrl());
  await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
}

/** A counter terminal beside the totem, with a few votes of yesterday: the report's channel table shows from two channels. */
async function seedCounterVotes() {
  const { adminFetch } = stage.collector;
  const terminal = { officeId: office.id, name: 'Sportello Tributi', mode: 'counter', serviceIds: [DEMO.services[1]!.id] };
  const { id } = (await (await adminFetch(apiPaths.terminals, { method: 'POST', body: JSON.stringify(terminal) })).json()) as { id: string };
  const token = await stage.collector.deviceToken(id);
  const castAt = new Date(Date.now() - 86_400_000);
  castAt.setUTCHours(8, 0, 0, 0);
  const votes = ['positivo', 'sufficiente', 'positivo'].map((face) => ({ id: crypto.randomUUID(), serviceId: terminal.serviceIds[0], face, reasons: [], followUp: 'not-asked', castAt: castAt.toISOString() }));
  const res = await fetch(`${stage.collector.url}${apiPaths.votes}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ terminalId: id, votes }),
  });
  expect(res.status).toBe(200);
}

async function openOffices() {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${DEMO.administration.id}#/offices`);
  await page.getByTestId('office-row').first().waitFor();
}

beforeAll(async () => {
  await seedTotemVotes(stage.collector, 14);
  await seedCounterVotes();
  const { adminFetch } = stage.collector;
  const grants = [{ role: 'office_manager', administrationId: DEMO.administration.id, officeId: office.id }];
  const created = await adminFetch(apiPaths.users, { method: 'POST', body: JSON.stringify({ ...DISABLED, grants }) });
  const { id } = (await created.json()) as { id: string };
  await adminFetch(apiPaths.user(id), { method: 'PATCH', body: JSON.stringify({ disabled: true }) });
  page = await stage.browser.context.newPage();
});

beforeEach(async () => {
  await useAdminSession(stage.browser.context, stage.collector);
});

describe('dashboard by keyboard', () => {
  it('an inline confirmation takes the focus, and Escape or «Annulla» give it back to its button', async () => {
    await openOffices();
    await page.getByTestId('office-archive').first().focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('office-archive-confirm');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('office-archive-confirm').count()).resolves.toBe(0);
    expect(await focused()).toBe('office-archive');

    await page.keyboard.press('Enter');
    expect(await focused()).toBe('office-archive-confirm');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('button: Annulla');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('office-archive-confirm').count()).resolves.toBe(0);
    expect(await focused()).toBe('office-archive');
    // Nothing was archived.
    expect(await page.getByTestId('office-row').count()).toBe(DEMO.offices.length);
  });

  it('row buttons say which item they act on, and the list table is named after its page', async () => {
    await openOffices();
    await expect(page.getByRole('button', { name: `Modifica ${office.name}`, exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: `Archivia ${office.name}`, exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('table', { name: 'Uffici', exact: true }).count()).resolves.toBe(1);
    // Read, not drawn: the name takes one clipped pixel, the button still shows the one word.
    const hidden = await page.getByTestId('office-edit').first().locator('span').boundingBox();
    expect(hidden!.width * hidden!.height).toBeLessThanOrEqual(1);
  });

  it('the people and terminals pages name their row buttons too', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${DEMO.administration.id}#/people`);
    await page.getByTestId('user-edit').first().waitFor();
    await expect(page.getByRole('button', { name: `Modifica ${DISABLED.name}`, exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: `Riattiva ${DISABLED.name}`, exact: true }).count()).resolves.toBe(1);
    await page.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${DEMO.administration.id}#/terminals`);
    await page.getByTestId('terminal-edit').first().waitFor();
    for (const action of ['Abbina', 'Modifica', 'Revoca', 'Archivia']) {
      await expect(page.getByRole('button', { name: `${action} Sportello Tributi`, exact: true }).count()).resolves.toBe(1);
    }
  });

  it('the first tab stop is a visible link that skips to the page', async () => {
    await openReport(1280);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('skip-link');
    await expect(page.getByRole('link', { name: 'Vai al contenuto' }).isVisible()).resolves.toBe(true);
    expect((await page.getByTestId('skip-link').boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await focused()).toMatch(/^main#main/);
    // The fragment names the page: the link leaves it alone.
    expect(new URL(page.url()).hash).toBe('');
  });

  it('a new page gives its heading the focus', async () => {
    await openReport(1280);
    await page.getByTestId('nav-services').focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatch(/^h2(#\S+)?: Servizi$/);
  });

  it('at 640 px Escape folds the menu and gives its button the focus', async () => {
    await openReport(640);
    await page.getByTestId('nav-toggle').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('nav-offices').waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await page.locator('nav.nav').getAttribute('data-open')).toBe('false');
    expect(await focused()).toBe('nav-toggle');
  });

  it('at 640 px a page chosen in the menu folds it and takes the focus', async () => {
    await openReport(640);
    await page.getByTestId('nav-toggle').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('nav-offices').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('page-offices').waitFor();
    await expect.poll(focused).toMatch(/^h2(#\S+)?: Uffici$/);
    expect(await page.locator('nav.nav').getAttribute('data-open')).toBe('false');
  });

  it('«Cambia password» gives the form the focus, and takes it back on Escape and «Annulla»', async () => {
    await openReport(1280);
    await page.getByTestId('account-password').focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('h2#password-form-title: Cambia password');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('password-form').count()).resolves.toBe(0);
    expect(await focused()).toBe('account-password');

    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Annulla' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('password-form').count()).resolves.toBe(0);
    expect(await focused()).toBe('account-password');
  });

  it('a refused sign-in puts the focus where to type again: the password, or the e-mail of a disabled account', async () => {
    await stage.browser.context.clearCookies();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${stage.collector.url}${PAGES.dashboard}`);
    await page.getByTestId('signin-email').fill(stage.collector.admin.email);
    await page.getByTestId('signin-password').fill('not the password');
    // «Accedi» itself: disabled while it waits, it loses the focus.
    await page.getByTestId('signin-submit').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('signin-error').getByText('E-mail o password errate.').waitFor();
    await expect.poll(focused).toBe('signin-password');

    await page.getByTestId('signin-email').fill(DISABLED.email);
    await page.getByTestId('signin-password').fill(DISABLED.password);
    await page.getByTestId('signin-submit').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('signin-error').getByText('disattivato', { exact: false }).waitFor();
    await expect.poll(focused).toBe('signin-email');
  });

  it('at 320 px the report does not scroll sideways', async () => {
    await openReport(320);
    await page.getByTestId('channel-table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });

  it('at 320 px the channel table, wider than its box, is a named region the keyboard reaches', async () => {
    await openReport(320);
    const scroll = page.locator('section[aria-labelledby="channels-title"] .table-scroll');
    await scroll.waitFor();
    expect(await scroll.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await scroll.getAttribute('tabindex')).toBe('0');
    await expect(page.getByRole('region', { name: 'Tabella per canale: scorre di lato' }).count()).resolves.toBe(1);
  });
});
