// Drives the dashboard's management pages as an admin does (sign-in form, administrations, offices, services, terminals, people) and a new terminal's pairing form.
import type { Locator, Page } from 'playwright-core';
import type { Role } from '../../../server/contract/auth';
import { PAGES } from '../../../server/contract/api';
import type { FaceId } from '../../../server/contract/scale';
import { launchBrowser, type Browser } from './browser';

/** The sign-in form of the dashboard, by its test ids; resolves once the signed-in shell shows its report or page. */
export async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('signin-form').waitFor({ state: 'detached' });
}

/** Opens a management page through the navigation and, when asked, picks the administration it works on. */
export async function openAdminPage(page: Page, id: 'administrations' | 'offices' | 'services' | 'terminals' | 'people', administrationId?: string): Promise<void> {
  await page.getByTestId(`nav-${id}`).click();
  await page.getByTestId(`page-${id}`).waitFor();
  if (administrationId) await page.getByTestId('administration-select').selectOption(administrationId);
}

/** The table row whose first cell reads exactly `name` (text, not markup), once the list shows it. */
async function rowNamed(page: Page, testId: string, name: string): Promise<Locator> {
  const row = page.getByTestId(testId).filter({ has: page.locator('td:first-child', { hasText: name }) });
  await row.first().waitFor();
  return row.first();
}

/** Administrations page: creates one, returns its id from the new row. */
export async function createAdministration(page: Page, name: string): Promise<string> {
  await page.getByTestId('administration-new').fill(name);
  await page.getByTestId('administration-new-submit').click();
  const row = await rowNamed(page, 'administration-row', name);
  return (await row.getAttribute('data-administration-id'))!;
}

/** Offices page: creates an office with only a name, everything else (time zone, hours) left at the form's defaults. */
export async function createOffice(page: Page, name: string): Promise<{ id: string; row: Locator }> {
  await page.getByTestId('office-new').click();
  await page.getByTestId('office-name').fill(name);
  await page.getByTestId('office-save').click();
  await page.getByTestId('office-form').waitFor({ state: 'detached' });
  const row = await rowNamed(page, 'office-row', name);
  return { id: (await row.getAttribute('data-office-id'))!, row };
}

/** Services page: creates a service, with a charter standard (minimum % positive) when given. */
export async function createService(page: Page, name: string, standardPct?: number): Promise<{ id: string; row: Locator }> {
  await page.getByTestId('service-new').click();
  await page.getByTestId('service-name').fill(name);
  if (standardPct !== undefined) await page.getByTestId('service-standard').fill(String(standardPct));
  await page.getByTestId('service-save').click();
  await page.getByTestId('service-form').waitFor({ state: 'detached' });
  const row = await rowNamed(page, 'service-row', name);
  return { id: (await row.getAttribute('data-service-id'))!, row };
}

/** Terminals page: creates a counter terminal for one service, in the office given (the select shows only with several offices). */
export async function createCounterTerminal(page: Page, officeId: string, name: string, serviceId: string): Promise<{ id: string; row: Locator }> {
  const officeSelect = page.getByTestId('terminal-office');
  if (await officeSelect.count()) await officeSelect.selectOption(officeId);
  await page.getByTestId('terminal-new').click();
  await page.getByTestId('terminal-name').fill(name);
  await page.getByTestId('terminal-mode-counter').check();
  await page.getByTestId('terminal-service').selectOption(serviceId);
  await page.getByTestId('terminal-save').click();
  await page.getByTestId('terminal-form').waitFor({ state: 'detached' });
  const row = await rowNamed(page, 'terminal-row', name);
  return { id: (await row.getAttribute('data-terminal-id'))!, row };
}

export interface Person {
  email: string;
  name: string;
  password: string;
}

/** People page: creates a person with an initial password and one role over an administration (and an office, for office roles). */
export async function createPerson(page: Page, person: Person, grant: { role: Exclude<Role, 'installation_admin'>; administrationId: string; officeId?: string }): Promise<string> {
  await page.getByTestId('user-new').click();
  await page.getByTestId('user-email').fill(person.email);
  await page.getByTestId('user-name').fill(person.name);
  await page.getByTestId('user-password').fill(person.password);
  const row = page.getByTestId('grant-row').first();
  await row.getByTestId('grant-role').selectOption(grant.role);
  await row.getByTestId('grant-administration').selectOption(grant.administrationId);
  // The office list loads for the administration just chosen: selectOption waits for the option to appear.
  if (grant.officeId) await row.getByTestId('grant-office').selectOption(grant.officeId);
  await page.getByTestId('user-save').click();
  await page.getByTestId('user-form').waitFor({ state: 'detached' });
  const saved = page.getByTestId('user-row').filter({ hasText: person.email });
  await saved.waitFor();
  return (await saved.getAttribute('data-user-id'))!;
}

export interface EnrolledTerminal {
  browser: Browser;
  page: Page;
  /** From opening /terminal/ to the faces on screen, code typed in between. */
  kioskMs: number;
  /** From starting a new Chromium profile to the faces on screen. */
  withLaunchMs: number;
}

/**
 * A brand-new browser (own profile: no token, no service worker) opens the kiosk URL, staff type the
 * code read off the dashboard, and the faces appear. Timed as the "under a minute" claim.
 */
export async function enrolNewBrowser(collectorUrl: string, code: string): Promise<EnrolledTerminal> {
  const launchedAt = performance.now();
  const browser = await launchBrowser({ width: 800, height: 1280 });
  try {
    const page = await browser.context.newPage();
    const openedAt = performance.now();
    await page.goto(`${collectorUrl}${PAGES.terminal}`);
    await page.getByTestId('pairing').waitFor();
    await page.getByTestId('pairing-code').fill(code);
    await page.getByTestId('pairing-submit').click();
    await page.getByTestId('face-positivo').waitFor({ timeout: 30_000 });
    const readyAt = performance.now();
    return { browser, page, kioskMs: readyAt - openedAt, withLaunchMs: readyAt - launchedAt };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

/** One citizen's vote on a counter terminal: a face, the reasons when it asks for them, until "Grazie!" shows and the faces are back. */
export async function castVote(page: Page, face: FaceId, reasonIds: readonly string[] = []): Promise<void> {
  await page.getByTestId(`face-${face}`).click();
  if (reasonIds.length > 0) {
    for (const id of reasonIds) await page.getByTestId(`reason-${id}`).click();
    await page.getByTestId('reasons-send').click();
  }
  await page.getByTestId('thanks').waitFor();
  await page.getByTestId(`face-${face}`).waitFor({ timeout: 15_000 });
}
