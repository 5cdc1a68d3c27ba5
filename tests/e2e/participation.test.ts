// People served and the charter through the real dashboard and collector: figures typed, a CSV refused then imported, an API key used then revoked, a standard set from a past day.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiPaths, PAGES } from '../../server/contract/api';
import type { Service } from '../../server/contract/admin';
import type { PeopleServedRow } from '../../server/contract/participation';
import { DEMO } from '../../server/store/seed-demo';
import { weekOf } from '../../kiosk/dashboard/admin/served-period';
import { addDays } from '../../kiosk/dashboard/period';
import { axeViolations } from './helpers/axe';
import { launchBrowser, type Browser } from './helpers/browser';
import { useAdminSession } from './helpers/pages';
import { today } from './helpers/report';
import { seedTotemVotes } from './helpers/seed-votes';
import { useStage } from './helpers/stage';

const stage = useStage();
const OFFICE = DEMO.offices[0]!;
const [ANAGRAFE, TRIBUTI, SUAP] = DEMO.services as unknown as [{ id: string; name: string }, { id: string; name: string }, { id: string; name: string }];
/** Set SHOTS_DIR to keep a full-page screenshot of each state looked at (never inside the repository). */
const SHOTS_DIR = process.env.SHOTS_DIR;
/** Last week, whole: every day of it takes figures. */
const WEEK = weekOf(addDays(today(), -7));
const day = (n: number) => addDays(WEEK.from, n);
const LONG_DAY = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

let page: Page;

beforeAll(async () => {
  await seedTotemVotes(stage.collector, 16, 6);
  await useAdminSession(stage.browser.context, stage.collector);
  page = await stage.browser.context.newPage();
});

async function shot(p: Page, name: string) {
  if (!SHOTS_DIR) return;
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await p.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
  // A phone's page is long: in parts too, each readable at full size.
  const { width, height } = await p.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
  if (width > 600) return;
  for (let y = 0, part = 1; y < height; y += 1200, part++) {
    await p.screenshot({ path: path.join(SHOTS_DIR, `${name}-${part}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(1200, height - y) } });
  }
}

async function figures(): Promise<PeopleServedRow[]> {
  const res = await stage.collector.adminFetch(`${apiPaths.officePeopleServed(OFFICE.id)}?from=${WEEK.from}&to=${WEEK.to}`);
  expect(res.status).toBe(200);
  // Days with votes but no figure come too (served null): only the figures count here.
  return ((await res.json()) as PeopleServedRow[]).filter((r) => r.served !== null);
}
const figure = async (serviceId: string, d: string, channel = 'sportello') => (await figures()).find((r) => r.serviceId === serviceId && r.day === d && r.channel === channel);
const cell = (serviceId: string, d: string) => page.locator(`[data-testid="served-input"][data-service-id="${serviceId}"][data-day="${d}"]`);

async function openPeopleServed() {
  await page.goto(`${stage.collector.url}${PAGES.dashboard}?office=${OFFICE.id}&served=${WEEK.from}#/people-served`);
  await page.getByTestId('served-grid').waitFor();
}

describe('people served on the dashboard', () => {
  it('types figures from the keyboard, saves only those, and shows the votes and participation of the same days', async () => {
    await openPeopleServed();
    expect(await page.getByTestId('nav-people-served').getAttribute('aria-current')).toBe('page');
    await cell(ANAGRAFE.id, day(0)).click();
    await page.keyboard.type('40');
    await page.keyboard.press('Enter'); // down to the next day, like a spreadsheet
    await page.keyboard.type('50');
    await expect.poll(() => page.getByTestId('served-status').textContent()).toBe('2 modifiche da salvare');
    await page.getByTestId('served-save').click();
    await expect.poll(() => page.getByTestId('served-status').textContent()).toBe('Salvati 2 numeri.');

    const first = (await figure(ANAGRAFE.id, day(0)))!;
    expect([first.served, first.source, first.by]).toEqual([40, 'dashboard', stage.collector.admin.email]);
    expect((await figure(ANAGRAFE.id, day(1)))!.served).toBe(50);
    expect(await figures()).toHaveLength(2);
    // The votes the totem received that day, beside the figure, and their share of the people served.
    expect(first.votes).toBeGreaterThan(0);
    const note = await cell(ANAGRAFE.id, day(0)).locator('xpath=..').getByTestId('served-note').textContent();
    expect(note).toContain(first.votes === 1 ? '1 giudizio' : `${first.votes} giudizi`);
    expect(note).toContain('partecipazione');
    expect(await axeViolations(page), 'grid with figures').toEqual([]);
    await shot(page, '1280-people-served');
  });

  it('refuses a CSV file with a bad line, naming it and storing nothing, then imports a good one', async () => {
    const bad = ['giorno;servizio;canale;persone', `${day(2)};${TRIBUTI.name};sportello;30`, `31/02/2026;${TRIBUTI.name};;10`, `${day(3)};Biblioteca;sportello;5`].join('\r\n');
    await page.getByTestId('served-csv').setInputFiles({ name: 'persone.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByTestId('served-import-submit').click();
    await page.getByTestId('served-import-error').waitFor();
    expect(await page.getByTestId('served-import-error').locator('p').first().textContent()).toContain('Nessun numero è stato importato');
    expect(await page.getByTestId('served-import-problems').locator('li').allTextContents()).toEqual([
      'riga 3: giorno — «31/02/2026» non è una data del calendario',
      'riga 4: servizio — nessun servizio si chiama «Biblioteca» (scrivi il nome o l’identificativo del servizio)',
    ]);
    expect(await figure(TRIBUTI.id, day(2))).toBeUndefined();
    expect(await axeViolations(page), 'import refused').toEqual([]);
    await shot(page, '1280-people-served-csv-refused');

    // Italian dates, a name in other letters, the phone channel; Windows-1252 as Excel writes it ("attività").
    const good = [
      'giorno;servizio;canale;persone',
      `${day(2)};${TRIBUTI.name.toUpperCase()};sportello;30`,
      `${day(2).split('-').reverse().join('/')};${TRIBUTI.name};telefono;12`,
      `${day(3)};${SUAP.name};;9`,
    ].join('\r\n');
    await page.getByTestId('served-csv').setInputFiles({ name: 'persone.csv', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from(good, 'latin1') });
    await page.getByTestId('served-import-submit').click();
    await expect.poll(() => page.getByTestId('served-imported').textContent()).toBe(`Importati 3 numeri per l’ufficio «${OFFICE.name}».`);
    expect((await figure(TRIBUTI.id, day(2)))!.served).toBe(30);
    expect((await figure(SUAP.id, day(3)))!.served).toBe(9);
    expect((await figure(TRIBUTI.id, day(2), 'telefono'))!.served).toBe(12);
    // The grid reloads: the phone figure is there on the phone channel.
    await page.getByTestId('served-channel-telefono').click();
    await expect.poll(() => cell(TRIBUTI.id, day(2)).inputValue()).toBe('12');
    await page.getByTestId('served-channel-sportello').click();
  });

  it('creates an API key shown once, whose queue-ticket system sends figures until it is revoked', async () => {
    await page.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${DEMO.administration.id}#/api-keys`);
    await page.getByTestId('page-api-keys').waitFor();
    // The collector's 401 sends integrators to this page by its name.
    expect(await page.getByTestId('nav-api-keys').textContent()).toBe('Chiavi API');
    await page.getByTestId('api-key-new').fill('Eliminacode atrio');
    await page.getByTestId('api-key-new-submit').click();
    await page.getByTestId('new-key').waitFor();
    const key = await page.getByTestId('new-key-value').inputValue();
    expect(key).toMatch(/^gk_/);
    expect(await page.getByTestId('new-key').textContent()).toContain('non verrà più mostrata');
    await page.getByTestId('new-key-copy').click();
    await expect.poll(() => page.getByTestId('new-key-copied').textContent()).not.toBe('');
    expect(await axeViolations(page), 'new key shown').toEqual([]);
    await shot(page, '1280-api-key-created');
    await page.getByTestId('new-key-close').click();
    expect(await page.content()).not.toContain(key);

    const send = (served: number) =>
      fetch(`${stage.collector.url}${apiPaths.peopleServed}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ officeId: OFFICE.id, entries: [{ serviceId: SUAP.id, day: day(4), served }] }),
      });
    const ok = await send(7);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ stored: 1, removed: 0, unchanged: 0 });
    expect(await figure(SUAP.id, day(4))).toMatchObject({ served: 7, source: 'api' });

    await page.reload();
    const row = page.getByTestId('api-key-row').filter({ hasText: 'Eliminacode atrio' });
    await row.waitFor();
    expect(await row.locator('td').nth(2).textContent()).not.toBe('mai');
    await row.getByTestId('api-key-revoke').click();
    await row.getByTestId('api-key-revoke-confirm').click();
    await expect.poll(() => row.getByTestId('api-key-status').textContent()).toMatch(/^revocata il /);
    await shot(page, '1280-api-keys');

    const refused = await send(8);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('«Chiavi API»');
    expect((await figure(SUAP.id, day(4)))!.served).toBe(7);

    // The figure the system sent is in the grid too, under its service.
    await openPeopleServed();
    expect(await cell(SUAP.id, day(4)).inputValue()).toBe('7');
  });

  it('sets a charter standard from a past day and shows it in the service’s history', async () => {
    const from = addDays(today(), -30);
    await page.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${DEMO.administration.id}#/services`);
    const row = page.locator(`[data-testid="service-row"][data-service-id="${ANAGRAFE.id}"]`);
    await row.waitFor();
    await row.getByTestId('service-edit').click();
    expect(await page.getByTestId('service-standard-from').inputValue()).toBe(today());
    await page.getByTestId('service-standard').fill('90');
    await page.getByTestId('service-standard-from').fill(from);
    await page.getByTestId('service-save').click();
    await page.getByTestId('service-form').waitFor({ state: 'detached' });

    const services = (await (await stage.collector.adminFetch(apiPaths.administrationServices(DEMO.administration.id))).json()) as Service[];
    const anagrafe = services.find((s) => s.id === ANAGRAFE.id)!;
    expect(anagrafe.standards).toEqual([{ validFrom: from, minPositivePct: 90, setAt: expect.any(String), setBy: stage.collector.admin.email }]);
    expect(anagrafe.standard).toEqual({ minPositivePct: 90 });

    await row.locator('summary').click();
    const history = await row.getByTestId('standard-history').locator('li').allTextContents();
    expect(history).toHaveLength(1);
    expect(history[0]).toContain(`dal ${LONG_DAY.format(new Date(`${from}T00:00:00Z`))}: almeno 90% positivi`);
    expect(history[0]).toContain(`impostato da ${stage.collector.admin.email}`);
    expect(await axeViolations(page), 'services with a history open').toEqual([]);
    await shot(page, '1280-services-history');
  });
});

describe('on a 390 px phone', () => {
  let phone: Browser;
  let p: Page;
  beforeAll(async () => {
    phone = await launchBrowser({ width: 390, height: 844 });
    await useAdminSession(phone.context, stage.collector);
    p = await phone.context.newPage();
  });
  afterAll(async () => {
    await phone?.close();
  });

  /** Nothing wider than the screen, and every control of the page inside it. */
  async function fits(what: string) {
    const { scrollWidth, clientWidth, outside } = await p.evaluate(() => {
      const root = document.documentElement;
      const controls = [...document.querySelectorAll<HTMLElement>('main input, main button, main select, main a')].filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'));
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, outside: controls.filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5).map((el) => el.outerHTML.slice(0, 100)) };
    });
    expect(scrollWidth, what).toBeLessThanOrEqual(clientWidth);
    expect(outside, what).toEqual([]);
  }

  it('people served: each day a card, every box and button on screen', async () => {
    await p.goto(`${stage.collector.url}${PAGES.dashboard}?office=${OFFICE.id}&served=${WEEK.from}#/people-served`);
    await p.getByTestId('served-grid').waitFor();
    await fits('people served');
    expect(await p.locator(`[data-testid="served-input"][data-service-id="${ANAGRAFE.id}"][data-day="${day(0)}"]`).inputValue()).toBe('40');
    await shot(p, '390-people-served');

    await p.getByTestId('served-csv').setInputFiles({ name: 'persone.csv', mimeType: 'text/csv', buffer: Buffer.from(`giorno;servizio;persone\n${day(1)};Biblioteca comunale di Valdoria;3\n`) });
    await p.getByTestId('served-import-submit').click();
    await p.getByTestId('served-import-error').waitFor();
    await fits('import refused');
    expect(await axeViolations(p), 'import refused on a phone').toEqual([]);
    await shot(p, '390-people-served-csv-refused');
  });

  it('API keys and services: cards, the new key readable and its buttons on screen', async () => {
    await p.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${DEMO.administration.id}#/api-keys`);
    await p.getByTestId('api-key-new').fill('Eliminacode sportelli al piano terra');
    await p.getByTestId('api-key-new-submit').click();
    await p.getByTestId('new-key').waitFor();
    await p.getByTestId('api-key-table').waitFor();
    await fits('new API key');
    expect(await axeViolations(p), 'new key on a phone').toEqual([]);
    const field = (await p.getByTestId('new-key-value').boundingBox())!;
    expect(field.x + field.width).toBeLessThanOrEqual(390);
    await shot(p, '390-api-keys');

    await p.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${DEMO.administration.id}#/services`);
    const row = p.locator(`[data-testid="service-row"][data-service-id="${ANAGRAFE.id}"]`);
    await row.waitFor();
    await row.locator('summary').click();
    await row.getByTestId('service-edit').click();
    await p.getByTestId('service-form').waitFor();
    await fits('services with the form and a history open');
    expect(await axeViolations(p), 'services with a history on a phone').toEqual([]);
    await shot(p, '390-services-history');
  });
});
