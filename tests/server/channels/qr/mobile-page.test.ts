// The mobile page a QR code opens, in the citizen's language: chosen by the phone or on the page, with every language named in itself, the service named as translated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../server/contract/api';
import { channelPaths } from '../../../../server/contract/channel-points';
import type { ChannelPoint, CodeSheet } from '../../../../server/contract/channel-schemas';
import { LANGUAGES } from '../../../../server/contract/languages';
import { MOBILE_WORDS } from '../../../../server/channels/qr/mobile-words';
import { DEMO } from '../../../../server/store/seed-demo';
import { as } from '../../admin/admin-api';
import { startCollector, type TestCollector } from '../../helpers/test-collector';

const OFFICE = DEMO.offices[1]!;
const ANAGRAFE = DEMO.services[0]!;
const TRIBUTI = DEMO.services[1]!;

let c: TestCollector;
let address = 0;

const page = (query = '', acceptLanguage?: string, etag?: string) =>
  c.app.inject({
    url: `${channelPaths.mobilePage}${query}`,
    headers: { ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}), ...(etag ? { 'if-none-match': etag } : {}) },
  });
const lookup = (body: object) => c.app.inject({ method: 'POST', url: `${channelPaths.mobileVotes}/codice`, payload: body, remoteAddress: `198.51.100.${++address % 250}` });

async function codeFor(serviceId: string): Promise<string> {
  const point: ChannelPoint = (await as(c.app, c.admin).post(apiPaths.officeChannelPoints(OFFICE.id), { kind: 'qr', serviceId })).body;
  const sheet: CodeSheet = (await as(c.app, c.admin).post(apiPaths.channelPointCodes(point.id), { count: 1 })).body;
  return sheet.codes[0]!.code;
}

/** What the page's script reads: the words it shows as the vote goes. */
const scriptWords = (html: string) => JSON.parse(/<script type="application\/json" id="parole">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, string>;

beforeAll(async () => {
  c = await startCollector();
});
afterAll(async () => c?.close());

describe('the page', () => {
  it('speaks the phone\'s language and says so: German for de-CH, with its words for the script too', async () => {
    const res = await page('', 'de-CH,de;q=0.9,en;q=0.8');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-language']).toBe('de');
    expect(String(res.headers.vary)).toMatch(/accept-language/i);
    expect(res.body).toContain('<html lang="de" dir="ltr">');
    expect(res.body).toContain(`<title>${MOBILE_WORDS.de.title}</title>`);
    expect(res.body).toContain(`<span>${MOBILE_WORDS.de.faces.negativo}</span>`);
    expect(scriptWords(res.body)).toMatchObject({ language: 'de', thanksTitle: 'Danke!', codeUsed: MOBILE_WORDS.de.codeUsed });
  });

  it('is Italian for a phone in none of its languages, or that names none', async () => {
    for (const asked of ['ja-JP,ko;q=0.8', undefined]) {
      const res = await page('', asked);
      expect(res.headers['content-language']).toBe('it');
      expect(res.body).toContain('<html lang="it" dir="ltr">');
      expect(res.body).toContain('Valuta il servizio');
    }
  });

  it('takes the language picked on it over the phone\'s: Arabic right to left, Chinese marked as Simplified', async () => {
    const arabic = await page('?lingua=ar', 'de');
    expect(arabic.headers['content-language']).toBe('ar');
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
    expect(scriptWords(arabic.body).language).toBe('ar');
    const chinese = await page('?lingua=zh');
    expect(chinese.body).toContain('<html lang="zh-Hans" dir="ltr">');
    // A value that names no language is ignored, not refused: the citizen still gets a page.
    for (const value of ['xx', 'x'.repeat(40)]) {
      const unknown = await page(`?lingua=${value}`, 'fr');
      expect(unknown.statusCode).toBe(200);
      expect(unknown.headers['content-language']).toBe('fr');
    }
  });

  it('lists every language in itself, as a link that keeps the page, the current one marked', async () => {
    const res = await page('?lingua=uk');
    const links = [...res.body.matchAll(/<a href="\?lingua=(\w+)" hreflang="([\w-]+)" lang="([\w-]+)" data-language="\w+"( aria-current="true")?>([^<]+)<\/a>/g)];
    expect(links.map((l) => [l[1], l[2], l[3], l[5]])).toEqual(LANGUAGES.map((l) => [l.code, l.htmlLang, l.htmlLang, l.endonym]));
    expect(links.filter((l) => l[4]).map((l) => l[1])).toEqual(['uk']);
    expect(res.body).toContain(`<nav class="lingue" aria-label="${MOBILE_WORDS.uk.languages}" data-field="languages">`);
  });

  it('has a validator of its own per language: a 304 for the same one, the page for another', async () => {
    const de = await page('', 'de');
    const etag = String(de.headers.etag);
    expect((await page('', 'de', etag)).statusCode).toBe(304);
    const it = await page('', 'it', etag);
    expect(it.statusCode).toBe(200);
    expect(it.headers.etag).not.toBe(etag);
  });

  it('names its script and stylesheet with their version, and takes the reload an old cached page asks for', async () => {
    const res = await page('?fresco=1732870000000', 'it');
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<script src="\/canali\/-\/voto\.js\?v=[\w%-]+" defer><\/script>/);
    expect(res.body).toMatch(/<link rel="stylesheet" href="\/canali\/-\/voto\.css\?v=[\w%-]+">/);
    const script = await c.app.inject({ url: /src="([^"]+)"/.exec(res.body)![1]! });
    expect(script.statusCode).toBe(200);
    expect(script.body).toContain("getElementById('parole')");
  });

  it('keeps the script\'s words inert: no markup can close the data block', async () => {
    const res = await page('?lingua=fr');
    const block = /<script type="application\/json" id="parole">(.*?)<\/script>/s.exec(res.body)![1]!;
    expect(block).not.toContain('<');
  });
});

describe('what a code rates, in the page\'s language', () => {
  let code: string;
  beforeAll(async () => {
    const res = await as(c.app, c.admin).patch(apiPaths.service(ANAGRAFE.id), { translations: { de: 'Meldeamt', ar: 'السجل المدني' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    code = await codeFor(ANAGRAFE.id);
  });

  it('names the service as an administrator translated it, and says in which language', async () => {
    const res = await lookup({ code, language: 'de' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ administration: DEMO.administration.name, office: OFFICE.name, service: 'Meldeamt', serviceLanguage: 'de' });
    expect((await lookup({ code, language: 'ar' })).json()).toMatchObject({ service: 'السجل المدني', serviceLanguage: 'ar' });
  });

  it('falls back to the Italian name, marked Italian, where there is no translation; Italian when no language is named', async () => {
    expect((await lookup({ code, language: 'zh' })).json()).toMatchObject({ service: ANAGRAFE.name, serviceLanguage: 'it' });
    expect((await lookup({ code })).json()).toMatchObject({ service: ANAGRAFE.name, serviceLanguage: 'it' });
    const other = await codeFor(TRIBUTI.id);
    expect((await lookup({ code: other, language: 'de' })).json()).toMatchObject({ service: TRIBUTI.name, serviceLanguage: 'it' });
  });

  it('refuses a language it does not know, naming the field', async () => {
    const res = await lookup({ code, language: 'klingon' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.problems.map((p: { field: string }) => p.field)).toEqual(['/language']);
  });
});
