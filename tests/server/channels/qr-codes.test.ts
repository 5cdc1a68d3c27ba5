// QR codes: a sheet of single-use codes for a counter's service; each code takes exactly one vote from a phone, counted with the counter's; a second vote with it is refused with a clear message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { channelPaths } from '../../../server/contract/channel-points';
import type { ChannelPoint, CodeSheet } from '../../../server/contract/channel-schemas';
import { RETRY_WINDOW_MS } from '../../../server/channels/qr/codes';
import { DEMO } from '../../../server/store/seed-demo';
import { as } from '../admin/admin-api';
import { movableClock, startCollector, type TestCollector } from '../helpers/test-collector';

const NOW = '2026-11-03T10:00:00.000Z';
const OFFICE = DEMO.offices[1]!.id;
const ANAGRAFE = DEMO.services[0]!.id;

let c: TestCollector;
let clock: ReturnType<typeof movableClock>;
let point: ChannelPoint;
let address = 0;

const post = (url: string, body: unknown) => c.app.inject({ method: 'POST', url, payload: body as object, remoteAddress: `203.0.113.${++address % 250}` });
const vote = (code: string, face = 'positivo') => post(channelPaths.mobileVotes, { code, face });
const votesOfPoint = async (id: string) => (await c.store.db.selectFrom('votes').select(['id', 'channel', 'scale', 'face']).where('terminal_id', '=', id).execute()).length;

async function sheet(count: number, pointId = point.id): Promise<CodeSheet> {
  const res = await as(c.app, c.admin).post(apiPaths.channelPointCodes(pointId), { count });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

beforeAll(async () => {
  clock = movableClock(NOW);
  c = await startCollector({ now: clock.now, env: { PUBLIC_URL: 'https://gradimento.valdoria.it' } });
  point = (await as(c.app, c.admin).post(apiPaths.officeChannelPoints(OFFICE), { kind: 'qr', serviceId: ANAGRAFE })).body;
});
afterAll(async () => c?.close());

describe('a sheet of codes', () => {
  it('gives each code once, as an address of the mobile page with the code in the fragment; only hashes are stored', async () => {
    const { codes, expiresAt } = await sheet(3);
    expect(codes).toHaveLength(3);
    expect(new Set(codes.map((x) => x.code)).size).toBe(3);
    for (const { code, url } of codes) {
      expect(code).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(url).toBe(`https://gradimento.valdoria.it${channelPaths.mobilePage}#${code}`);
    }
    expect(codes[0]!.qrSvg).toMatch(/^<svg[^>]*viewBox/);
    expect(expiresAt).toBe('2027-02-01T10:00:00.000Z');
    const stored = await c.store.db.selectFrom('vote_codes').select('code_hash').where('point_id', '=', point.id).execute();
    expect(stored).toHaveLength(3);
    for (const { code } of codes) expect(stored.map((s) => s.code_hash)).not.toContain(code);
    const audit = await c.store.db.selectFrom('audit_log').select(['action', 'details']).where('target_id', '=', point.id).where('action', '=', 'channel-point.issue').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).not.toContain(codes[0]!.code);
  });

  it('is refused for a web or phone point, over 48 codes, or for nothing', async () => {
    const phone = (await as(c.app, c.admin).post(apiPaths.officeChannelPoints(OFFICE), { kind: 'phone' })).body as ChannelPoint;
    expect((await as(c.app, c.admin).post(apiPaths.channelPointCodes(phone.id), { count: 2 })).status).toBe(409);
    expect((await as(c.app, c.admin).post(apiPaths.channelPointCodes(point.id), { count: 49 })).status).toBe(400);
    expect((await as(c.app, c.admin).post(apiPaths.channelPointCodes(point.id), { count: 0 })).status).toBe(400);
  });

  it('is refused for an archived point: 409 saying when it was archived (English and Italian), no code made', async () => {
    const archived = (await as(c.app, c.admin).post(apiPaths.officeChannelPoints(OFFICE), { kind: 'qr', serviceId: DEMO.services[2]!.id })).body as ChannelPoint;
    expect((await as(c.app, c.admin).post(apiPaths.channelPointArchive(archived.id), {})).status).toBe(200);
    const res = await as(c.app, c.admin).post(apiPaths.channelPointCodes(archived.id), { count: 2 });
    expect([res.status, res.body.error]).toEqual([409, { code: 'conflict', message: 'This point was archived on 2026-11-03: it takes no more votes.' }]);
    const italian = await c.app.inject({ method: 'POST', url: apiPaths.channelPointCodes(archived.id), headers: { ...c.admin.headers, 'accept-language': 'it' }, payload: { count: 2 } });
    expect([italian.statusCode, italian.json().error]).toEqual([409, { code: 'conflict', message: 'Questo punto è stato archiviato il 2026-11-03: non accetta più giudizi.' }]);
    expect(await c.store.db.selectFrom('vote_codes').select('code_hash').where('point_id', '=', archived.id).execute()).toEqual([]);
    expect(await c.store.db.selectFrom('audit_log').select('id').where('target_id', '=', archived.id).where('action', '=', 'channel-point.issue').execute()).toEqual([]);
  });
});

describe('a code', () => {
  it('tells the phone what it rates, then takes one vote, counted with the counter\'s (sportello, three faces)', async () => {
    const { code } = (await sheet(1)).codes[0]!;
    const info = await post(`${channelPaths.mobileVotes}/codice`, { code });
    expect(info.statusCode).toBe(200);
    expect(info.json()).toEqual({ administration: DEMO.administration.name, office: DEMO.offices[1]!.name, service: DEMO.services[0]!.name, serviceLanguage: 'it' });
    const before = await votesOfPoint(point.id);
    const res = await vote(code, 'sufficiente');
    expect(res.statusCode).toBe(201);
    expect(res.headers['set-cookie']).toBeUndefined();
    const stored = await c.store.db.selectFrom('votes').select(['channel', 'scale', 'face', 'service_id', 'office_id']).where('terminal_id', '=', point.id).execute();
    expect(stored).toHaveLength(before + 1);
    expect(stored.at(-1)).toMatchObject({ channel: 'sportello', scale: 3, face: 'sufficiente', service_id: ANAGRAFE, office_id: OFFICE });
  });

  it('used once, refuses a second vote with a clear message (409 vote_code_used), and stores nothing', async () => {
    const { code } = (await sheet(1)).codes[0]!;
    expect((await vote(code)).statusCode).toBe(201);
    const before = await votesOfPoint(point.id);
    // Past the few minutes in which a phone may be resending it (the next test).
    clock.advance(RETRY_WINDOW_MS);
    const again = await vote(code, 'negativo');
    clock.set(NOW);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toEqual({ code: 'vote_code_used', message: 'This code was already used: each code takes one vote.' });
    expect(await votesOfPoint(point.id)).toBe(before);
    // Looking it up again says so too, before the citizen taps anything.
    expect((await post(`${channelPaths.mobileVotes}/codice`, { code })).json().error.code).toBe('vote_code_used');
  });

  it('sent again by a phone that lost the answer: 200 alreadyStored, stored once, whatever the face (the answer tells nobody the vote); later 409', async () => {
    const { code } = (await sheet(1)).codes[0]!;
    const first = await vote(code, 'negativo');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ stored: true });
    const before = await votesOfPoint(point.id);
    const again = await vote(code, 'negativo');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ stored: true, alreadyStored: true });
    // The clerk who printed the sheet holds the code: every face gets the same answer, and the vote stays as cast.
    for (const face of ['positivo', 'sufficiente'] as const) {
      const other = await vote(code, face);
      expect([other.statusCode, other.json()], face).toEqual([200, { stored: true, alreadyStored: true }]);
    }
    expect(await votesOfPoint(point.id)).toBe(before);
    expect((await c.store.db.selectFrom('votes').innerJoin('vote_codes', 'vote_codes.vote_id', 'votes.id').select('votes.face').execute()).map((r) => r.face)).toContain('negativo');
    // Past the retry window a used code is only used: the faces cannot be tried to learn the vote.
    clock.advance(RETRY_WINDOW_MS);
    try {
      expect((await vote(code, 'negativo')).statusCode).toBe(409);
    } finally {
      clock.set(NOW);
    }
  });

  it('sent twice at the same moment with the same face (a double tap): one vote, both answered as stored', async () => {
    const { code } = (await sheet(1)).codes[0]!;
    const before = await votesOfPoint(point.id);
    const answers = await Promise.all([vote(code, 'positivo'), vote(code, 'positivo')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    expect(await votesOfPoint(point.id)).toBe(before + 1);
  });

  it('sent three times at the same moment with three faces, takes only one vote, and answers the others as already stored', async () => {
    const { code } = (await sheet(1)).codes[0]!;
    const before = await votesOfPoint(point.id);
    const answers = await Promise.all([vote(code, 'positivo'), vote(code, 'negativo'), vote(code, 'sufficiente')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 201]);
    expect(answers.filter((a) => a.statusCode === 200).map((a) => a.json())).toEqual([{ stored: true, alreadyStored: true }, { stored: true, alreadyStored: true }]);
    expect(await votesOfPoint(point.id)).toBe(before + 1);
  });

  it('expired (after 90 days), unknown, or of an archived point: refused, nothing stored', async () => {
    const codes = (await sheet(2)).codes;
    const before = await votesOfPoint(point.id);
    clock.set('2027-02-02T10:00:00.000Z');
    const expired = await vote(codes[0]!.code);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('vote_code_expired');
    clock.set(NOW);
    const unknown = await vote('AAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.statusCode).toBe(404);
    expect((await vote('short')).statusCode).toBe(400);
    expect((await vote(codes[1]!.code, 'ottimo')).statusCode).toBe(400);
    const other = (await as(c.app, c.admin).post(apiPaths.officeChannelPoints(OFFICE), { kind: 'qr', serviceId: DEMO.services[1]!.id })).body as ChannelPoint;
    const { code } = (await sheet(1, other.id)).codes[0]!;
    await as(c.app, c.admin).post(apiPaths.channelPointArchive(other.id), {});
    expect((await vote(code)).statusCode).toBe(410);
    expect(await votesOfPoint(point.id)).toBe(before);
    expect(await votesOfPoint(other.id)).toBe(0);
  });
});

describe('looking a code up', () => {
  // The lookup's summary: "refused if unknown (404), used (409) or expired (410)"; each refusal carries the message the page shows.
  it('refuses an unknown code (404) and an expired one (410), each with a message, before any tap', async () => {
    const lookup = (code: string) => post(`${channelPaths.mobileVotes}/codice`, { code });
    const unknown = await lookup('AAAAAAAAAAAAAAAAAAAAAA');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'not_found']);
    expect(unknown.json().error.message).toBeTruthy();
    const { code } = (await sheet(1)).codes[0]!;
    expect((await lookup(code)).statusCode).toBe(200);
    clock.set('2027-02-02T10:00:00.000Z');
    try {
      const expired = await lookup(code);
      expect([expired.statusCode, expired.json().error.code]).toEqual([410, 'vote_code_expired']);
      expect(expired.json().error.message).toBeTruthy();
    } finally {
      clock.set(NOW);
    }
  });
});

describe('a code printed before its point was archived, scanned after', () => {
  // Not the 404 of a code never issued, whose words (mobile.js: codeInvalid) tell the citizen to scan it
  // again: a genuine code withdrawn, and the page says to ask for a new one (codeWithdrawn).
  it('is refused by the lookup and by the vote: 410 vote_code_withdrawn with the same words (English and Italian); nothing stored, the code unspent', async () => {
    const printed = (await as(c.app, c.admin).post(apiPaths.officeChannelPoints(OFFICE), { kind: 'qr', serviceId: DEMO.services[3]!.id })).body as ChannelPoint;
    const { code } = (await sheet(1, printed.id)).codes[0]!;
    expect((await post(`${channelPaths.mobileVotes}/codice`, { code })).statusCode).toBe(200);
    expect((await as(c.app, c.admin).post(apiPaths.channelPointArchive(printed.id), {})).status).toBe(200);
    const english = { code: 'vote_code_withdrawn', message: 'This code no longer works: its office has withdrawn these codes (the point they belong to, its service or its office is archived). Ask the office for a new one.' };
    const italian = { code: 'vote_code_withdrawn', message: 'Questo codice non vale più: l’ufficio ha ritirato questi codici (il loro punto, il servizio o l’ufficio è archiviato). Chiedine uno nuovo allo sportello.' };
    for (const [url, body] of [[`${channelPaths.mobileVotes}/codice`, { code }], [channelPaths.mobileVotes, { code, face: 'positivo' }]] as const) {
      const res = await post(url, body);
      expect([res.statusCode, res.json().error], url).toEqual([410, english]);
      const it_ = await c.app.inject({ method: 'POST', url, payload: body, headers: { 'accept-language': 'it-IT,it;q=0.9' }, remoteAddress: `203.0.113.${++address % 250}` });
      expect([it_.statusCode, it_.json().error], url).toEqual([410, italian]);
    }
    expect(await votesOfPoint(printed.id)).toBe(0);
    expect(await c.store.db.selectFrom('vote_codes').select(['used_at', 'vote_id']).where('point_id', '=', printed.id).execute()).toEqual([{ used_at: null, vote_id: null }]);
  });
});

describe('the limit per address (docs/channels.md: 30 lookups and 30 votes a minute)', () => {
  it('answers 429 to the 31st lookup and the 31st vote from one address within the minute, and not to another address', async () => {
    const from = '198.51.100.30';
    const send = (url: string, body: object, remoteAddress = from) => c.app.inject({ method: 'POST', url, payload: body, remoteAddress });
    const lookups: number[] = [];
    for (let i = 0; i < 31; i++) lookups.push((await send(`${channelPaths.mobileVotes}/codice`, { code: 'AAAAAAAAAAAAAAAAAAAAAA' })).statusCode);
    expect(lookups.slice(0, 30)).toEqual(Array(30).fill(404));
    expect(lookups[30]).toBe(429);
    const votes: number[] = [];
    for (let i = 0; i < 31; i++) votes.push((await send(channelPaths.mobileVotes, { code: 'AAAAAAAAAAAAAAAAAAAAAA', face: 'positivo' })).statusCode);
    expect(votes.slice(0, 30)).toEqual(Array(30).fill(404));
    expect(votes[30]).toBe(429);
    expect((await send(`${channelPaths.mobileVotes}/codice`, { code: 'AAAAAAAAAAAAAAAAAAAAAA' }, '198.51.100.31')).statusCode).toBe(404);
  });
});

describe('points and terminals', () => {
  it('a point is not listed, paired or edited as a terminal', async () => {
    const terminals = await as(c.app, c.admin).get(apiPaths.officeTerminals(OFFICE));
    expect(terminals.status).toBe(200);
    expect((terminals.body as { id: string }[]).map((t) => t.id)).not.toContain(point.id);
    expect((await as(c.app, c.admin).post(apiPaths.terminalPairingCode(point.id), {})).status).toBe(404);
    const points = await as(c.app, c.admin).get(apiPaths.officeChannelPoints(OFFICE));
    expect((points.body as ChannelPoint[]).map((p) => p.id)).toContain(point.id);
  });

  it('archiving a service archives its QR and web points with it (they rate nothing else); their votes stay', async () => {
    const admin = as(c.app, c.admin);
    const service = (await admin.post(apiPaths.services, { administrationId: DEMO.administration.id, name: 'Biblioteca' })).body.id as string;
    const qr = (await admin.post(apiPaths.officeChannelPoints(OFFICE), { kind: 'qr', serviceId: service })).body as ChannelPoint;
    const { code } = (await sheet(1, qr.id)).codes[0]!;
    expect((await vote(code)).statusCode).toBe(201);
    const archived = await admin.post(apiPaths.serviceArchive(service), {});
    expect(archived.status).toBe(200);
    const after = ((await admin.get(apiPaths.officeChannelPoints(OFFICE))).body as ChannelPoint[]).find((p) => p.id === qr.id)!;
    expect(after.archivedAt).not.toBeNull();
    expect(await votesOfPoint(qr.id)).toBe(1);
  });
});

describe('codes for a live point of an archived office or administration', () => {
  // Each code would answer 410 withdrawn at its first scan: refused when asked for, naming what is archived.
  let own: TestCollector;
  beforeAll(async () => {
    own = await startCollector({ now: movableClock(NOW).now });
  });
  afterAll(async () => own?.close());

  it('is refused (409, as any change under something archived), and no code is made', async () => {
    const admin = as(own.app, own.admin);
    const inOffice = (await admin.post(apiPaths.officeChannelPoints(DEMO.offices[1]!.id), { kind: 'qr', serviceId: ANAGRAFE })).body as ChannelPoint;
    const inAdministration = (await admin.post(apiPaths.officeChannelPoints(DEMO.offices[0]!.id), { kind: 'qr', serviceId: ANAGRAFE })).body as ChannelPoint;
    expect((await admin.post(apiPaths.officeArchive(DEMO.offices[1]!.id), {})).status).toBe(200);
    const office = await admin.post(apiPaths.channelPointCodes(inOffice.id), { count: 2 });
    expect([office.status, office.body.error]).toEqual([409, { code: 'conflict', message: 'This office was archived on 2026-11-03: it keeps its votes but can no longer be changed.' }]);
    expect((await admin.post(apiPaths.administrationArchive(DEMO.administration.id), {})).status).toBe(200);
    const administration = await admin.post(apiPaths.channelPointCodes(inAdministration.id), { count: 2 });
    expect([administration.status, administration.body.error]).toEqual([409, { code: 'conflict', message: 'This administration was archived on 2026-11-03: it keeps its votes but can no longer be changed.' }]);
    expect(await own.store.db.selectFrom('vote_codes').select('code_hash').where('point_id', 'in', [inOffice.id, inAdministration.id]).execute()).toEqual([]);
  });
});

describe('the mobile page\'s requests under its no-referrer policy', () => {
  // Some browsers send `Origin: null` for a same-origin POST from a page with <meta name="referrer" content="no-referrer">.
  it('take `Origin: null` (and no Origin), as the web widget\'s votes do; a session route still refuses it', async () => {
    const [first, second] = (await sheet(2)).codes;
    for (const [{ code }, origin] of [[first!, 'null'], [second!, undefined]] as const) {
      const headers = origin ? { origin } : {};
      const lookup = await c.app.inject({ method: 'POST', url: `${channelPaths.mobileVotes}/codice`, payload: { code }, headers, remoteAddress: `203.0.113.${++address % 250}` });
      expect(lookup.statusCode, String(origin)).toBe(200);
      const voted = await c.app.inject({ method: 'POST', url: channelPaths.mobileVotes, payload: { code, face: 'positivo' }, headers, remoteAddress: `203.0.113.${++address % 250}` });
      expect(voted.statusCode, String(origin)).toBe(201);
    }
    const forged = await c.app.inject({ method: 'POST', url: apiPaths.channelPointCodes(point.id), payload: { count: 1 }, headers: { ...c.admin.headers, origin: 'null' } });
    expect([forged.statusCode, forged.json().error.code]).toEqual([403, 'csrf_failed']);
  });
});
