// The web channel: a comune's page posts star ratings from its own origin; they land in the office report as channel web on the five-face scale, with no cookie, a per-address limit, and contacts taken out of comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { channelPaths } from '../../../server/contract/channel-points';
import type { ChannelPoint } from '../../../server/contract/channel-schemas';
import { DEMO } from '../../../server/store/seed-demo';
import { as } from '../admin/admin-api';
import { fixedClock, startCollector, type TestCollector } from '../helpers/test-collector';

const SITE = 'https://www.comune.valdoria.it';
const NOW = '2026-11-03T10:00:00.000Z';
const OFFICE = DEMO.offices[0]!.id;
const URP = DEMO.services[4]!.id;

let c: TestCollector;
let point: ChannelPoint;
let address = 0;

/** A rating as the widget sends it, from the comune's page, from a fresh client address unless told. */
function rate(pointId: string, body: unknown, from = `192.0.2.${++address}`) {
  return c.app.inject({ method: 'POST', url: channelPaths.webVotes(pointId), payload: body as object, headers: { origin: SITE }, remoteAddress: from });
}

async function webFaces() {
  const report = await as(c.app, c.admin).get(`${apiPaths.officeReport(OFFICE)}?from=2026-11-01&to=2026-11-30`);
  expect(report.status).toBe(200);
  return (report.body.byChannel as { channel: string; total: number; faces: Record<string, number> }[]).find((ch) => ch.channel === 'web');
}

const count = async (table: 'votes' | 'web_feedback') => Number((await c.store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  c = await startCollector({ now: fixedClock(NOW) });
  const res = await as(c.app, c.admin).post(apiPaths.officeChannelPoints(OFFICE), { kind: 'web', serviceId: URP });
  expect(res.status).toBe(201);
  point = res.body;
  expect(point.embedCode).toBe(
    [`<link rel="stylesheet" href="http://localhost:80${channelPaths.widgetStylesheet}">`, `<div data-gradimento-punto="${point.id}"></div>`, `<script src="http://localhost:80${channelPaths.widgetScript}" defer></script>`].join('\n'),
  );
});
afterAll(async () => c?.close());

describe('a rating from a comune\'s page', () => {
  it('is stored as a web vote on the five-face scale and counted in the office report', async () => {
    for (const [stars, answer] of [[5, 'chiare'], [4, undefined], [3, 'non-complete'], [2, 'problemi-tecnici'], [1, 'altro-negativo']] as const) {
      const res = await rate(point.id, { stars, ...(answer ? { answer } : {}) });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toEqual({ stored: true, removed: [] });
    }
    const web = await webFaces();
    expect(web?.total).toBe(5);
    expect(web?.faces).toMatchObject({ ottimo: 1, positivo: 1, sufficiente: 1, negativo: 1, pessimo: 1 });
    const votes = await c.store.db.selectFrom('votes').select(['channel', 'scale', 'terminal_id', 'service_id', 'follow_up']).where('terminal_id', '=', point.id).execute();
    expect(votes).toHaveLength(5);
    for (const v of votes) expect(v).toMatchObject({ channel: 'web', scale: 5, service_id: URP, follow_up: 'not-asked' });
  });

  it('counts in /metrics with the terminals\' votes', async () => {
    const stored = async () => Number(/^gradimento_votes_stored_total (\d+)$/m.exec((await c.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' })).body)?.[1]);
    const before = await stored();
    expect((await rate(point.id, { stars: 3 })).statusCode).toBe(201);
    expect(await stored()).toBe(before + 1);
  });

  it('sets no cookie and may be read by the page that sent it; the preflight allows a JSON POST from anywhere', async () => {
    const res = await rate(point.id, { stars: 4 });
    expect(res.statusCode).toBe(201);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const preflight = await c.app.inject({
      method: 'OPTIONS',
      url: channelPaths.webVotes(point.id),
      headers: { origin: SITE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-headers']).toBe('content-type');
    expect(preflight.headers['set-cookie']).toBeUndefined();
  });

  it('keeps the comment without e-mail addresses and phone numbers, and says what it took out', async () => {
    const res = await rate(point.id, { stars: 2, answer: 'non-chiare', comment: '  Modulo poco chiaro, scrivetemi a mario.rossi@example.it o al 333 123 4567  ' });
    expect(res.statusCode).toBe(201);
    expect(res.json().removed).toEqual(['email', 'phone']);
    const stored = await c.store.db.selectFrom('web_feedback').selectAll().orderBy('created_at', 'desc').where('comment', 'is not', null).executeTakeFirstOrThrow();
    expect(stored.comment).toBe('Modulo poco chiaro, scrivetemi a [e-mail rimossa] o al [telefono rimosso]');
    expect(stored.comment).not.toMatch(/mario|333/);
    expect(stored).toMatchObject({ stars: 2, answer: 'non-chiare', redacted: 1, office_id: OFFICE, service_id: URP });
  });

  it('sees through a full-width @, zero-width spaces and digits written apart', async () => {
    const res = await rate(point.id, { stars: 3, comment: 'mario.rossi＠example.org, m\u200Ba\u200Bria@example.org, 3 3 3 1 2 3 4 5 6 7' });
    expect(res.json()).toEqual({ stored: true, removed: ['email', 'phone'] });
    const stored = await c.store.db.selectFrom('web_feedback').select('comment').orderBy('created_at', 'desc').where('stars', '=', 3).where('comment', 'is not', null).executeTakeFirstOrThrow();
    expect(stored.comment).toBe('[e-mail rimossa], [telefono rimosso]');
  });

  it('takes out a codice fiscale, an IBAN, a phone number in Arabic digits and control characters, and names each kind in the answer', async () => {
    const res = await rate(point.id, { stars: 1, comment: 'CF RSSMRA80A01H501U, IBAN IT60X0542811101000000123456, tel ٣٣٣١٢٣٤٥٦٧\u0007\u001B[31m!' });
    expect(res.json()).toEqual({ stored: true, removed: ['phone', 'tax_code', 'iban'] });
    const stored = await c.store.db.selectFrom('web_feedback').select(['comment', 'redacted']).orderBy('created_at', 'desc').where('stars', '=', 1).where('comment', 'like', 'CF %').executeTakeFirstOrThrow();
    expect(stored).toEqual({ comment: 'CF [codice fiscale rimosso], IBAN [IBAN rimosso], tel [telefono rimosso]!', redacted: 1 });
  });

  it('stores at most 200 characters even when marks are longer than what they replace, and says it cut', async () => {
    const comment = 'm@x.it ok '.repeat(20);
    expect(comment.length).toBeLessThanOrEqual(200);
    const res = await rate(point.id, { stars: 1, comment });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ stored: true, removed: ['email'], shortened: true });
    const stored = await c.store.db.selectFrom('web_feedback').select('comment').where('stars', '=', 1).where('comment', 'like', '%…').executeTakeFirstOrThrow();
    expect(Array.from(stored.comment!).length).toBeLessThanOrEqual(200);
    // The audit's case: 28 addresses written together (168 characters) came to 462 once marked.
    expect((await rate(point.id, { stars: 4, comment: 'm@x.it'.repeat(28) })).json()).toEqual({ stored: true, removed: ['email'], shortened: true });
    const together = await c.store.db.selectFrom('web_feedback').select('comment').where('stars', '=', 4).where('comment', 'like', '%…').executeTakeFirstOrThrow();
    expect(Array.from(together.comment!).length).toBeLessThanOrEqual(200);
    expect(together.comment).not.toMatch(/m@x/);
  });
});

describe('a rating sent again with the widget\'s id (the answer was lost, the citizen pressed «Invia» again)', () => {
  const votesWithId = async (id: string) => (await c.store.db.selectFrom('votes').select('id').where('id', '=', id).execute()).length;
  const feedbackOf = (id: string) => c.store.db.selectFrom('web_feedback').select(['stars', 'answer', 'comment']).where('vote_id', '=', id).execute();

  it('is counted once, with one comment row; both answers are a success the widget thanks for', async () => {
    const id = '6f1c2f64-3a55-4a3e-9b0e-2f7d8c1a0b01';
    const rating = { id, stars: 2, answer: 'non-chiare', comment: 'Modulo poco chiaro, chiamatemi al 333 123 4567' };
    const before = (await webFaces())?.total ?? 0;
    const first = await rate(point.id, rating);
    expect([first.statusCode, first.json()]).toEqual([201, { stored: true, removed: ['phone'] }]);
    const again = await rate(point.id, rating);
    expect([again.statusCode, again.json()]).toEqual([200, { stored: true, alreadyStored: true, removed: ['phone'] }]);
    expect(await votesWithId(id)).toBe(1);
    expect(await feedbackOf(id)).toEqual([{ stars: 2, answer: 'non-chiare', comment: 'Modulo poco chiaro, chiamatemi al [telefono rimosso]' }]);
    expect((await webFaces())?.total).toBe(before + 1);
  });

  it('sent twice at the same moment: one vote, one comment row, both answered as stored', async () => {
    const id = '6f1c2f64-3a55-4a3e-9b0e-2f7d8c1a0b02';
    const rating = { id, stars: 5, answer: 'chiare', comment: 'Tutto chiaro' };
    const answers = await Promise.all([rate(point.id, rating), rate(point.id, rating)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    for (const a of answers) expect(a.json().stored).toBe(true);
    expect(await votesWithId(id)).toBe(1);
    expect(await feedbackOf(id)).toHaveLength(1);
  });

  it('with no answer and no comment, sent again: counted once', async () => {
    const id = '6f1c2f64-3a55-4a3e-9b0e-2f7d8c1a0b03';
    expect((await rate(point.id, { id, stars: 4 })).statusCode).toBe(201);
    expect((await rate(point.id, { id, stars: 4 })).json()).toEqual({ stored: true, alreadyStored: true, removed: [] });
    expect(await votesWithId(id)).toBe(1);
  });

  it('with other stars, answer or comment under the same id, or the id of another point\'s vote: 409 vote_conflict, nothing changed', async () => {
    const id = '6f1c2f64-3a55-4a3e-9b0e-2f7d8c1a0b04';
    expect((await rate(point.id, { id, stars: 2, answer: 'non-chiare', comment: 'Lento' })).statusCode).toBe(201);
    for (const other of [{ stars: 3, answer: 'non-chiare', comment: 'Lento' }, { stars: 2, answer: 'altro-negativo', comment: 'Lento' }, { stars: 2, answer: 'non-chiare', comment: 'Veloce' }, { stars: 2, answer: 'non-chiare' }]) {
      const res = await rate(point.id, { id, ...other });
      expect([res.statusCode, res.json().error.code], JSON.stringify(other)).toEqual([409, 'vote_conflict']);
    }
    const other = (await as(c.app, c.admin).post(apiPaths.officeChannelPoints(OFFICE), { kind: 'web', serviceId: DEMO.services[3]!.id })).body as ChannelPoint;
    expect((await rate(other.id, { id, stars: 2, answer: 'non-chiare', comment: 'Lento' })).statusCode).toBe(409);
    expect(await c.store.db.selectFrom('votes').select(['terminal_id', 'face']).where('id', '=', id).execute()).toEqual([{ terminal_id: point.id, face: 'negativo' }]);
    expect(await feedbackOf(id)).toEqual([{ stars: 2, answer: 'non-chiare', comment: 'Lento' }]);
  });

  it('without an id (a copy of the widget cached from before it sent one): stored as a new rating each time', async () => {
    const before = await count('votes');
    expect((await rate(point.id, { stars: 3 })).statusCode).toBe(201);
    expect((await rate(point.id, { stars: 3 })).statusCode).toBe(201);
    expect(await count('votes')).toBe(before + 2);
  });
});

describe('bad input stores nothing', () => {
  it.each([
    ['no stars', {}],
    ['0 stars', { stars: 0 }],
    ['6 stars', { stars: 6 }],
    ['stars as text', { stars: '5' }],
    ['an answer of the other question', { stars: 5, answer: 'non-chiare' }],
    ['an answer of no question', { stars: 2, answer: 'bellissimo' }],
    ['a comment over 200 characters', { stars: 3, comment: 'x'.repeat(201) }],
    ['an unknown field', { stars: 3, name: 'Mario' }],
    ['an id that is no UUID', { stars: 3, id: 'voto-1' }],
    ['an id spelt as a URN', { stars: 3, id: 'urn:uuid:6f1c2f64-3a55-4a3e-9b0e-2f7d8c1a0b09' }],
  ])('%s: 400 in the shared shape', async (_what, body) => {
    const before = [await count('votes'), await count('web_feedback')];
    const res = await rate(point.id, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.message).toBeTruthy();
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect([await count('votes'), await count('web_feedback')]).toEqual(before);
  });

  it('an unknown point, or one archived: 404 with the same words (in the page\'s language, Italian or English), nothing stored', async () => {
    const before = await count('votes');
    const other = (await as(c.app, c.admin).post(apiPaths.officeChannelPoints(OFFICE), { kind: 'web', serviceId: DEMO.services[1]!.id })).body as ChannelPoint;
    expect((await as(c.app, c.admin).post(apiPaths.channelPointArchive(other.id), {})).status).toBe(200);
    for (const pointId of ['web-unknown', other.id]) {
      const res = await rate(pointId, { stars: 5 });
      expect([res.statusCode, res.json().error], pointId).toEqual([404, { code: 'not_found', message: 'This rating form is not (or no longer) active: the administration may have removed it.' }]);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      const italian = await c.app.inject({ method: 'POST', url: channelPaths.webVotes(pointId), payload: { stars: 5 }, headers: { origin: SITE, 'accept-language': 'it-IT,it;q=0.9' }, remoteAddress: `192.0.2.${++address}` });
      expect([italian.statusCode, italian.json().error], pointId).toEqual([404, { code: 'not_found', message: 'Questo modulo di valutazione non è (o non è più) attivo: l’amministrazione potrebbe averlo rimosso.' }]);
    }
    expect(await count('votes')).toBe(before);
  });

  it('a QR or phone point does not take web ratings', async () => {
    const phone = (await as(c.app, c.admin).post(apiPaths.officeChannelPoints(OFFICE), { kind: 'phone' })).body as ChannelPoint;
    expect((await rate(phone.id, { stars: 5 })).statusCode).toBe(404);
  });
});

describe('the limit per address', () => {
  it('takes 10 ratings in 10 minutes from one address, then answers 429 with Retry-After, readable by the page', async () => {
    const from = '198.51.100.7';
    for (let i = 0; i < 10; i++) expect((await rate(point.id, { stars: 5 }, from)).statusCode).toBe(201);
    const before = await count('votes');
    const refused = await rate(point.id, { stars: 5 }, from);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    expect(await count('votes')).toBe(before);
    // Another address is not held up.
    expect((await rate(point.id, { stars: 5 }, '198.51.100.8')).statusCode).toBe(201);
  });
});

describe('the limit per address behind a proxy, IPv6 by its /64', () => {
  let proxied: TestCollector;
  let webPoint: ChannelPoint;
  beforeAll(async () => {
    proxied = await startCollector({ now: fixedClock(NOW), env: { TRUST_PROXY: 'loopback' } });
    webPoint = (await as(proxied.app, proxied.admin).post(apiPaths.officeChannelPoints(OFFICE), { kind: 'web', serviceId: URP })).body;
  });
  afterAll(async () => proxied?.close());
  const rateVia = (client: string) =>
    proxied.app.inject({ method: 'POST', url: channelPaths.webVotes(webPoint.id), payload: { stars: 4 }, headers: { origin: SITE, 'x-forwarded-for': client }, remoteAddress: '127.0.0.1' });

  it('counts every address of one /64 as one client: 25 ratings from 2001:db8:1:2::1 to ::25 hit the limit', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 25; i++) statuses.push((await rateVia(`2001:db8:1:2::${i}`)).statusCode);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(statuses.slice(10)).toEqual(Array(15).fill(429));
    // Written in full, or with other zeros: still that /64.
    expect((await rateVia('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).statusCode).toBe(429);
    // The next /64 is another client.
    expect((await rateVia('2001:db8:1:3::1')).statusCode).toBe(201);
  });

  it('counts an IPv4-mapped IPv6 address as its IPv4 address', async () => {
    for (let i = 0; i < 5; i++) expect((await rateVia('198.51.100.20')).statusCode).toBe(201);
    for (let i = 0; i < 5; i++) expect((await rateVia('::ffff:198.51.100.20')).statusCode).toBe(201);
    expect((await rateVia('::ffff:c633:6414')).statusCode).toBe(429);
    expect((await rateVia('198.51.100.21')).statusCode).toBe(201);
  });

  it('counts a forwarded value that is no address as the proxy\'s own: 12 ratings with garbage1 to garbage12 are refused from the 11th', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 12; i++) statuses.push((await rateVia(`garbage${i}`)).statusCode);
    expect(statuses).toEqual([...Array(10).fill(201), 429, 429]);
    // A real client behind the same proxy is not held up.
    expect((await rateVia('198.51.100.30')).statusCode).toBe(201);
  });
});

describe('the widget\'s files', () => {
  it('are served for any site to load, with the model\'s words and the validator\'s data-element names', async () => {
    const script = await c.app.inject({ url: channelPaths.widgetScript });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('javascript');
    expect(script.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(script.headers.etag).toMatch(/^W\//);
    expect(script.body).not.toContain('__GRADIMENTO_TEXTS__');
    for (const text of ['Quanto sono chiare le informazioni su questa pagina?', 'Dove hai incontrato le maggiori difficoltà?', 'Quali sono stati gli aspetti che hai preferito?', 'feedback-rate-', 'feedback-input-text']) {
      expect(script.body).toContain(text);
    }
    const again = await c.app.inject({ url: channelPaths.widgetScript, headers: { 'if-none-match': String(script.headers.etag) } });
    expect(again.statusCode).toBe(304);
    const css = await c.app.inject({ url: channelPaths.widgetStylesheet });
    expect(css.statusCode).toBe(200);
    expect(css.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  // docs/channels.md: "an hour's freshness, then a 304".
  it('are fresh for an hour, then revalidated with a 304', async () => {
    for (const url of [channelPaths.widgetScript, channelPaths.widgetStylesheet]) {
      const first = await c.app.inject({ url });
      expect(first.statusCode, url).toBe(200);
      expect(first.headers['cache-control'], url).toBe('public, max-age=3600');
      const again = await c.app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
      expect([again.statusCode, again.headers['cache-control'], again.body], url).toEqual([304, 'public, max-age=3600', '']);
    }
  });
});
