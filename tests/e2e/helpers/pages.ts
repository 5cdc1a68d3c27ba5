// Opens the two front-ends as people do: a terminal through its pairing link, the dashboard after signing in.
import type { BrowserContext, Page } from 'playwright-core';
import { SESSION_COOKIE } from '../../../server/contract/auth';
import type { RunningCollector } from './collector';
import type { Stage } from './stage';

/**
 * A new page opened on the terminal's pairing link (`/terminal/?pair=CODE`): the kiosk enrols itself
 * on first open and removes the code from the address. Resolves once the enrolment is stored and the
 * code is gone; the caller waits for the screen it expects.
 */
export async function openTerminal(stage: Stage, terminalId: string): Promise<Page> {
  const page = await stage.browser.context.newPage();
  await page.goto(await stage.collector.pairingUrl(terminalId));
  await page.waitForFunction(() => !location.search.includes('pair='), undefined, { timeout: 15_000 });
  return page;
}

/** Types a pairing code into the terminal's pairing form ("Abbina il terminale" or "Terminale non abilitato"). */
export async function pairByHand(page: Page, code: string): Promise<void> {
  await page.getByLabel('Codice di abbinamento').fill(code);
  await page.getByRole('button', { name: 'Abbina' }).click();
}

/** Signs in through the dashboard's own form (labelled e-mail and password, "Accedi"). */
export async function signInThroughForm(page: Page, collector: RunningCollector): Promise<void> {
  await page.getByLabel('E-mail').fill(collector.admin.email);
  await page.getByLabel('Password', { exact: true }).fill(collector.admin.password);
  await page.getByRole('button', { name: 'Accedi' }).click();
}

/** Gives the browser the admin's session cookie from the API sign-in, as the form would have set it. */
export async function useAdminSession(context: BrowserContext, collector: RunningCollector): Promise<void> {
  const { hostname } = new URL(collector.url);
  // Path / as the collector sets it (server/auth/session-info.ts): the API and socket.io need it too.
  await context.addCookies([{ name: SESSION_COOKIE, value: collector.admin.sessionId, domain: hostname, path: '/', httpOnly: true, sameSite: 'Strict' }]);
}
