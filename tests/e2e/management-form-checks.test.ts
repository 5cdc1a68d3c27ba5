// What the management forms say before and when the collector refuses, in real Chromium at a laptop's and a phone's width: an office's opening hours with a slot the wrong way round or overlapping another cannot be saved and say why beside the slot and the button; a terminal without a service says what is missing beside «Crea»; a terminal name already used in the office is refused beside the name; the public page's settings warn of an address citizens cannot reach.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGES } from '../../server/contract/api';
import { DEMO } from '../../server/store/seed-demo';
import { axeViolations } from './helpers/axe';
import { launchBrowser, type Browser } from './helpers/browser';
import { useAdminSession } from './helpers/pages';
import { useStage } from './helpers/stage';

const stage = useStage();
const VALDORIA = DEMO.administration.id;
const MUNICIPIO = DEMO.offices[0]!.id;
const SAN_ROCCO = DEMO.offices[1]!;
/** The demo's totem, in the Municipio. */
const TOTEM = DEMO.terminals[0]!;
/** Set SHOTS_DIR to keep a full-page screenshot of each form looked at (never inside the repository). */
const SHOTS_DIR = process.env.SHOTS_DIR;
const WIDTHS = [
  { name: '1440', width: 1440, height: 900 },
  { name: '390', width: 390, height: 844 },
] as const;

async function shot(page: Page, name: string) {
  if (!SHOTS_DIR) return;
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}

/** Nothing drawn wider than the screen: a phone never scrolls sideways. */
const widerThanScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const count = async (table: 'offices' | 'terminals') => (await stage.collector.store.db.selectFrom(table).select('id').execute()).length;

for (const size of WIDTHS) {
  describe(`at ${size.width} px`, () => {
    let browser: Browser;
    let page: Page;
    beforeAll(async () => {
      browser = await launchBrowser({ width: size.width, height: size.height });
      await useAdminSession(browser.context, stage.collector);
      page = await browser.context.newPage();
    });
    afterAll(async () => browser?.close());

    const open = async (id: 'offices' | 'terminals' | 'public-page') => {
      // A fresh load each time: going to the address already open changes nothing, and the lists would not see the rows the tests change.
      await page.goto('about:blank');
      await page.goto(`${stage.collector.url}${PAGES.dashboard}?administration=${VALDORIA}#/${id}`);
      await page.getByTestId(`page-${id}`).waitFor();
    };

    it('an office whose hours have a slot the wrong way round, or two that overlap, says so beside the slot and the save button, and sends nothing until corrected', async () => {
      await open('offices');
      await page.getByTestId('office-new').click();
      await page.getByTestId('office-name').fill(`Sede di Borgo ${size.name}`);
      const save = page.getByTestId('office-save');
      const blocked = page.getByTestId('office-blocked');
      expect(await save.isEnabled()).toBe(true);
      expect(await blocked.count()).toBe(0);

      await page.getByRole('button', { name: 'Aggiungi fascia: Lunedì' }).click();
      await page.getByLabel('Lunedì, fascia 1: dalle').fill('12:30');
      await page.getByLabel('Lunedì, fascia 1: alle').fill('08:30');
      expect(await page.getByTestId('hours-mon-note').textContent()).toBe('Fascia 1 (12:30–08:30): deve finire dopo l’inizio.');
      expect(await page.getByLabel('Lunedì, fascia 1: dalle').getAttribute('aria-describedby')).toBe('hours-mon-note');
      expect(await page.getByLabel('Lunedì, fascia 1: alle').getAttribute('aria-invalid')).toBe('true');
      expect(await save.isDisabled()).toBe(true);
      expect(await blocked.textContent()).toBe('Per salvare, correggi l’orario di lunedì: le fasce da correggere sono segnate.');
      expect(await save.getAttribute('aria-describedby')).toBe('office-blocked');

      // Corrected, then a second slot that starts before the first ends; Thursday wrong too.
      await page.getByLabel('Lunedì, fascia 1: dalle').fill('08:30');
      await page.getByLabel('Lunedì, fascia 1: alle').fill('12:30');
      await page.getByRole('button', { name: 'Aggiungi fascia: Lunedì' }).click();
      await page.getByLabel('Lunedì, fascia 2: dalle').fill('12:00');
      await page.getByRole('button', { name: 'Aggiungi fascia: Giovedì' }).click();
      await page.getByLabel('Giovedì, fascia 1: alle').fill('08:00');
      expect(await page.getByTestId('hours-mon-note').textContent()).toBe('Fascia 2 (12:00–17:00): si sovrappone alla fascia 08:30–12:30.');
      expect(await page.getByLabel('Lunedì, fascia 1: dalle').getAttribute('aria-invalid')).toBeNull();
      expect(await page.getByLabel('Lunedì, fascia 2: dalle').getAttribute('aria-invalid')).toBe('true');
      expect(await blocked.textContent()).toBe('Per salvare, correggi l’orario di lunedì e giovedì: le fasce da correggere sono segnate.');
      expect(await save.isDisabled()).toBe(true);
      // Enter in a field submits a form whose button is enabled: here nothing goes out.
      const before = await count('offices');
      await page.getByTestId('office-name').press('Enter');
      expect(await page.getByTestId('office-error').count()).toBe(0);
      await shot(page, `${size.name}-office-hours-wrong`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await widerThanScreen(page)).toBeLessThanOrEqual(0);

      // Touching slots are one opening in two parts: allowed, as the collector allows them.
      await page.getByLabel('Lunedì, fascia 2: dalle').fill('12:30');
      await page.getByRole('button', { name: 'Togli fascia: Giovedì 1' }).click();
      expect(await blocked.count()).toBe(0);
      expect(await page.getByTestId('hours-mon-note').count()).toBe(0);
      expect(await save.getAttribute('aria-describedby')).toBeNull();
      expect(await count('offices')).toBe(before);
      await save.click();
      await page.getByTestId('office-form').waitFor({ state: 'detached' });
      expect(await count('offices')).toBe(before + 1);
    });

    it('an office whose stored hours would be refused today still saves a change of address: the collector checks hours only when they are sent', async () => {
      const { db } = stage.collector.store;
      const wrong = JSON.stringify({ mon: [{ from: '12:30', to: '08:30' }] });
      await db.updateTable('offices').set({ opening_hours: wrong }).where('id', '=', SAN_ROCCO.id).execute();
      await open('offices');
      await page.getByTestId('office-row').filter({ hasText: SAN_ROCCO.name }).getByTestId('office-edit').click();
      // The slot is still pointed out; the save waits only once the hours are touched.
      expect(await page.getByTestId('hours-mon-note').textContent()).toBe('Fascia 1 (12:30–08:30): deve finire dopo l’inizio.');
      expect(await page.getByTestId('office-blocked').count()).toBe(0);
      await page.getByTestId('office-address').fill(`Via della Chiesa ${size.name}`);
      await page.getByTestId('office-save').click();
      await page.getByTestId('office-form').waitFor({ state: 'detached' });
      const stored = await db.selectFrom('offices').select(['address', 'opening_hours']).where('id', '=', SAN_ROCCO.id).executeTakeFirstOrThrow();
      expect(stored).toEqual({ address: `Via della Chiesa ${size.name}`, opening_hours: wrong });
    });

    it('a terminal without a service says what is missing beside «Crea», and a name already used in the office is refused beside the name', async () => {
      await open('terminals');
      await page.getByTestId('terminal-office').selectOption(MUNICIPIO);
      await page.getByTestId('terminal-new').click();
      const save = page.getByTestId('terminal-save');
      const blocked = page.getByTestId('terminal-blocked');
      expect(await save.textContent()).toBe('Crea');
      expect(await save.isDisabled()).toBe(true);
      expect(await blocked.textContent()).toBe('Manca il servizio: sceglilo in «Servizio», più in alto.');
      expect(await save.getAttribute('aria-describedby')).toBe('terminal-blocked');
      await shot(page, `${size.name}-terminal-no-service`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await widerThanScreen(page)).toBeLessThanOrEqual(0);
      await page.getByTestId('terminal-mode-totem').check();
      expect(await blocked.textContent()).toBe('Manca un servizio: aggiungine almeno uno con «Aggiungi servizio…», più in alto.');
      await page.getByTestId('terminal-service-add').selectOption(DEMO.services[0]!.id);
      expect(await blocked.count()).toBe(0);
      expect(await save.isEnabled()).toBe(true);
      expect(await save.getAttribute('aria-describedby')).toBeNull();

      // The demo's totem, in other letter case: the same name for whoever reads the list.
      const before = await count('terminals');
      await page.getByTestId('terminal-name').fill(TOTEM.name.toLocaleUpperCase('it'));
      await save.click();
      await page.getByTestId('terminal-name-problem').waitFor();
      expect(await page.getByTestId('terminal-name-problem').textContent()).toBe('già in uso');
      expect(await page.getByTestId('terminal-name').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByTestId('terminal-error').textContent()).toBe(
        `Un altro terminale di questo ufficio si chiama già «${TOTEM.name}»: scegli un nome che li distingua (dove si trova, quale sportello), o archivia prima l’altro.`,
      );
      expect(await count('terminals')).toBe(before);
      await shot(page, `${size.name}-terminal-name-taken`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await widerThanScreen(page)).toBeLessThanOrEqual(0);
      await page.getByTestId('terminal-name').fill(`Totem al primo piano ${size.name}`);
      await save.click();
      await page.getByTestId('terminal-form').waitFor({ state: 'detached' });
      expect(await count('terminals')).toBe(before + 1);
    });

    it('the public page\'s settings warn that the links name the collector by an address citizens cannot reach', async () => {
      await open('public-page');
      await page.getByTestId('public-page-form').waitFor();
      // This stage's collector has no PUBLIC_URL and answers on 127.0.0.1, as a first install on the office's machine.
      expect(await page.getByTestId('public-page-address').textContent()).toBe(
        `Questi indirizzi e il codice da inserire nel sito nominano il collettore come ${stage.collector.url}, un indirizzo della rete interna: dai telefoni dei cittadini e dal sito del comune non si raggiunge. Chiedi a chi gestisce il collettore di impostare PUBLIC_URL con il suo indirizzo pubblico https e di riavviarlo, poi copia gli indirizzi e il codice.`,
      );
      await shot(page, `${size.name}-public-page-settings`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await widerThanScreen(page)).toBeLessThanOrEqual(0);
    });
  });
}
