// GET an office's report and its CSV: zero-filled days and hours, exact tallies for known votes, period errors, CSV safety, who may read.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import type { OfficeReport } from '../../../server/contract/report';
import { DEMO } from '../../../server/store/seed-demo';
import { addAltrove, ALTROVE, asTerminal, COUNTER, enrol, fixedClock, makeVote, pairedLongAgo, personWith, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';
import { terminalCacheOf } from '../../../server/auth/terminal-cache';
import { formulaCells, splitAsSpreadsheet } from '../helpers/spreadsheet-csv';

const MUNICIPIO = DEMO.offices[0]!.id;
const SPORTELLO_TRIBUTI = 'valdoria-sportello-tributi';
const zero = { ottimo: 0, positivo: 0, sufficiente: 0, negativo: 0, pessimo: 0 };
const NOW = fixedClock('2026-03-12T12:00:00Z');

let c: TestCollector;
afterEach(async () => c?.close());

/** Known votes of 2026-03-08..12 (Rome is UTC+1 in March before the 29th). */
async function seedVotes() {
  await c.store.db.insertInto('terminals').values({ id: SPORTELLO_TRIBUTI, office_id: MUNICIPIO, name: 'Sportello Tributi', mode: 'counter', channel: 'sportello', scale: 3, archived_at: null, created_at: '2026-01-01T00:00:00Z' }).execute();
  await c.store.db.insertInto('terminal_services').values({ terminal_id: SPORTELLO_TRIBUTI, service_id: 'valdoria-tributi', position: 0 }).execute();
  c.tokens[SPORTELLO_TRIBUTI] = await enrol(c.app, c.store, SPORTELLO_TRIBUTI, NOW());
  await pairedLongAgo(c.store, SPORTELLO_TRIBUTI);
  const totem = [
    makeVote({ serviceId: 'valdoria-anagrafe', face: 'positivo', castAt: '2026-03-10T08:15:00Z' }),
    makeVote({ serviceId: 'valdoria-anagrafe', face: 'negativo', reasons: ['valdoria-altro', 'valdoria-attesa'], followUp: 'chosen', castAt: '2026-03-10T08:45:00Z' }),
    makeVote({ serviceId: 'valdoria-tributi', face: 'sufficiente', castAt: '2026-03-10T22:30:00Z' }),
    makeVote({ serviceId: 'valdoria-tributi', face: 'negativo', followUp: 'skipped', castAt: '2026-03-10T23:30:00Z' }),
    makeVote({ serviceId: 'valdoria-anagrafe', face: 'negativo', followUp: 'timeout', castAt: '2026-03-11T10:00:00Z' }),
    makeVote({ serviceId: 'valdoria-suap', face: 'positivo', castAt: '2026-03-08T10:00:00Z' }),
  ];
  expect((await postVotes(c, totem, TOTEM.id)).status).toBe(200);
  expect((await postVotes(c, [makeVote({ serviceId: 'valdoria-tributi', castAt: '2026-03-12T09:00:00Z' })], SPORTELLO_TRIBUTI)).status).toBe(200);
  expect((await postVotes(c, [makeVote({ serviceId: COUNTER.services[0]!, castAt: '2026-03-10T09:00:00Z' })], COUNTER.id)).status).toBe(200);
}

/** GET as the installation admin (who may read every office's reports). */
const get = (url: string) => c.app.inject({ url, headers: c.admin.headers });

async function report(officeId: string, from: string, to: string) {
  return get(`${apiPaths.officeReport(officeId)}?from=${from}&to=${to}`);
}

describe('GET report', () => {
  beforeEach(async () => {
    c = await startCollector({ now: NOW });
    await seedVotes();
  });

  it('tallies the office\'s votes of the period, and only those', async () => {
    const res = await report(MUNICIPIO, '2026-03-09', '2026-03-12');
    expect(res.statusCode).toBe(200);
    const r: OfficeReport = res.json();
    expect(r.office).toEqual({ id: MUNICIPIO, name: DEMO.offices[0]!.name, timeZone: 'Europe/Rome', administration: DEMO.administration.name, administrationId: DEMO.administration.id });
    expect(r.period).toEqual({ from: '2026-03-09', to: '2026-03-12' });
    expect(r.totals).toEqual({ total: 6, faces: { ...zero, positivo: 2, sufficiente: 1, negativo: 3 } });
    const brief = ({ serviceId, name, archived, total, faces }: OfficeReport['byService'][number]) => ({ serviceId, name, archived, total, faces });
    // Voted services first; then the ones the office's terminals offer, that nobody rated.
    expect(r.byService.map(brief)).toEqual([
      { serviceId: 'valdoria-anagrafe', name: 'Anagrafe e stato civile', archived: false, total: 3, faces: { ...zero, positivo: 1, negativo: 2 } },
      { serviceId: 'valdoria-tributi', name: 'Tributi', archived: false, total: 3, faces: { ...zero, positivo: 1, sufficiente: 1, negativo: 1 } },
      { serviceId: 'valdoria-sociali', name: 'Servizi sociali', archived: false, total: 0, faces: zero },
      { serviceId: 'valdoria-suap', name: 'SUAP - Sportello unico attività produttive', archived: false, total: 0, faces: zero },
      { serviceId: 'valdoria-urp', name: 'URP - Relazioni con il pubblico', archived: false, total: 0, faces: zero },
    ]);
    expect(r.byChannel.map(({ channel, total, faces }) => ({ channel, total, faces }))).toEqual([
      { channel: 'totem', total: 5, faces: { ...zero, positivo: 1, sufficiente: 1, negativo: 3 } },
      { channel: 'sportello', total: 1, faces: { ...zero, positivo: 1 } },
    ]);
    expect(r.reasons).toEqual([
      { reasonId: 'valdoria-attesa', label: 'Tempo di attesa', dimension: 'timeliness', count: 1, shareOfNegative: 1 / 3 },
      { reasonId: 'valdoria-altro', label: 'Altro', dimension: null, count: 1, shareOfNegative: 1 / 3 },
    ].map((x) => ({ ...x, shareOfNegative: Math.round(x.shareOfNegative * 1e6) / 1e6 })));
    expect(r.followUp).toEqual({ negative: 3, chosen: 1, skipped: 1, timeout: 1, notAsked: 0 });
  });

  it('fills every day and all 24 hours, zeros included, in the office\'s local time', async () => {
    const r: OfficeReport = (await report(MUNICIPIO, '2026-03-09', '2026-03-12')).json();
    expect(r.daily.map((d) => [d.day, d.total])).toEqual([['2026-03-09', 0], ['2026-03-10', 3], ['2026-03-11', 2], ['2026-03-12', 1]]);
    expect(r.daily[0]!.faces).toEqual(zero);
    expect(r.byHour.map((h) => h.hour)).toEqual(Array.from({ length: 24 }, (_, h) => h));
    const busy = Object.fromEntries(r.byHour.filter((h) => h.total > 0).map((h) => [h.hour, h.total]));
    expect(busy).toEqual({ 0: 1, 9: 2, 10: 1, 11: 1, 23: 1 });
  });

  it('gives an all-zero report for a period without votes', async () => {
    const r: OfficeReport = (await report(MUNICIPIO, '2025-12-30', '2026-01-02')).json();
    expect(r.daily.map((d) => d.day)).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
    expect(r.totals.total).toBe(0);
    // The services the office's terminals offer are listed, with nothing to say about them yet.
    expect(r.byService.map((s) => [s.serviceId, s.total, s.score.positiveShare.value])).toEqual(TOTEM.services.map((id) => [id, 0, null]).sort());
    expect(r.reasons).toEqual([]);
    expect(r.followUp).toEqual({ negative: 0, chosen: 0, skipped: 0, timeout: 0, notAsked: 0 });
  });

  it('answers 404 office_unknown for an office that does not exist', async () => {
    for (const url of [apiPaths.officeReport('valdoria-luna'), apiPaths.officeReportCsv('valdoria-luna')]) {
      const res = await get(`${url}?from=2026-03-01&to=2026-03-31`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'office_unknown', message: expect.stringContaining('valdoria-luna') } });
    }
  });

  it.each([
    ['from after to', '2026-03-10', '2026-03-09', '/to'],
    ['a date not on the calendar', '2026-02-30', '2026-03-09', '/from'],
    ['a period over 731 days', '2024-01-01', '2026-01-01', '/to'],
    ['a date in another format', '10/03/2026', '2026-03-12', '/from'],
    ['a missing bound', '2026-03-10', '', '/to'],
  ])('answers 400 for %s, naming the field', async (_name, from, to, field) => {
    const query = to ? `from=${from}&to=${to}` : `from=${from}`;
    for (const url of [apiPaths.officeReport(MUNICIPIO), apiPaths.officeReportCsv(MUNICIPIO)]) {
      const res = await get(`${url}?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'validation_failed', message: expect.any(String) } });
      expect(res.json().error.problems.map((p: { field: string }) => p.field)).toContain(field);
      expect(res.json().error.message).not.toMatch(/stored/);
    }
  });

  it('lists the offices', async () => {
    const res = await get(apiPaths.offices);
    expect(res.statusCode).toBe(200);
    expect(res.json().map((o: { id: string }) => o.id).sort()).toEqual(DEMO.offices.map((o) => o.id).sort());
  });
});

describe('GET report.csv', () => {
  beforeEach(async () => {
    c = await startCollector({ now: NOW });
    await seedVotes();
  });

  it('is a semicolon CSV with a BOM, one row per day, service and channel: only the faces of the 3-face scale, a column per reason', async () => {
    const res = await get(`${apiPaths.officeReportCsv(MUNICIPIO)}?from=2026-03-09&to=2026-03-12`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="gradimento-${MUNICIPIO}-2026-03-09-2026-03-12.csv"`);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines).toEqual([
      'giorno;servizio;canale;totale;positivo;sufficiente;negativo;motivo: Tempo di attesa;motivo: Il servizio ricevuto;motivo: Devo tornare un’altra volta;motivo: Altro',
      '2026-03-10;Anagrafe e stato civile;totem;2;1;0;1;1;0;0;1',
      '2026-03-10;Tributi;totem;1;0;1;0;0;0;0;0',
      '2026-03-11;Anagrafe e stato civile;totem;1;0;0;1;0;0;0;0',
      '2026-03-11;Tributi;totem;1;0;0;1;0;0;0;0',
      '2026-03-12;Tributi;sportello;1;1;0;0;0;0;0;0',
      '',
    ]);
  });

  /** A service with the name its administration's admin typed, voted once on 9 March. */
  async function votedService(id: string, name: string) {
    await c.store.db.insertInto('services').values({ id, administration_id: DEMO.administration.id, name, archived_at: null, created_at: '2026-01-01T00:00:00Z' }).execute();
    // Written straight into the store, not through the collector, which would have told its
    // terminal cache (server/auth/terminal-cache.ts) that the administration has a new service.
    terminalCacheOf(c.store.db).clear();
    expect((await postVotes(c, [makeVote({ serviceId: id, castAt: '2026-03-09T10:00:00Z' })])).status).toBe(200);
  }

  it('defuses a service name a spreadsheet would run as a formula, and quotes separators', async () => {
    await votedService('valdoria-trappola', '=HYPERLINK("http://x";"y")');
    const res = await get(`${apiPaths.officeReportCsv(MUNICIPIO)}?from=2026-03-09&to=2026-03-09`);
    const lines = res.body.split('\r\n');
    expect(lines[1]).toBe(`2026-03-09;"'=HYPERLINK(""http://x"";""y"")";totem;1;1;0;0;0;0;0;0`);
  });

  it('runs no formula hidden after a separator in a name, in Italian or English, whichever separator the spreadsheet splits on', async () => {
    await votedService('valdoria-virgola', 'Anagrafe,=HYPERLINK("http://x")');
    await votedService('valdoria-punto-e-virgola', 'Tributi;=HYPERLINK("http://x")');
    for (const lang of ['it', 'en']) {
      const res = await get(`${apiPaths.officeReportCsv(MUNICIPIO)}?from=2026-03-09&to=2026-03-09&lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expect(formulaCells(res.body), lang).toEqual([]);
      // Read as written, each name is one cell, as typed but for the apostrophe before its formula.
      const services = splitAsSpreadsheet(res.body, lang === 'it' ? ';' : ',').slice(1).map((cells) => cells[1]);
      expect(services, lang).toEqual(['Anagrafe,\'=HYPERLINK("http://x")', 'Tributi;\'=HYPERLINK("http://x")']);
    }
  });
});

describe('who may read reports', () => {
  const SAN_ROCCO = DEMO.offices[1]!.id;
  const period = '?from=2026-03-09&to=2026-03-12';
  const urls = (officeId: string) => [`${apiPaths.officeReport(officeId)}${period}`, `${apiPaths.officeReportCsv(officeId)}${period}`];

  beforeEach(async () => {
    c = await startCollector({ now: NOW });
    await addAltrove(c.store);
  });

  it('answers 401 without a session, and to a terminal\'s device token', async () => {
    for (const headers of [{}, asTerminal(c.tokens[TOTEM.id]!), { cookie: 'gradimento_sid=made-up' }]) {
      for (const url of [apiPaths.offices, ...urls(MUNICIPIO)]) {
        const res = await c.app.inject({ url, headers });
        expect(res.statusCode).toBe(401);
        expect(res.json()).toMatchObject({ error: { code: 'unauthenticated', message: expect.any(String) } });
      }
    }
  });

  it('lets a viewer of one office read that office only, and lists only it', async () => {
    const viewer = await personWith(c, 'viewer@valdoria.example.org', [{ role: 'viewer', administrationId: DEMO.administration.id, officeId: SAN_ROCCO }]);
    for (const url of urls(SAN_ROCCO)) expect((await c.app.inject({ url, headers: viewer.headers })).statusCode).toBe(200);
    for (const url of urls(MUNICIPIO)) {
      const res = await c.app.inject({ url, headers: viewer.headers });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    // Another administration's office, as one that does not exist: its id tells nothing.
    for (const url of urls(ALTROVE.officeId)) {
      const res = await c.app.inject({ url, headers: viewer.headers });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'office_unknown' } });
    }
    const list = await c.app.inject({ url: apiPaths.offices, headers: viewer.headers });
    expect(list.json().map((o: { id: string }) => o.id)).toEqual([SAN_ROCCO]);
  });

  it('lets an administration\'s viewer read all its offices and none of another administration', async () => {
    const viewer = await personWith(c, 'tutto@valdoria.example.org', [{ role: 'viewer', administrationId: DEMO.administration.id, officeId: null }]);
    for (const url of [...urls(MUNICIPIO), ...urls(SAN_ROCCO)]) expect((await c.app.inject({ url, headers: viewer.headers })).statusCode).toBe(200);
    for (const url of urls(ALTROVE.officeId)) expect((await c.app.inject({ url, headers: viewer.headers })).statusCode).toBe(404);
    const list = await c.app.inject({ url: apiPaths.offices, headers: viewer.headers });
    expect(list.json().map((o: { id: string }) => o.id).sort()).toEqual(DEMO.offices.map((o) => o.id).sort());
    const all = await c.app.inject({ url: apiPaths.offices, headers: c.admin.headers });
    expect(all.json().map((o: { id: string }) => o.id)).toContain(ALTROVE.officeId);
  });

  it('refuses the office list to a person without any role that reads reports', async () => {
    // A person whose last role was taken away (createUser itself wants at least one grant).
    const nobody = await personWith(c, 'nessuno@valdoria.example.org', [{ role: 'viewer', administrationId: DEMO.administration.id, officeId: null }]);
    await c.store.db.deleteFrom('grants').where('user_id', 'in', c.store.db.selectFrom('users').select('id').where('email', '=', 'nessuno@valdoria.example.org')).execute();
    const res = await c.app.inject({ url: apiPaths.offices, headers: nobody.headers });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'forbidden' } });
  });
});
