// The channels in real Chromium: the rating widget on a comune's page (the checks AgID's validator makes, a rating sent, no cookie), the mobile page a QR code opens (one vote per code), and the «Canali» page with the phone operator's buttons.
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiPaths, PAGES } from '../../server/contract/api';
import { WEB_NEGATIVE_ANSWERS, WEB_NEGATIVE_QUESTION, WEB_POSITIVE_ANSWERS, WEB_POSITIVE_QUESTION, WEB_TITLE } from '../../server/contract/channel-points';
import type { ChannelPoint, CodeSheet } from '../../server/contract/channel-schemas';
import { MOBILE_WORDS } from '../../server/channels/qr/mobile-words';
import { DEMO } from '../../server/store/seed-demo';
import { axeViolations } from './helpers/axe';
import { useAdminSession } from './helpers/pages';
import { useStage } from './helpers/stage';

const stage = useStage();
const TOWN_HALL = DEMO.offices[0]!.id;
const TRIBUTI = DEMO.services[1]!;
const ANAGRAFE = DEMO.services[0]!;
/** Set SHOTS_DIR to keep a screenshot of each state looked at (never inside the repository). */
const SHOTS_DIR = process.env.SHOTS_DIR;

async function shot(p: Page, name: string) {
  if (!SHOTS_DIR) return;
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await p.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}

async function api<T>(pathAndQuery: string, body?: object): Promise<T> {
  const res = await stage.collector.adminFetch(pathAndQuery, body ? { method: 'POST', body: JSON.stringify(body) } : {});
  if (res.status >= 300) throw new Error(`${pathAndQuery}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

describe('the rating widget on a comune\'s page', () => {
  let site: Server;
  let siteUrl = '';
  let point: ChannelPoint;
  /** Another service's widget, on its own page of the site: ratings sent again. */
  let retried: ChannelPoint;
  /** The comune's pages by path, each with the code the dashboard gave. */
  const pages = new Map<string, string>();
  const servicePage = (title: string, embedCode: string) => `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Comune di Valdoria</title></head>
<body><main><h1>${title}</h1><p>Come fare.</p>
${embedCode}
</main></body></html>`;

  beforeAll(async () => {
    point = await api<ChannelPoint>(apiPaths.officeChannelPoints(TOWN_HALL), { kind: 'web', serviceId: TRIBUTI.id });
    retried = await api<ChannelPoint>(apiPaths.officeChannelPoints(TOWN_HALL), { kind: 'web', serviceId: ANAGRAFE.id });
    // The comune's service pages, on another origin.
    pages.set('/', servicePage('Pagare la TARI', point.embedCode!));
    pages.set('/anagrafe', servicePage('Cambio di residenza', retried.embedCode!));
    site = createServer((req, res) => {
      const html = pages.get(req.url ?? '');
      if (html) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as { port: number }).port}/`;
  });
  afterAll(async () => {
    site?.closeAllConnections();
    await new Promise((resolve) => site?.close(resolve));
  });

  it('passes the checks AgID\'s validator makes on the component: title, five stars, the right question after each, the model\'s answers, the comment field', async () => {
    const page = await stage.browser.context.newPage();
    try {
      await page.goto(siteUrl);
      const feedback = page.locator('[data-element="feedback"]');
      await feedback.waitFor();
      expect((await feedback.locator('[data-element="feedback-title"]').textContent())?.trim()).toBe(WEB_TITLE);
      expect(await feedback.locator('[data-element="feedback-input-text"]').count()).toBe(1);
      // Visible as the validator judges it: laid out, in the viewport's direction, with a size.
      const visible = (selector: string) =>
        page.evaluate((s) => {
          const el = document.querySelector(s) as HTMLElement | null;
          if (!el) return null;
          const r = el.getBoundingClientRect();
          return Boolean(el.offsetParent) && getComputedStyle(el).visibility !== 'hidden' && r.bottom > 0 && r.top > 0 && r.height > 0 && r.width > 0;
        }, selector);
      const texts = (scope: string, element: string) => page.locator(`${scope} [data-element="${element}"]`).allTextContents();
      for (let stars = 1; stars <= 5; stars++) {
        await page.locator(`[data-element="feedback-rate-${stars}"]`).click();
        const negative = stars <= 3;
        expect(await visible('[data-element="feedback-rating-negative"]'), `${stars} stars`).toBe(negative);
        expect(await visible('[data-element="feedback-rating-positive"]'), `${stars} stars`).toBe(!negative);
        const scope = `[data-element="feedback-rating-${negative ? 'negative' : 'positive'}"]`;
        expect((await texts(scope, 'feedback-rating-question')).map((t) => t.trim())).toEqual([negative ? WEB_NEGATIVE_QUESTION : WEB_POSITIVE_QUESTION]);
        expect((await texts(scope, 'feedback-rating-answer')).map((t) => t.trim())).toEqual((negative ? WEB_NEGATIVE_ANSWERS : WEB_POSITIVE_ANSWERS).map((a) => a.text));
      }
    } finally {
      await page.close();
    }
  });

  it('at 390 px: no axe violation, nothing wider than the screen; a rating reaches the office report as web, the comment without the phone number, and no cookie is set', async () => {
    const page = await stage.browser.context.newPage();
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(siteUrl);
      await page.locator('[data-element="feedback"]').waitFor();
      expect(await axeViolations(page), 'widget, stars').toEqual([]);
      // Targets a finger can hit: each star, and each answer's whole row (not the word alone), at least 44 px.
      const size = (selector: string) => page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent).map((e) => Math.round(Math.min(e.getBoundingClientRect().width, e.getBoundingClientRect().height))));
      expect(Math.min(...(await size('.rating-star')))).toBeGreaterThanOrEqual(44);
      await page.locator('[data-element="feedback-rate-2"]').click();
      expect(Math.min(...(await size('[data-element="feedback-rating-answer"]')))).toBeGreaterThanOrEqual(44);
      await page.getByLabel(WEB_NEGATIVE_ANSWERS[1].text).check();
      expect(await axeViolations(page), 'widget, follow-up').toEqual([]);
      await shot(page, '390-widget-question');
      await page.getByRole('button', { name: 'Avanti' }).click();
      await page.getByLabel('Dettaglio').fill('Manca il modulo, chiamatemi al 333 123 4567');
      expect(await axeViolations(page), 'widget, comment').toEqual([]);
      await page.getByRole('button', { name: 'Invia' }).click();
      await page.getByText('Grazie, il tuo parere ci aiuterà a migliorare il servizio!').waitFor();
      expect(await page.getByText('Dal commento abbiamo tolto i dati personali (telefono): per la valutazione non servono dati personali.').count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await axeViolations(page), 'widget, thanks').toEqual([]);
      await shot(page, '390-widget-thanks');
      expect(await stage.browser.context.cookies()).toEqual([]);

      const votes = await stage.collector.store.db.selectFrom('votes').select(['channel', 'scale', 'face']).where('terminal_id', '=', point.id).execute();
      expect(votes).toEqual([{ channel: 'web', scale: 5, face: 'negativo' }]);
      const feedback = await stage.collector.store.db.selectFrom('web_feedback').select(['answer', 'comment']).where('point_id', '=', point.id).execute();
      expect(feedback).toEqual([{ answer: WEB_NEGATIVE_ANSWERS[1].id, comment: 'Manca il modulo, chiamatemi al [telefono rimosso]' }]);
    } finally {
      await page.close();
    }
  });

  it('on a page whose widget was archived: says the form is no longer active and takes it away, not «riprova»; a server error still says to retry', async () => {
    const archived = await api<ChannelPoint>(apiPaths.officeChannelPoints(TOWN_HALL), { kind: 'web', serviceId: DEMO.services[2]!.id });
    pages.set('/suap', servicePage('Aprire un’attività', archived.embedCode!));
    await api(apiPaths.channelPointArchive(archived.id), {});
    const page = await stage.browser.context.newPage();
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      // The first try meets a collector in trouble (503): that one is worth retrying.
      let tries = 0;
      await page.route(/\/canali\/web\/[^/]+\/voti$/, (route) =>
        route.request().method() === 'POST' && ++tries === 1
          ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'Riprova.' } }) })
          : route.continue(),
      );
      await page.goto(`${siteUrl}suap`);
      await page.locator('[data-element="feedback-rate-4"]').click();
      await page.getByRole('button', { name: 'Avanti' }).click();
      await page.getByRole('button', { name: 'Invia' }).click();
      await page.getByText('Non è stato possibile inviare la valutazione: riprova fra poco.').waitFor();
      await page.getByRole('button', { name: 'Invia' }).click();
      const gone = page.getByText('Questo modulo di valutazione non è più attivo: la valutazione non è stata inviata e non si può inviare da qui.');
      await gone.waitFor();
      expect(await gone.getAttribute('role')).toBe('alert');
      expect(await page.locator('form.form-rating').isVisible()).toBe(false);
      expect(await page.getByText('riprova', { exact: false }).count()).toBe(0);
      expect(await page.locator('input[type="radio"][name$="-stars"]').evaluateAll((inputs) => inputs.every((i) => (i as HTMLInputElement).matches(':disabled')))).toBe(true);
      expect(await axeViolations(page), 'widget, archived').toEqual([]);
      await shot(page, '390-widget-archived');
      expect(await stage.collector.store.db.selectFrom('votes').select('id').where('terminal_id', '=', archived.id).execute()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a rating changed after a try that arrived with its answer lost: the first one stands, and the citizen is told so', async () => {
    const changed = await api<ChannelPoint>(apiPaths.officeChannelPoints(TOWN_HALL), { kind: 'web', serviceId: DEMO.services[3]!.id });
    pages.set('/sociali', servicePage('Contributi', changed.embedCode!));
    const page = await stage.browser.context.newPage();
    try {
      let tries = 0;
      await page.route(/\/canali\/web\/[^/]+\/voti$/, async (route) => {
        if (route.request().method() !== 'POST' || ++tries > 1) return route.continue();
        await route.fetch();
        return route.abort('connectionreset');
      });
      await page.goto(`${siteUrl}sociali`);
      await page.locator('[data-element="feedback-rate-2"]').click();
      await page.getByRole('button', { name: 'Avanti' }).click();
      await page.getByLabel('Dettaglio').fill('Attesa lunga');
      await page.getByRole('button', { name: 'Invia' }).click();
      await page.getByText('Non è stato possibile inviare la valutazione: riprova fra poco.').waitFor();
      await page.getByLabel('Dettaglio').fill('Attesa lunghissima');
      await page.getByRole('button', { name: 'Invia' }).click();
      await page.getByText('Grazie, il tuo parere ci aiuterà a migliorare il servizio!').waitFor();
      expect(await page.getByText('La valutazione era già arrivata al primo invio: le modifiche fatte dopo non sono state registrate.').count()).toBe(1);
      expect(await stage.collector.store.db.selectFrom('web_feedback').select('comment').where('point_id', '=', changed.id).execute()).toEqual([{ comment: 'Attesa lunga' }]);
    } finally {
      await page.close();
    }
  });

  it('a rating that arrived but whose answer was lost, sent again after «riprova», is counted once (one id for both tries, made without crypto.randomUUID too)', async () => {
    const page = await stage.browser.context.newPage();
    try {
      // A comune's page on plain http, or an older browser: no crypto.randomUUID.
      await page.addInitScript(() => delete (Crypto.prototype as { randomUUID?: unknown }).randomUUID);
      const sent: { id?: string }[] = [];
      await page.route(/\/canali\/web\/[^/]+\/voti$/, async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        sent.push(JSON.parse(route.request().postData() ?? '{}'));
        if (sent.length > 1) return route.continue();
        // The first try reaches the collector, and its answer is lost on the way back.
        await route.fetch();
        return route.abort('connectionreset');
      });
      await page.goto(`${siteUrl}anagrafe`);
      await page.locator('[data-element="feedback-rate-5"]').click();
      await page.getByLabel(WEB_POSITIVE_ANSWERS[0].text).check();
      await page.getByRole('button', { name: 'Avanti' }).click();
      await page.getByLabel('Dettaglio').fill('Veloci e gentili');
      await page.getByRole('button', { name: 'Invia' }).click();
      await page.getByText('Non è stato possibile inviare la valutazione: riprova fra poco.').waitFor();
      await page.getByRole('button', { name: 'Invia' }).click();
      await page.getByText('Grazie, il tuo parere ci aiuterà a migliorare il servizio!').waitFor();
      expect(sent).toHaveLength(2);
      expect(sent[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(sent[1]!.id).toBe(sent[0]!.id);
      const votes = await stage.collector.store.db.selectFrom('votes').select(['id', 'face']).where('terminal_id', '=', retried.id).execute();
      expect(votes).toEqual([{ id: sent[0]!.id, face: 'ottimo' }]);
      const feedback = await stage.collector.store.db.selectFrom('web_feedback').select(['vote_id', 'comment']).where('point_id', '=', retried.id).execute();
      expect(feedback).toEqual([{ vote_id: sent[0]!.id, comment: 'Veloci e gentili' }]);
    } finally {
      await page.close();
    }
  });
});

describe('the mobile page a QR code opens', () => {
  let codes: CodeSheet['codes'];
  beforeAll(async () => {
    const point = await api<ChannelPoint>(apiPaths.officeChannelPoints(DEMO.offices[1]!.id), { kind: 'qr', serviceId: ANAGRAFE.id });
    codes = (await api<CodeSheet>(apiPaths.channelPointCodes(point.id), { count: 4 })).codes;
    const translated = await stage.collector.adminFetch(apiPaths.service(ANAGRAFE.id), { method: 'PATCH', body: JSON.stringify({ translations: { de: 'Meldeamt' } }) });
    expect(translated.status).toBe(200);
  });

  it('at 390 px: shows what is rated, takes one vote, and refuses the same code again with a clear message; no axe violation', async () => {
    const page = await stage.browser.context.newPage();
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      const url = codes[0]!.url.replace(/^https?:\/\/[^/]+/, stage.collector.url);
      await page.goto(url);
      await page.getByTestId('face-positivo').waitFor();
      expect(await page.locator('[data-field="where"]').textContent()).toBe(`${ANAGRAFE.name} · ${DEMO.offices[1]!.name}`);
      expect(await axeViolations(page), 'mobile page, faces').toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shot(page, '390-mobile-faces');
      await page.getByTestId('face-positivo').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Grazie!');
      expect(await axeViolations(page), 'mobile page, thanks').toEqual([]);
      await shot(page, '390-mobile-thanks');

      // The page forgets the code once used: a reload does not look like a second chance.
      expect(new URL(page.url()).hash).toBe('');
    } finally {
      await page.close();
    }
    // The same code scanned again: the phone opens the page anew.
    const again = await stage.browser.context.newPage();
    try {
      await again.setViewportSize({ width: 390, height: 844 });
      await again.goto(codes[0]!.url.replace(/^https?:\/\/[^/]+/, stage.collector.url));
      await expect.poll(() => again.locator('[data-field="status"]').textContent()).toBe(MOBILE_WORDS.it.codeUsed);
      expect(await again.getByTestId('face-positivo').isVisible()).toBe(false);
      expect(await axeViolations(again), 'mobile page, used code').toEqual([]);
      await shot(again, '390-mobile-used');
      expect(await stage.browser.context.cookies()).toEqual([]);
    } finally {
      await again.close();
    }
  });

  it('on a German phone: German, the service as translated; the citizen switches to Arabic, keeps the code, votes and is thanked right to left', async () => {
    const page = await stage.browser.context.newPage();
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      // What a phone set to German sends. The stage's browser is Italian, and its locale sets the
      // header over any extra one a page asks for, so the page's own request is rewritten.
      await page.route(/\/canali\/voto(\?|$)/, (route) => route.continue({ headers: { ...route.request().headers(), 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' } }));
      const url = codes[1]!.url.replace(/^https?:\/\/[^/]+/, stage.collector.url);
      await page.goto(url);
      await page.getByTestId('face-positivo').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
      expect(await page.locator('h1').textContent()).toBe(MOBILE_WORDS.de.title);
      expect(await page.locator('[data-field="where"]').textContent()).toBe(`Meldeamt · ${DEMO.offices[1]!.name}`);
      // The office has no German name: marked Italian for screen readers; the translated service is not.
      expect(await page.locator('[data-field="where"] span').evaluateAll((spans) => spans.map((s) => s.getAttribute('lang')))).toEqual([null, 'it']);
      expect(await page.getByTestId('face-negativo').textContent()).toContain(MOBILE_WORDS.de.faces.negativo);
      expect(await axeViolations(page), 'mobile page in German').toEqual([]);
      await shot(page, '390-mobile-de');

      await page.getByText(MOBILE_WORDS.de.languages).click();
      expect(await axeViolations(page), 'mobile page, languages open').toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shot(page, '390-mobile-languages');
      await page.getByRole('link', { name: 'العربية' }).click();
      await page.waitForURL(/[?]lingua=ar#/);
      await page.getByTestId('face-positivo').waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      expect(new URL(page.url()).hash).toBe(`#${codes[1]!.code}`);
      expect(await page.locator('[data-field="status"]').textContent()).toBe(MOBILE_WORDS.ar.touchAFace);
      // No Arabic name for the service: its Italian name, marked Italian and laid out left to right.
      expect(await page.locator('[data-field="where"] span').evaluateAll((spans) => spans.map((s) => [s.textContent, s.getAttribute('lang'), getComputedStyle(s).direction]))).toEqual([
        [ANAGRAFE.name, 'it', 'ltr'],
        [DEMO.offices[1]!.name, 'it', 'ltr'],
      ]);
      expect(await axeViolations(page), 'mobile page in Arabic').toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shot(page, '390-mobile-ar');

      await page.getByTestId('face-negativo').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(MOBILE_WORDS.ar.thanksTitle);
      expect(await page.locator('[data-field="status"]').textContent()).toBe(MOBILE_WORDS.ar.thanksBody);
      // The code is forgotten, the language kept.
      expect(new URL(page.url()).hash).toBe('');
      expect(new URL(page.url()).search).toBe('?lingua=ar');
      expect(await page.getByText(MOBILE_WORDS.ar.languages).isVisible()).toBe(false);
      expect(await axeViolations(page), 'mobile page, thanks in Arabic').toEqual([]);
      await shot(page, '390-mobile-ar-thanks');
    } finally {
      await page.close();
    }
  });

  it('takes the face tapped on a browser without SubmitEvent.submitter (Safari before 15.4)', async () => {
    const page = await stage.browser.context.newPage();
    try {
      await page.addInitScript(() => Object.defineProperty(SubmitEvent.prototype, 'submitter', { get: () => null }));
      await page.goto(codes[3]!.url.replace(/^https?:\/\/[^/]+/, stage.collector.url));
      await page.getByTestId('face-sufficiente').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(MOBILE_WORDS.it.thanksTitle);
      const faces = await stage.collector.store.db.selectFrom('votes').innerJoin('vote_codes', 'vote_codes.vote_id', 'votes.id').select('votes.face').execute();
      expect(faces.map((v) => v.face)).toContain('sufficiente');
    } finally {
      await page.close();
    }
  });

  it('a page cached before the words moved into it reloads once, fresh, and takes the vote', async () => {
    const page = await stage.browser.context.newPage();
    try {
      // The first answer stands for a copy cached before this version: the same page without its words.
      let served = 0;
      await page.route(/\/canali\/voto(\?|$)/, async (route) => {
        const res = await route.fetch();
        const body = await res.text();
        await route.fulfill({ response: res, body: served++ === 0 ? body.replace(/<script type="application\/json" id="parole">.*?<\/script>/s, '') : body });
      });
      await page.goto(codes[2]!.url.replace(/^https?:\/\/[^/]+/, stage.collector.url));
      await page.getByTestId('face-positivo').waitFor();
      expect(served).toBe(2);
      expect(new URL(page.url()).searchParams.has('fresco')).toBe(true);
      expect(new URL(page.url()).hash).toBe(`#${codes[2]!.code}`);
      await page.getByTestId('face-positivo').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(MOBILE_WORDS.it.thanksTitle);
    } finally {
      await page.close();
    }
  });
});

describe('a QR code whose point was archived after it was printed', () => {
  it('tells the citizen the codes were withdrawn and to ask for a new one (not to scan it again), with no faces to tap; no axe violation', async () => {
    const service = DEMO.services.find((s) => s.id !== ANAGRAFE.id)!;
    const point = await api<ChannelPoint>(apiPaths.officeChannelPoints(DEMO.offices[1]!.id), { kind: 'qr', serviceId: service.id });
    const [printed] = (await api<CodeSheet>(apiPaths.channelPointCodes(point.id), { count: 1 })).codes;
    await api(apiPaths.channelPointArchive(point.id), {});
    const page = await stage.browser.context.newPage();
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(printed!.url.replace(/^https?:\/\/[^/]+/, stage.collector.url));
      await expect.poll(() => page.locator('[data-field="status"]').textContent()).toBe(MOBILE_WORDS.it.codeWithdrawn);
      expect(await page.getByTestId('face-positivo').isVisible()).toBe(false);
      expect(await axeViolations(page), 'mobile page, withdrawn code').toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shot(page, '390-mobile-withdrawn');
    } finally {
      await page.close();
    }
  });
});

describe('the «Canali» page', () => {
  let page: Page;
  beforeAll(async () => {
    await useAdminSession(stage.browser.context, stage.collector);
    page = await stage.browser.context.newPage();
  });
  afterAll(async () => page?.close());

  const open = async (width: number) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${stage.collector.url}${PAGES.dashboard}?office=${TOWN_HALL}#/channels`);
    await page.getByTestId('page-channels').waitFor();
    await page.getByTestId('channel-phone').waitFor();
  };

  it('records the rating a caller gave as a phone vote, shows the widget\'s code and the web comment without the phone number', async () => {
    await open(1280);
    await page.getByTestId('channel-add-phone-submit').click();
    await page.getByTestId('phone-service').selectOption(ANAGRAFE.id);
    const phoneVotes = () => stage.collector.store.db.selectFrom('votes').select(['channel', 'face', 'service_id']).where('channel', '=', 'telefono').execute();
    // A wrong tap is undone within the wait, and nothing reaches the collector.
    await page.getByTestId('phone-negativo').click();
    expect(await page.getByTestId('phone-recorded').textContent()).toMatch(/^Negativo, .+: registrato tra [45] secondi\.$/);
    // The face waiting is shown pressed, the others not.
    expect(await page.locator('[data-testid^="phone-"][aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).toEqual(['phone-negativo']);
    await page.getByTestId('phone-undo').click();
    expect(await page.getByTestId('phone-recorded').textContent()).toMatch(/^Annullato: Negativo, .+ non è stato registrato\.$/);
    // A second tap within the wait replaces the first: the face the operator meant is the one recorded.
    await page.getByTestId('phone-negativo').click();
    await page.getByTestId('phone-sufficiente').click();
    await expect.poll(() => page.getByTestId('phone-recorded').textContent(), { timeout: 10_000 }).toMatch(/^Registrato alle \d\d:\d\d: Sufficiente, /);
    expect(await phoneVotes()).toEqual([{ channel: 'telefono', face: 'sufficiente', service_id: ANAGRAFE.id }]);
    // Leaving the page during the wait sends the vote at once rather than losing it.
    await page.getByTestId('phone-positivo').click();
    await page.goto('about:blank');
    await expect.poll(async () => (await phoneVotes()).length, { timeout: 10_000 }).toBe(2);
    expect((await phoneVotes()).map((v) => v.face).sort()).toEqual(['positivo', 'sufficiente']);
    await open(1280);
    expect(await page.getByTestId('channel-web').locator('textarea').first().inputValue()).toContain('data-gradimento-punto="web-');
    // This stage's collector has no PUBLIC_URL and answers on 127.0.0.1: the code would not work on the comune's site, and the page says so first.
    expect(await page.locator('[data-testid^="web-address-"]').first().textContent()).toMatch(/^Il codice del riquadro nomina il collettore come http:\/\/127\.0\.0\.1:\d+, un indirizzo della rete interna: dal sito del comune non si raggiunge\. .*PUBLIC_URL/);
    expect(await page.getByTestId('web-comments').textContent()).toContain('Manca il modulo, chiamatemi al [telefono rimosso]');
    // Archiving a widget is asked first, saying the comune's pages must drop its code.
    await page.locator('[data-testid^="web-archive-"]').first().click();
    expect(await page.locator('[data-testid="channel-web"] .confirm p').first().textContent()).toContain(
      'Il riquadro smetterà di funzionare sulle pagine del sito dove il suo codice è incollato: a chi prova a votare dirà che non è più attivo. Togli il codice da quelle pagine, o sostituiscilo con quello di un nuovo riquadro.',
    );
    await page.locator('[data-testid="channel-web"] .confirm').getByRole('button', { name: 'Annulla' }).click();
    await page.getByTestId('comment-days').fill('60');
    await page.getByTestId('comment-days-save').click();
    await expect.poll(() => page.getByTestId('channel-comments').textContent()).toContain('per 60 giorni');
  });

  for (const width of [1280, 390]) {
    it(`at ${width} px: no axe violation, nothing wider than the screen`, async () => {
      await open(width);
      await page.getByTestId('web-comments').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await axeViolations(page), `channels at ${width} px`).toEqual([]);
      await shot(page, `${width}-channels`);
    });
  }

  it('prints a sheet of QR codes for a service', async () => {
    await open(1280);
    await page.getByTestId('channel-add-qr-service').selectOption(TRIBUTI.id);
    await page.getByTestId('channel-add-qr-submit').click();
    const issue = page.locator('[data-testid^="qr-issue-"]').first();
    await issue.waitFor();
    // The service now has its codes: marked in the form, which moves on to a service without any.
    const choice = page.getByTestId('channel-add-qr-service');
    await expect.poll(() => choice.inputValue()).not.toBe(TRIBUTI.id);
    expect(await choice.locator(`option[value="${TRIBUTI.id}"]`).textContent()).toBe(`${TRIBUTI.name} (ne ha già uno)`);
    expect(await page.getByTestId('channel-add-qr-taken').count()).toBe(0);
    await choice.selectOption(TRIBUTI.id);
    expect(await page.getByTestId('channel-add-qr-taken').textContent()).toContain('ha già i suoi codici QR');
    await page.locator('[data-testid^="qr-count-"]').first().fill('6');
    await issue.click();
    const sheet = page.locator('[data-testid^="qr-sheet-"]').first();
    await sheet.waitFor();
    expect(await sheet.locator('img').count()).toBe(6);
    expect(await sheet.locator('img').first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // Each card in Italian and, unless the manager says otherwise, in English, each marked with its language.
    const card = sheet.locator('.qr-card-text').first();
    const parts = () => card.locator('span').evaluateAll((spans) => spans.map((s) => `${s.getAttribute('lang')}|${s.getAttribute('dir') ?? ''}|${s.textContent}`));
    expect(await parts()).toEqual(['it||Come è andata? Inquadra il codice e dacci il tuo giudizio.', 'en|ltr|How did it go? Scan the code and give us your rating.']);
    const second = page.locator('[data-testid^="qr-second-"]').first();
    await second.selectOption('ar');
    expect(await parts()).toEqual(['it||Come è andata? Inquadra il codice e dacci il tuo giudizio.', 'ar|rtl|كيف كانت تجربتك؟ امسح الرمز وأعطنا تقييمك.']);
    await second.selectOption('');
    expect(await parts()).toEqual(['it||Come è andata? Inquadra il codice e dacci il tuo giudizio.']);
    // The choice is this browser's until changed: the next sheet starts with it.
    await second.selectOption('de');
    await page.reload();
    await page.locator('[data-testid^="qr-issue-"]').first().waitFor();
    expect(await page.locator('[data-testid^="qr-second-"]').first().inputValue()).toBe('de');
    await page.locator('[data-testid^="qr-issue-"]').first().click();
    await sheet.waitFor();
    expect(await parts()).toContain('de|ltr|Wie war es? Scannen Sie den Code und geben Sie uns Ihre Bewertung.');
    expect(await axeViolations(page), 'channels with a QR sheet').toEqual([]);
    await shot(page, '1280-channels-qr-sheet');
  });
});
