// axe-core finds nothing on any page of the dashboard, at a laptop's and a phone's width: sign-in, first run, report, every management page (people served and API keys too), with data and empty.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { apiPaths, PAGES } from '../../server/contract/api';
import { DEMO } from '../../server/store/seed-demo';
import { signInWith } from './helpers/admin-ui';
import { axeViolations } from './helpers/axe';
import { launchBrowser, type Browser } from './helpers/browser';
import { startEmptyCollector, type EmptyCollector } from './helpers/empty-collector';
import { useAdminSession } from './helpers/pages';
import { addDays } from '../../kiosk/dashboard/period';
import { today } from './helpers/report';
import { seedTotemVotes } from './helpers/seed-votes';
import { useStage } from './helpers/stage';

const stage = useStage();
let empty: EmptyCollector;
/** An administration with nothing in it: every management page's empty state. */
let bare = '';
/** An office of an administration without services: people served has nothing to grid. */
let emptyOffice = '';

const WIDTHS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const MANAGEMENT = ['people-served', 'offices', 'services', 'reasons', 'terminals', 'people', 'api-keys', 'audit', 'administrations'] as const;
const FIRST_ADMIN = { name: 'Prima Amministratrice', email: 'prima@comune.example.org', password: 'una frase lunga per la prima volta' };

beforeAll(async () => {
  empty = await startEmptyCollector(inject('distDir'));
  const { adminFetch } = stage.collector;
  await seedTotemVotes(stage.collector, 30);
  // Something for the activity log to name: opening hours, a charter standard, a person with a role.
  const hours = { mon: [{ from: '08:30', to: '12:30' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
  await adminFetch(apiPaths.office(DEMO.offices[0]!.id), { method: 'PATCH', body: JSON.stringify({ openingHours: hours }) });
  await adminFetch(apiPaths.service(DEMO.services[1]!.id), { method: 'PATCH', body: JSON.stringify({ standard: { minPositivePct: 80 } }) });
  const grants = [{ role: 'office_manager', administrationId: DEMO.administration.id, officeId: DEMO.offices[0]!.id }];
  await adminFetch(apiPaths.users, { method: 'POST', body: JSON.stringify({ email: 'rita@valdoria.example.org', name: 'Rita Russo', password: 'password iniziale di Rita', grants }) });
  bare = ((await (await adminFetch(apiPaths.administrations, { method: 'POST', body: JSON.stringify({ name: 'Comune senza uffici' }) })).json()) as { id: string }).id;
  // People served with their votes beside them, and an API key to list.
  const entries = [1, 2].map((n) => ({ serviceId: DEMO.services[0]!.id, day: addDays(today(), -n), served: 20 + n }));
  await adminFetch(apiPaths.officePeopleServed(DEMO.offices[0]!.id), { method: 'PUT', body: JSON.stringify({ entries }) });
  await adminFetch(apiPaths.administrationApiKeys(DEMO.administration.id), { method: 'POST', body: JSON.stringify({ name: 'Eliminacode atrio' }) });
  // People served of an office whose administration has no services yet: the page's empty state.
  const lonely = ((await (await adminFetch(apiPaths.administrations, { method: 'POST', body: JSON.stringify({ name: 'Comune senza servizi' }) })).json()) as { id: string }).id;
  emptyOffice = ((await (await adminFetch(apiPaths.offices, { method: 'POST', body: JSON.stringify({ administrationId: lonely, name: 'Ufficio nuovo' }) })).json()) as { id: string }).id;
});
afterAll(async () => {
  await empty?.close();
});

/** A management page of an administration, once its list (or its "none yet" note, or its form) has loaded. */
async function open(page: Page, administrationId: string, id: (typeof MANAGEMENT)[number]) {
  // The office is for people served (per office); the other pages leave it alone.
  await page.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${administrationId}&office=${DEMO.offices[0]!.id}#/${id}`);
  const root = `[data-testid="page-${id}"]`;
  // People served shows "Caricamento…" (a note too) while it reads the office's figures: wait for the grid.
  if (id === 'people-served') await page.getByTestId('served-grid').waitFor();
  else await page.locator(`${root} table, ${root} .card.note, ${root} form`).first().waitFor();
}

/** Fails with every violation listed, and the page and width it was found on. */
async function expectClean(page: Page, what: string) {
  expect(await axeViolations(page), what).toEqual([]);
}

for (const size of WIDTHS) {
  describe(`at ${size.width} px (${size.name})`, () => {
    let browser: Browser;
    let page: Page;
    beforeAll(async () => {
      browser = await launchBrowser({ width: size.width, height: size.height });
      page = await browser.context.newPage();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('first run: the form, then the signed-in dashboard with its first steps', async () => {
      await page.goto(`${empty.url}${PAGES.dashboard}`);
      if (size.name === 'laptop') {
        await page.getByTestId('setup-form').waitFor();
        await expectClean(page, 'first-run form');
        await page.getByTestId('setup-code').fill(empty.setupCode);
        await page.getByTestId('setup-name').fill(FIRST_ADMIN.name);
        await page.getByTestId('setup-email').fill(FIRST_ADMIN.email);
        await page.getByTestId('setup-password').fill(FIRST_ADMIN.password);
        await page.getByTestId('setup-password-confirm').fill(FIRST_ADMIN.password);
        await page.getByTestId('setup-submit').click();
      } else {
        // The first admin exists by now: this width signs in as them.
        await signInWith(page, FIRST_ADMIN.email, FIRST_ADMIN.password);
      }
      await page.getByTestId('setup-checklist').waitFor();
      await expectClean(page, 'first steps on an empty installation');
    });

    it('sign-in', async () => {
      await browser.context.clearCookies();
      await page.goto(`${stage.collector.url}${PAGES.dashboard}`);
      await page.getByTestId('signin-form').waitFor();
      await expectClean(page, 'sign-in');
    });

    it('the report, with votes and without', async () => {
      await useAdminSession(browser.context, stage.collector);
      await page.goto(`${stage.collector.url}${PAGES.dashboard}?office=${DEMO.offices[0]!.id}`);
      await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
      await page.locator('[data-testid="chart-trend"]').waitFor();
      await expectClean(page, 'report with votes');

      // Today's votes start at 09:00 Rome time (seedTotemVotes): before then, and on a run just after
      // midnight, the preset gives an empty day, which must be clean too.
      await page.getByTestId('preset-today').click();
      await page.locator('[data-testid="report"]:is([data-state="ready"], [data-state="empty"])').waitFor();
      await expectClean(page, 'report of today');

      // A day with votes at any hour of the run: yesterday's all lie in the past.
      const yesterday = addDays(today(), -1);
      await page.goto(`${stage.collector.url}${PAGES.dashboard}?office=${DEMO.offices[0]!.id}&from=${yesterday}&to=${yesterday}`);
      await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
      await expectClean(page, 'report of one day');

      await page.goto(`${stage.collector.url}${PAGES.dashboard}?office=${DEMO.offices[1]!.id}&from=${today()}&to=${today()}`);
      await page.getByTestId('empty-state').waitFor();
      await expectClean(page, 'report without votes');
    });

    for (const id of MANAGEMENT) {
      it(`${id}: with data, empty, and with its form open`, async () => {
        await open(page, DEMO.administration.id, id);
        await expectClean(page, `${id} with data`);

        const form = { offices: 'office-new', services: 'service-new', terminals: 'terminal-new', people: 'user-new' }[id as string];
        if (form) {
          await page.getByTestId(form).click();
          await page.locator('form[data-testid]').first().waitFor();
          await expectClean(page, `${id} with its form open`);
        }

        if (id === 'people-served') {
          // Per office, not per administration: an office with no services to grid.
          await page.goto(`${stage.collector.url}${PAGES.dashboard}?office=${emptyOffice}#/people-served`);
          await page.getByTestId('served-import').waitFor();
          await expectClean(page, 'people served of an office without services');
          return;
        }
        if (id === 'people' || id === 'administrations') return; // not per administration
        await open(page, bare, id);
        await expectClean(page, `${id} of an empty administration`);
      });
    }
  });
}
