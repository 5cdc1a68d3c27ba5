// A new installation in Chromium: the first admin signs up and the dashboard lists the four steps to a first vote, ticking each as it is done through the pages.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiPaths, PAGES } from '../../server/contract/api';
import { createAdministration, createCounterTerminal, createOffice, createService } from './helpers/admin-ui';
import { launchBrowser, type Browser } from './helpers/browser';
import { startEmptyCollector, type EmptyCollector } from './helpers/empty-collector';

let collector: EmptyCollector;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  collector = await startEmptyCollector(inject('distDir'));
  browser = await launchBrowser();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await collector?.close();
});

const STEPS = ['administration', 'office', 'services', 'terminal'] as const;
const done = () => Promise.all(STEPS.map((s) => page.getByTestId(`setup-step-${s}`).getAttribute('data-done')));

/** A step's link, followed as a person does, to the page it names. */
async function follow(link: string, pageId: string) {
  await page.getByTestId('setup-checklist').getByRole('link', { name: link }).click();
  await page.getByTestId(`page-${pageId}`).waitFor();
}

/** Back to the report through the navigation, as a person would, and the checklist as it is now. */
async function backToReport() {
  await page.getByTestId('nav-report').click();
  await page.getByTestId('setup-checklist').waitFor();
}

describe('first run of an empty installation', () => {
  let office = { id: '' };
  let service = { id: '' };

  it('shows the first admin four steps, none done, each a link to its page', async () => {
    await page.goto(`${collector.url}${PAGES.dashboard}`);
    await page.getByTestId('setup-code').fill(collector.setupCode);
    await page.getByTestId('setup-name').fill('Ida Informatica');
    await page.getByTestId('setup-email').fill('it@comune.example.org');
    await page.getByTestId('setup-password').fill('una frase lunga per il primo accesso');
    await page.getByTestId('setup-password-confirm').fill('una frase lunga per il primo accesso');
    await page.getByTestId('setup-submit').click();
    await page.getByTestId('setup-checklist').waitFor();

    expect(await done()).toEqual(['false', 'false', 'false', 'false']);
    expect(await page.getByTestId('setup-step-administration').innerText()).toContain('da fare');
    const links = await page.getByTestId('setup-checklist').locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['#/administrations', '#/offices', '#/services', '#/terminals']);
    // Before any office exists the report's controls have nothing to offer: no empty box.
    expect(await page.locator('.controls').isVisible()).toBe(false);
  });

  it('ticks the administration once it is created from the page the step links to', async () => {
    await follow('Crea l’amministrazione', 'administrations');
    // An empty list says so rather than drawing an empty table.
    expect(await page.getByTestId('page-administrations').locator('table').count()).toBe(0);
    await createAdministration(page, 'Comune di Prova');
    await backToReport();
    expect(await done()).toEqual(['true', 'false', 'false', 'false']);
    expect(await page.getByTestId('setup-step-administration').innerText()).toContain('fatto');
  });

  it('ticks the office and the services as they are added', async () => {
    await follow('Aggiungi un ufficio', 'offices');
    office = await createOffice(page, 'Municipio');
    await backToReport();
    expect(await done()).toEqual(['true', 'true', 'false', 'false']);

    await follow('Elenca i servizi', 'services');
    service = await createService(page, 'Anagrafe');
    await backToReport();
    expect(await done()).toEqual(['true', 'true', 'true', 'false']);
  });

  it('counts the terminal only once it is paired, then steps aside', async () => {
    await follow('Crea e abbina un terminale', 'terminals');
    const terminal = await createCounterTerminal(page, office.id, 'Sportello Anagrafe', service.id);
    await backToReport();
    expect(await done()).toEqual(['true', 'true', 'true', 'false']);

    // "Abbina" on the dashboard; the code exchanged as a terminal does, through the real enrolment route.
    await follow('Crea e abbina un terminale', 'terminals');
    await terminal.row.getByTestId('terminal-pair').click();
    const code = (await page.getByTestId('pairing-code').innerText()).replace('-', '').trim();
    const res = await fetch(`${collector.url}${apiPaths.enrolment}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    expect(res.status).toBe(200);

    // The checklist asks about the office's terminals last: once that answer is in, it has decided.
    const checked = page.waitForResponse((r) => r.url().endsWith(apiPaths.officeTerminals(office.id)));
    await page.getByTestId('nav-report').click();
    await checked;
    await page.locator('[data-testid="report"][data-state="empty"]').waitFor();
    expect(await page.getByTestId('setup-checklist').count()).toBe(0);
  });
});
