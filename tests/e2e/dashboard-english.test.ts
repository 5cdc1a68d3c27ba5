// The dashboard in English: chosen on the sign-in screen, kept across reloads, on every page the
// installation admin opens, with English dates; and back to Italian. Words of the data (names of
// offices, services, reasons, people) stay as the administration wrote them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiPaths, PAGES } from '../../server/contract/api';
import { DEMO } from '../../server/store/seed-demo';
import { alertPaths } from '../../server/contract/alerts';
import { evaluateAlerts } from '../../server/alerts/evaluate-alerts';
import { createOutbox } from '../../server/delivery/deliver-outbox';
import { PAGES as NAV_PAGES } from '../../kiosk/dashboard/grants';
import { ERROR_WORDS } from '../../server/http/words/error-words';
import { axeViolations } from './helpers/axe';
import { useAdminSession } from './helpers/pages';
import { seedTotemVotes } from './helpers/seed-votes';
import { useStage } from './helpers/stage';

const stage = useStage({ width: 1280, height: 900 });
/** Every text of the administration's data, longest first, taken out of a page before looking for Italian. */
let dataTexts: string[] = [];

/** Italian words no English screen should show (data aside): articles, prepositions and the dashboard's own nouns. */
const ITALIAN = /\b(il|lo|la|gli|le|di|da|dal|al|su|del|della|delle|dei|degli|nel|nella|sul|sulla|una|che|sono|questo|questa|nessun[oa]?|giudizi[o]?|uffici[o]?|servizi[o]?|periodo|salva|annulla|esci|scegli|caricamento|motivazion[ei]|persone|oggi|ultimi|settimana|mese|anno|ente|terminali|abbina|ottimo|positivo|sufficiente|negativo|pessimo)\b/i;

/**
 * Italian an English page quotes on purpose: names of institutions and programmes, the CSV columns
 * the import reads, the question the Designers Italia box asks citizens on the comune's website.
 */
const ITALIAN_ON_PURPOSE = [
  'Carta dei servizi',
  'Mettiamoci la faccia',
  'Dipartimento della Funzione Pubblica',
  'Quanto sono chiare le informazioni su questa pagina?',
  'servizio (or service)',
  'persone (or people)',
];

function strings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (/\p{L}{3}/u.test(value)) into.add(value);
  } else if (Array.isArray(value)) value.forEach((v) => strings(v, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, into));
}

beforeAll(async () => {
  const { adminFetch } = stage.collector;
  await seedTotemVotes(stage.collector, 30);
  const id = DEMO.administration.id;
  // An open alert, so the alerts page shows what it saw: a sentence the collector stores in Italian.
  const rule = await adminFetch(alertPaths.administrationRules(id), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Index watch', officeId: DEMO.offices[0]!.id, params: { kind: 'low-index', windowHours: 720, minVotes: 5, openBelow: 99, closeAbove: 100 } }),
  });
  expect(rule.status).toBe(201);
  const { store, realtime, app } = stage.collector;
  const outbox = createOutbox({ db: store.db, mail: null, log: app.log, now: () => new Date(), live: false });
  expect((await evaluateAlerts({ db: store.db, outbox, log: app.log, alertChanged: (a) => realtime.alertChanged(a), dashboardUrl: '' }, new Date())).opened).toBe(1);
  const found = new Set<string>();
  for (const path of [
    apiPaths.administrations,
    apiPaths.administrationOffices(id),
    apiPaths.administrationServices(id),
    apiPaths.administrationReasons(id),
    apiPaths.terminals,
    apiPaths.users,
    alertPaths.administrationRules(id),
  ]) {
    const res = await adminFetch(path);
    if (res.ok) strings(await res.json(), found);
  }
  dataTexts = [...found].sort((a, b) => b.length - a.length);
  expect(dataTexts).toContain(DEMO.services[0]!.name);
});

/**
 * The page's words as a reader meets them, without the administration's data, code samples and
 * the parts marked lang="it" on purpose (what citizens see in Italian, quoted on an English page).
 */
async function wordsOf(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang="it"], pre, code, script, style, noscript, textarea, canvas').forEach((e) => e.remove());
    copy.querySelectorAll('input, select').forEach((e) => e.remove());
    // Attributes a screen reader reads count as words too.
    const labels = [...document.querySelectorAll('[aria-label], [title]')]
      .filter((e) => !e.closest('[lang="it"]'))
      .map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`);
    return `${copy.textContent ?? ''} ${labels.join(' ')}`;
  });
  let rest = text.replace(/\s+/g, ' ');
  for (const d of [...dataTexts, ...ITALIAN_ON_PURPOSE]) rest = rest.split(d).join(' ');
  return rest;
}

/** The Italian words found, each with a few words around it so a failure says where. */
function italianIn(text: string): string[] {
  const found: string[] = [];
  const global = new RegExp(ITALIAN.source, 'gi');
  for (const m of text.matchAll(global)) found.push(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).trim());
  return found;
}

/** Waits until a page has left its loading state ("Loading…" gone from its part of the screen). */
async function settled(page: Page, id: string) {
  await page.locator(`[data-testid="page-${id}"], [data-testid="report"][data-state="ready"], [data-testid="empty-state"]`).first().waitFor();
  await page.waitForFunction(() => !/Loading…|Caricamento…/.test(document.querySelector('main')?.textContent ?? ''), undefined, { timeout: 20_000 });
}

describe('the dashboard in English', () => {
  it('is offered on the sign-in screen, each language in its own name, and the choice outlives a reload', async () => {
    const page = await stage.browser.context.newPage();
    await page.goto(`${stage.collector.url}${PAGES.dashboard}`);
    await page.getByTestId('signin-form').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    expect(await page.getByTestId('signin-submit').textContent()).toBe('Accedi');
    expect(await page.getByTestId('language-en').getAttribute('lang')).toBe('en');
    await page.getByTestId('language-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByTestId('signin-form').waitFor();
    expect(await page.getByTestId('signin-submit').textContent()).toBe('Sign in');
    expect(await page.getByTestId('language-en').getAttribute('aria-pressed')).toBe('true');
    expect(italianIn(await wordsOf(page))).toEqual([]);

    await page.getByTestId('signin-email').fill(stage.collector.admin.email);
    await page.getByTestId('signin-password').fill(stage.collector.admin.password);
    await page.getByTestId('signin-submit').click();
    await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
    await page.reload();
    await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.close();
  });

  it('shows every page the installation admin opens in English, with English dates, and passes axe', async () => {
    await useAdminSession(stage.browser.context, stage.collector);
    const page = await stage.browser.context.newPage();
    await page.addInitScript(() => localStorage.setItem('gradimento.dashboard.language', 'en'));
    const problems: string[] = [];
    for (const { id } of NAV_PAGES) {
      const query = `?administration=${DEMO.administration.id}&office=${DEMO.offices[0]!.id}`;
      await page.goto(`${stage.collector.url}${PAGES.dashboard}${query}#/${id}`);
      await settled(page, id);
      for (const found of italianIn(await wordsOf(page))) problems.push(`${id}: …${found}…`);
      if (id === 'alerts') {
        // Written from the alert's facts in English, not the Italian sentence stored beside them.
        expect(await page.getByTestId('alert').first().textContent()).toMatch(/Satisfaction index [\d.]+ out of 100 over the last 30 days \(\d+ votes; threshold 99\)\./);
      }
      if (id === 'report') {
        await page.locator('[data-testid="chart-trend"]').waitFor();
        // A month in English in the period's words or the trend's table, never "novembre".
        const text = (await page.locator('main').textContent()) ?? '';
        expect(text).toMatch(/\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
        expect(text).not.toMatch(/\b(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b/i);
        expect(await axeViolations(page), 'English report').toEqual([]);
        await page.locator('[data-testid="how-to-read"] summary').click();
        for (const found of italianIn(await wordsOf(page))) problems.push(`how to read: …${found}…`);
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('goes back to Italian from the header, and stays Italian', async () => {
    await useAdminSession(stage.browser.context, stage.collector);
    const page = await stage.browser.context.newPage();
    await page.goto(`${stage.collector.url}${PAGES.dashboard}`);
    await page.evaluate(() => localStorage.setItem('gradimento.dashboard.language', 'en'));
    await page.reload();
    await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
    expect(await page.getByTestId('signout').textContent()).toBe('Sign out');
    await page.getByTestId('language-it').click();
    await page.waitForFunction(() => document.documentElement.lang === 'it');
    await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
    expect(await page.getByTestId('signout').textContent()).toBe('Esci');
    await page.reload();
    await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    await page.close();
  });

  it('follows a link that names the language (?lang=en), and a choice made there stays in the address', async () => {
    await useAdminSession(stage.browser.context, stage.collector);
    const page = await stage.browser.context.newPage();
    await page.goto(`${stage.collector.url}${PAGES.dashboard}?lang=en&office=${DEMO.offices[0]!.id}`);
    await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByTestId('language-it').click();
    await page.waitForFunction(() => document.documentElement.lang === 'it');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('it');
    expect(new URL(page.url()).searchParams.get('office')).toBe(DEMO.offices[0]!.id);
    await page.close();
  });

  it("shows the collector's refusals in the dashboard's language, whatever the browser prefers", async () => {
    await useAdminSession(stage.browser.context, stage.collector);
    const page = await stage.browser.context.newPage();
    // The browser itself prefers Italian (the stage's locale is it-IT): in English, the dashboard must still get English refusals.
    expect(await page.evaluate(() => navigator.language)).toBe('it-IT');
    const refusal = async (language: 'en' | 'it') => {
      await page.goto(`${stage.collector.url}${PAGES.dashboard}?lang=${language}#/alerts`);
      await page.getByTestId('rule-name').waitFor();
      // Thresholds the wrong way round: the collector refuses the field.
      await page.getByTestId('rule-name').fill('Thresholds reversed');
      await page.getByTestId('rule-office').selectOption({ label: DEMO.offices[0]!.name });
      await page.getByTestId('rule-lastVotes').fill('5');
      await page.getByTestId('rule-openAbovePct').fill('30');
      await page.getByTestId('rule-closeBelowPct').fill('40');
      await page.getByTestId('rule-save').click();
      await page.getByTestId('rule-closeBelowPct-problem').waitFor();
      return page.getByTestId('rule-closeBelowPct-problem').textContent();
    };
    expect(await refusal('en')).toBe(ERROR_WORDS.en.closeBelowNotLower);
    expect(await refusal('it')).toBe(ERROR_WORDS.it.closeBelowNotLower);
    await page.close();
  });
});
