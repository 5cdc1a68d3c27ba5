// Two admins editing one item, in Chromium on a phone-sized screen: the admin at the dashboard saves from the
// form he opened before Anna changed the item from her own session; the save is refused beside the form
// (nothing stored, his input still there), the notice names Anna and shows her version on request, and saving
// again sends only his change, with the version read. A person, a service and an administration.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiPaths, PAGES } from '../../server/contract/api';
import { CSRF_HEADER, SESSION_COOKIE } from '../../server/contract/auth';
import { DEMO } from '../../server/store/seed-demo';
import { signIn } from './helpers/collector';
import { useAdminSession } from './helpers/pages';
import { useStage } from './helpers/stage';

const stage = useStage({ width: 390, height: 844 });
const VALDORIA = DEMO.administration.id;
const OFFICE = DEMO.offices[0]!;
const PASSWORD = 'una password abbastanza lunga';
/** Set SHOTS_DIR to keep a screenshot of the notice (never inside the repository). */
const SHOTS_DIR = process.env.SHOTS_DIR;

const viewer = { role: 'viewer', administrationId: VALDORIA, officeId: null } as const;
const manager = { role: 'office_manager', administrationId: VALDORIA, officeId: OFFICE.id } as const;

async function json(res: Response) {
  if (res.status >= 300) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
}

/** Anna, a second installation admin, changes an item from her own session; answers the item as stored then. */
async function annaPatches(apiPath: string, body: object): Promise<{ version: string } & Record<string, unknown>> {
  const { url, adminFetch } = stage.collector;
  const email = 'anna@cst.example.org';
  if (!(await json(await adminFetch(apiPaths.users))).some((u: { email: string }) => u.email === email)) {
    await json(await adminFetch(apiPaths.users, { method: 'POST', body: JSON.stringify({ email, name: 'Anna Rossi', password: PASSWORD, grants: [{ role: 'installation_admin', administrationId: null, officeId: null }] }) }));
  }
  const anna = await signIn(url, email, PASSWORD);
  return json(
    await fetch(`${url}${apiPath}`, {
      method: 'PATCH',
      headers: { cookie: `${SESSION_COOKIE}=${anna.sessionId}`, [CSRF_HEADER]: anna.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

/** The dashboard at `route`, signed in as the e2e installation admin, recording the PATCH bodies sent to `apiPath`. */
async function openDashboard(route: string, apiPath: string): Promise<{ page: Page; patches: unknown[] }> {
  const page = await stage.browser.context.newPage();
  await useAdminSession(stage.browser.context, stage.collector);
  const patches: unknown[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH' && r.url().endsWith(apiPath)) patches.push(r.postDataJSON());
  });
  await page.goto(`${stage.collector.url}${PAGES.dashboard}#/${route}`);
  await page.getByTestId(`page-${route}`).waitFor();
  return { page, patches };
}

async function shot(page: Page, name: string) {
  if (!SHOTS_DIR) return;
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });
}

/** On a phone the notice fits the screen's width: nothing to scroll sideways for. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('a management form when someone else changed the item meanwhile', () => {
  it('a person: keeps the rename typed, shows Anna\'s roles, and saves only the rename', async () => {
    const { adminFetch } = stage.collector;
    const carla = await json(await adminFetch(apiPaths.users, { method: 'POST', body: JSON.stringify({ email: 'carla@valdoria.example.org', name: 'Carla Verdi', password: PASSWORD, grants: [viewer] }) }));
    const { page, patches } = await openDashboard('people', apiPaths.user(carla.id));
    await page.locator(`[data-testid="user-row"][data-user-id="${carla.id}"]`).getByTestId('user-edit').click();
    await page.getByTestId('user-name').fill('Carla Verdi Neri');
    // Meanwhile Anna makes Carla an office manager too.
    const annas = await annaPatches(apiPaths.user(carla.id), { grants: [viewer, manager], version: carla.version });

    await page.getByTestId('user-save').click();
    const notice = page.getByTestId('user-stale');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Qualcun altro ha modificato i dati di questa persona dopo che li hai aperti.');
    expect(await notice.innerText()).toContain('Anna Rossi');
    expect(await page.getByTestId('user-name').inputValue()).toBe('Carla Verdi Neri');
    expect(patches).toEqual([{ name: 'Carla Verdi Neri', version: carla.version }]);

    await page.getByTestId('user-stale-reload').click();
    const theirs = page.getByTestId('user-stale-theirs');
    await theirs.waitFor();
    expect(await theirs.innerText()).toContain(`Responsabile d’ufficio · ${DEMO.administration.name} · ${OFFICE.name}`);
    expect(await theirs.innerText()).not.toContain('Carla Verdi Neri');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await notice.scrollIntoViewIfNeeded();
    await shot(page, 'people-stale-390');

    await page.getByTestId('user-save').click();
    await page.getByTestId('user-form').waitFor({ state: 'detached' });
    const stored = await json(await adminFetch(apiPaths.user(carla.id)));
    expect(stored.name).toBe('Carla Verdi Neri');
    expect(stored.grants).toEqual(expect.arrayContaining([viewer, manager]));
    // The same change, now on Anna's version: her roles were not sent back, so they stay.
    expect(patches).toEqual([
      { name: 'Carla Verdi Neri', version: carla.version },
      { name: 'Carla Verdi Neri', version: annas.version },
    ]);
  });

  it('a service: keeps the standard typed, shows Anna\'s name, and saves only the standard', async () => {
    const { adminFetch } = stage.collector;
    const service = DEMO.services[1]!;
    const opened = (await json(await adminFetch(apiPaths.administrationServices(VALDORIA)))).find((s: { id: string }) => s.id === service.id);
    const { page, patches } = await openDashboard('services', apiPaths.service(service.id));
    await page.locator(`[data-testid="service-row"][data-service-id="${service.id}"]`).getByTestId('service-edit').click();
    await page.getByTestId('service-standard').fill('80');
    const annas = await annaPatches(apiPaths.service(service.id), { name: 'Tributi e tasse', version: opened.version });

    await page.getByTestId('service-save').click();
    const notice = page.getByTestId('service-stale');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Qualcun altro ha modificato questo servizio dopo che l’hai aperto.');
    expect(await page.getByTestId('service-standard').inputValue()).toBe('80');
    await page.getByTestId('service-stale-reload').click();
    expect(await page.getByTestId('service-stale-theirs').innerText()).toContain('Tributi e tasse');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await notice.scrollIntoViewIfNeeded();
    await shot(page, 'services-stale-390');

    await page.getByTestId('service-save').click();
    await page.getByTestId('service-form').waitFor({ state: 'detached' });
    const stored = (await json(await adminFetch(apiPaths.administrationServices(VALDORIA)))).find((s: { id: string }) => s.id === service.id);
    expect(stored).toMatchObject({ name: 'Tributi e tasse', standard: { minPositivePct: 80 } });
    expect(patches.map((p) => Object.keys(p as object).sort())).toEqual([
      ['standard', 'standardFrom', 'version'],
      ['standard', 'standardFrom', 'version'],
    ]);
    expect((patches[1] as { version: string }).version).toBe(annas.version);
  });

  it('an administration: the rename refused says Anna renamed it, shows her name, and a new save puts the typed one', async () => {
    const { adminFetch } = stage.collector;
    const opened = (await json(await adminFetch(apiPaths.administrations))).find((a: { id: string }) => a.id === VALDORIA);
    const { page, patches } = await openDashboard('administrations', apiPaths.administration(VALDORIA));
    const row = page.locator(`[data-testid="administration-row"][data-administration-id="${VALDORIA}"]`);
    await row.getByTestId('administration-rename').click();
    await page.getByTestId(`administration-rename-${VALDORIA}`).fill('Comune di Valdoria (VD)');
    const annas = await annaPatches(apiPaths.administration(VALDORIA), { name: 'Città di Valdoria', version: opened.version });

    await page.getByTestId(`administration-rename-${VALDORIA}-submit`).click();
    const notice = page.getByTestId('administration-stale');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Qualcun altro ha rinominato questa amministrazione dopo che l’hai aperta.');
    await page.getByTestId('administration-stale-reload').click();
    expect(await page.getByTestId('administration-stale-theirs').innerText()).toContain('Città di Valdoria');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await notice.scrollIntoViewIfNeeded();
    await shot(page, 'administrations-stale-390');

    await page.getByTestId(`administration-rename-${VALDORIA}-submit`).click();
    await page.getByTestId(`administration-rename-${VALDORIA}-form`).waitFor({ state: 'detached' });
    expect((await json(await adminFetch(apiPaths.administrations))).find((a: { id: string }) => a.id === VALDORIA).name).toBe('Comune di Valdoria (VD)');
    expect(patches).toEqual([
      { name: 'Comune di Valdoria (VD)', version: opened.version },
      { name: 'Comune di Valdoria (VD)', version: annas.version },
    ]);
  });
  it('an administration: after the refusal, the name first opened typed back undoes her rename (it is sent, not taken for «no change»)', async () => {
    const { adminFetch } = stage.collector;
    const opened = (await json(await adminFetch(apiPaths.administrations))).find((a: { id: string }) => a.id === VALDORIA);
    const { page, patches } = await openDashboard('administrations', apiPaths.administration(VALDORIA));
    const row = page.locator(`[data-testid="administration-row"][data-administration-id="${VALDORIA}"]`);
    await row.getByTestId('administration-rename').click();
    const field = page.getByTestId(`administration-rename-${VALDORIA}`);
    await field.fill(`${opened.name} — sede`);
    const annas = await annaPatches(apiPaths.administration(VALDORIA), { name: 'Valdoria secondo Anna', version: opened.version });
    await page.getByTestId(`administration-rename-${VALDORIA}-submit`).click();
    await page.getByTestId('administration-stale').waitFor();
    await page.getByTestId('administration-stale-reload').click();
    await page.getByTestId('administration-stale-theirs').waitFor();

    await field.fill(opened.name);
    await page.getByTestId(`administration-rename-${VALDORIA}-submit`).click();
    await page.getByTestId(`administration-rename-${VALDORIA}-form`).waitFor({ state: 'detached' });
    expect((await json(await adminFetch(apiPaths.administrations))).find((a: { id: string }) => a.id === VALDORIA).name).toBe(opened.name);
    expect(patches.at(-1)).toEqual({ name: opened.name, version: annas.version });
  });
});
