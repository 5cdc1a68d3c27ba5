// The collector's refusals come in the language the request asks for: Italian when it asks for it
// (the dashboard and the terminal do), English otherwise, with the same code and field pointers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { exportPaths } from '../../../server/contract/exports';
import { DEMO } from '../../../server/store/seed-demo';
import { DATA_EN } from '../../../server/http/words/data-en';
import { ERROR_WORDS } from '../../../server/http/words/error-words';
import { HTTP_EN } from '../../../server/http/words/http-en';
import { MANAGE_EN } from '../../../server/http/words/manage-en';
import { NOTICES_EN } from '../../../server/http/words/notices-en';
import { startCollector, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
beforeAll(async () => {
  c = await startCollector();
});
afterAll(async () => c?.close());

const inItalian = { 'accept-language': 'it' };

/** A new office with an empty name, or with a field no office has (the schema stops at its first failure). */
const badOffice = (language?: string, extra?: object) =>
  c.app.inject({
    method: 'POST',
    url: apiPaths.offices,
    headers: { ...c.admin.headers, ...(language ? { 'accept-language': language } : {}) },
    payload: { administrationId: DEMO.administration.id, name: extra ? 'Sede' : '', ...extra },
  });

describe('the language of an error answer', () => {
  it('is Italian when the request asks for Italian: the message, and the schema\'s reasons in the catalogue\'s words', async () => {
    const res = await badOffice('it');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-language']).toBe('it');
    expect(String(res.headers.vary)).toMatch(/accept-language/i);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('I dati inviati non sono validi: non è stato salvato nulla. Vedi i problemi indicati.');
    expect(error.problems).toEqual([{ field: '/name', reason: 'non può essere vuoto' }]);
    expect((await badOffice('it', { colour: 'blu' })).json().error.problems).toEqual([{ field: '/colour', reason: 'non è un campo previsto' }]);
  });

  it('is English when the request names no language, or one the collector does not write (the same code and fields)', async () => {
    for (const language of [undefined, 'de-DE,de;q=0.9']) {
      const res = await badOffice(language);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-language']).toBe('en');
      const { error } = res.json();
      expect(error.message).toBe('The request body is invalid; nothing was stored. See the problems listed.');
      expect(error.problems).toEqual([{ field: '/name', reason: 'cannot be empty' }]);
      expect((await badOffice(language, { colour: 'blu' })).json().error.problems).toEqual([{ field: '/colour', reason: 'is not a known field' }]);
    }
  });

  it('follows the browser\'s order of preference: Italian first in a list that has both', async () => {
    const it_ = await badOffice('it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7');
    expect(it_.headers['content-language']).toBe('it');
    const en = await badOffice('en-GB,en;q=0.9,it;q=0.8');
    expect(en.headers['content-language']).toBe('en');
  });

  it('covers what no route answers: an unknown address, a query string, an undecodable address', async () => {
    const missing = await c.app.inject({ url: '/api/v1/nowhere', headers: inItalian });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Nessun indirizzo GET /api/v1/nowhere.');

    const query = await c.app.inject({ url: `${apiPaths.officeReport(DEMO.offices[0]!.id)}?from=ieri&to=2026-03-31`, headers: { ...c.admin.headers, ...inItalian } });
    expect(query.statusCode).toBe(400);
    expect(query.json().error.message).toMatch(/non/);
    expect(query.json().error.message).not.toMatch(/invalid/i);

    const undecodable = await c.app.inject({ url: '/api/v1/offices/%E0%A4%A', headers: inItalian });
    expect(undecodable.statusCode).toBe(400);
    expect(undecodable.json().error.message).toBe(ERROR_WORDS.it.addressUndecodable);
  });

  it('follows the ?lang= of a download link over the browser\'s languages: a link cannot set Accept-Language', async () => {
    const english = { 'accept-language': 'en-GB,en;q=0.9' };
    const pdf = `${exportPaths.officePdf(DEMO.offices[0]!.id)}?from=2026-03-01&to=2026-03-31`;
    // Signed out (401): the Italian dashboard's link on an English browser is answered in Italian.
    const signedOut = await c.app.inject({ url: `${pdf}&lang=it`, headers: english });
    expect(signedOut.statusCode).toBe(401);
    expect(signedOut.headers['content-language']).toBe('it');
    const english401 = await c.app.inject({ url: `${pdf}&lang=en`, headers: inItalian });
    expect(english401.headers['content-language']).toBe('en');
    expect(english401.json().error.code).toBe(signedOut.json().error.code);
    expect(english401.json().error.message).not.toBe(signedOut.json().error.message);
    // Not found (404), from no route's handler at all.
    const nowhere = await c.app.inject({ url: '/api/v1/nowhere?lang=it', headers: english });
    expect(nowhere.json().error.message).toBe('Nessun indirizzo GET /api/v1/nowhere.');
    // A language the collector does not write, or the parameter twice: the browser's choice again.
    for (const lang of ['lang=de', 'lang=it&lang=en']) expect((await c.app.inject({ url: `${pdf}&${lang}`, headers: english })).headers['content-language'], lang).toBe('en');
  });

  it('translates what Fastify refuses itself: a body that is not JSON, an empty one', async () => {
    for (const [payload, said] of [['{"name": ', 'invalidJsonBody'], ['', 'emptyJsonBody']] as const) {
      const send = (language?: string) =>
        c.app.inject({ method: 'POST', url: apiPaths.offices, headers: { ...c.admin.headers, 'content-type': 'application/json', ...(language ? { 'accept-language': language } : {}) }, payload });
      const it_ = await send('it');
      expect(it_.statusCode).toBe(400);
      expect(it_.json().error).toEqual({ code: 'validation_failed', message: ERROR_WORDS.it[said] });
      expect((await send()).json().error.message).toBe(ERROR_WORDS.en[said]);
    }
  });

  it('translates the field problems of the collector\'s own checks too (the NUL character)', async () => {
    const res = await c.app.inject({
      method: 'POST',
      url: apiPaths.offices,
      headers: { ...c.admin.headers, ...inItalian },
      payload: { administrationId: DEMO.administration.id, name: 'Sede\u0000 nuova' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'validation_failed',
      message: ERROR_WORDS.it.holdsNul,
      problems: [{ field: '/name', reason: ERROR_WORDS.it.nulInText }],
    });
  });
});

describe('the API document', () => {
  it('says how to ask for Italian, as the answers above do', async () => {
    const doc = (await c.app.inject({ url: apiPaths.openapi })).json();
    expect(doc.info.description).toMatch(/Accept-Language: it/);
  });
});

describe('the catalogues', () => {
  it('have the same keys in every language, each a text (never empty) or a function of the same parameters', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(ERROR_WORDS.it)).toEqual(keys(ERROR_WORDS.en));
    const en = ERROR_WORDS.en as Record<string, unknown>;
    for (const [key, value] of Object.entries(ERROR_WORDS.it)) {
      expect(typeof value, key).toBe(typeof en[key]);
      if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
      else expect((value as () => string).length, key).toBe((en[key] as () => string).length);
    }
  });

  it('take each key from one part of the collector only: a key in two parts would silently answer with the other part\'s words', () => {
    const parts = { HTTP_EN, MANAGE_EN, DATA_EN, NOTICES_EN };
    const owners = new Map<string, string[]>();
    for (const [part, words] of Object.entries(parts)) for (const key of Object.keys(words)) owners.set(key, [...(owners.get(key) ?? []), part]);
    expect([...owners].filter(([, in_]) => in_.length > 1)).toEqual([]);
  });

  it('say each thing once: no two keys with the same English words (a part uses another part\'s key instead)', () => {
    const texts = new Map<string, string[]>();
    for (const [key, value] of Object.entries(ERROR_WORDS.en)) {
      let text: string;
      try {
        text = typeof value === 'function' ? String((value as (...a: unknown[]) => string)(...Array((value as () => string).length).fill('x'))) : JSON.stringify(value);
      } catch {
        continue; // a message of a list or a table (roles): not comparable with made-up arguments
      }
      texts.set(text, [...(texts.get(text) ?? []), key]);
    }
    expect([...texts.values()].filter((keys) => keys.length > 1)).toEqual([]);
  });

  it('write every Italian message differently from its English one (nothing left untranslated)', () => {
    // Texts that are the same in both languages by nature: none today.
    const same = Object.entries(ERROR_WORDS.it).filter(([key, value]) => typeof value === 'string' && value === (ERROR_WORDS.en as Record<string, unknown>)[key]);
    expect(same.map(([key]) => key)).toEqual([]);
  });
});
