// People served: typed, imported from CSV (bad rows named, nothing half-imported), sent with an API key; participation in the report.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import type { OfficeReport } from '../../../server/contract/report';
import { DEMO } from '../../../server/store/seed-demo';
import { as, Csv, grant } from '../admin/admin-api';
import { addAltrove, ALTROVE, fixedClock, makeVote, personWith, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

const MUNICIPIO = DEMO.offices[0]!.id;
const ANAGRAFE = 'valdoria-anagrafe';
const TRIBUTI = 'valdoria-tributi';
const NOW = fixedClock('2026-04-15T10:00:00Z');

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector({ now: NOW });
});
afterEach(async () => c?.close());

const admin = () => as(c.app, c.admin);
const report = async (from: string, to: string): Promise<OfficeReport> => (await admin().get(`${apiPaths.officeReport(MUNICIPIO)}?from=${from}&to=${to}`)).body;
const served = async () => c.store.db.selectFrom('participation_day').select(['service_id', 'channel', 'day', 'served', 'votes']).where('served', 'is not', null).orderBy('day').orderBy('service_id').execute();

/** Votes of the totem (channel totem, counted against the counter's people served). */
async function vote(serviceId: string, castAt: string, n = 1) {
  const res = await postVotes(c, Array.from({ length: n }, () => makeVote({ serviceId, castAt })));
  expect(res.status).toBe(200);
}

describe('people served typed on the dashboard', () => {
  it('gives participation = votes / people served over the days that have a figure, per service and channel', async () => {
    await vote(ANAGRAFE, '2026-03-02T09:00:00Z', 6);
    await vote(ANAGRAFE, '2026-03-03T09:00:00Z', 4);
    // A day without a figure: its votes stay out of participation (they are still in every other figure).
    await vote(ANAGRAFE, '2026-03-04T09:00:00Z', 50);
    await vote(TRIBUTI, '2026-03-02T09:00:00Z', 3);
    const res = await admin().put(apiPaths.officePeopleServed(MUNICIPIO), {
      entries: [
        { serviceId: ANAGRAFE, day: '2026-03-02', served: 40 },
        { serviceId: ANAGRAFE, day: '2026-03-03', served: 60 },
        { serviceId: TRIBUTI, day: '2026-03-02', served: 30 },
        { serviceId: TRIBUTI, day: '2026-03-02', channel: 'telefono', served: 12 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ stored: 4, removed: 0, unchanged: 0 });
    // The whole of March comes from the monthly rollup, 1-10 March from the daily one: both must agree.
    for (const [from, to] of [['2026-03-01', '2026-03-31'], ['2026-03-01', '2026-03-10']] as const) {
      const r = await report(from, to);
      expect(r.totals.total).toBe(63);
      expect(r.byService.find((s) => s.serviceId === ANAGRAFE)!.participation).toEqual({ served: 100, votes: 10, rate: 0.1, daysCovered: 2 });
      expect(r.byService.find((s) => s.serviceId === TRIBUTI)!.participation).toEqual({ served: 42, votes: 3, rate: Math.round((3 / 42) * 1e6) / 1e6, daysCovered: 1 });
      expect(r.participation.byChannel).toEqual([
        { channel: 'sportello', participation: { served: 130, votes: 13, rate: 0.1, daysCovered: 2 } },
        { channel: 'telefono', participation: { served: 12, votes: 0, rate: 0, daysCovered: 1 } },
      ]);
      expect(r.participation.total).toEqual({ served: 142, votes: 13, rate: Math.round((13 / 142) * 1e6) / 1e6, daysCovered: 2 });
    }
  });

  it('counts votes that arrive after the figure, replaces a figure, and removes it with null', async () => {
    const put = (entries: unknown[]) => admin().put(apiPaths.officePeopleServed(MUNICIPIO), { entries });
    expect((await put([{ serviceId: ANAGRAFE, day: '2026-03-05', served: 20 }])).status).toBe(200);
    await vote(ANAGRAFE, '2026-03-05T10:00:00Z', 5);
    let p = (await report('2026-03-01', '2026-03-31')).participation.total;
    expect(p).toEqual({ served: 20, votes: 5, rate: 0.25, daysCovered: 1 });
    expect((await put([{ serviceId: ANAGRAFE, day: '2026-03-05', served: 25 }])).body).toEqual({ stored: 1, removed: 0, unchanged: 0 });
    p = (await report('2026-03-01', '2026-03-31')).participation.total;
    expect(p).toEqual({ served: 25, votes: 5, rate: 0.2, daysCovered: 1 });
    expect((await put([{ serviceId: ANAGRAFE, day: '2026-03-05', served: null }])).body).toEqual({ stored: 0, removed: 1, unchanged: 0 });
    const r = await report('2026-03-01', '2026-03-31');
    expect(r.participation.total).toEqual({ served: null, votes: 0, rate: null, daysCovered: 0 });
    expect(r.totals.total).toBe(5);
    const month = await c.store.db.selectFrom('participation_month').selectAll().execute();
    expect(month.map((m) => [Number(m.served), Number(m.votes), Number(m.days)])).toEqual([[0, 0, 0]]);
  });

  it('refuses the whole request and lists every bad entry: unknown service, not a date, the future, twice the same day', async () => {
    await addAltrove(c.store);
    const res = await admin().put(apiPaths.officePeopleServed(MUNICIPIO), {
      entries: [
        { serviceId: ANAGRAFE, day: '2026-03-02', served: 40 },
        { serviceId: ALTROVE.serviceId, day: '2026-03-02', served: 1 },
        { serviceId: ANAGRAFE, day: '2026-02-30', served: 1 },
        { serviceId: ANAGRAFE, day: '2026-04-16', served: 1 },
        { serviceId: ANAGRAFE, day: '2026-03-02', served: 41 },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([
      { field: '/entries/1/serviceId', reason: `service "${ALTROVE.serviceId}" is not one of this office's administration` },
      { field: '/entries/2/day', reason: '"2026-02-30" is not a calendar date' },
      { field: '/entries/3/day', reason: '2026-04-16 has not come yet in the office\'s time zone (today is 2026-04-15)' },
      { field: '/entries/4/day', reason: 'a second figure for the same service, channel and day (the first is entry 1)' },
    ]);
    expect(await served()).toEqual([]);
    const negative = await admin().put(apiPaths.officePeopleServed(MUNICIPIO), { entries: [{ serviceId: ANAGRAFE, day: '2026-03-02', served: -1 }] });
    expect(negative.status).toBe(400);
    expect(negative.body.error.problems[0].field).toBe('/entries/0/served');
  });

  it('is open to the office\'s manager, not to a viewer; every save is in the audit log', async () => {
    const manager = as(c.app, await personWith(c, 'om@example.org', [grant.office(DEMO.administration.id, MUNICIPIO)]));
    const viewer = as(c.app, await personWith(c, 'v@example.org', [grant.viewer(DEMO.administration.id)]));
    const body = { entries: [{ serviceId: ANAGRAFE, day: '2026-03-02', served: 40 }] };
    expect((await viewer.put(apiPaths.officePeopleServed(MUNICIPIO), body)).status).toBe(403);
    expect((await manager.put(apiPaths.officePeopleServed(DEMO.offices[1]!.id), body)).status).toBe(403);
    expect((await manager.put(apiPaths.officePeopleServed(MUNICIPIO), body)).status).toBe(200);
    await vote(TRIBUTI, '2026-03-03T09:00:00Z', 2);
    const rows = await manager.get(`${apiPaths.officePeopleServed(MUNICIPIO)}?from=2026-03-01&to=2026-03-31`);
    // Days with votes but no figure come too, so the grid can show what the figure will be compared with.
    expect(rows.body).toEqual([
      { serviceId: ANAGRAFE, day: '2026-03-02', channel: 'sportello', served: 40, votes: 0, source: 'dashboard', at: NOW().toISOString(), by: 'om@example.org' },
      { serviceId: TRIBUTI, day: '2026-03-03', channel: 'sportello', served: null, votes: 2, source: null, at: null, by: null },
    ]);
    const audit = await c.store.db.selectFrom('audit_log').select(['action', 'actor_email', 'details']).where('action', '=', 'people-served.record').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ source: 'dashboard', entries: 1, from: '2026-03-02', to: '2026-03-02', stored: 1 });
  });
});

describe('people served imported from a CSV file', () => {
  const upload = (text: string) => admin().post(apiPaths.officePeopleServedCsv(MUNICIPIO), new Csv(text));

  it('names every bad line with its number and reason, and imports nothing', async () => {
    const file = [
      'giorno;servizio;canale;persone',
      '2026-03-02;Anagrafe e stato civile;sportello;40',
      '31/02/2026;Anagrafe e stato civile;;10',
      '2026-03-03;Biblioteca;sportello;10',
      '',
      '2026-03-04;valdoria-tributi;fax;10',
      '2026-03-05;Tributi;sportello;dieci',
      '2026-03-06;Tributi;telefono;',
    ].join('\r\n');
    const res = await upload(file);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('nothing was imported');
    expect(res.body.error.problems).toEqual([
      { line: 3, field: '/giorno', reason: '"31/02/2026" is not a calendar date' },
      { line: 4, field: '/servizio', reason: 'no service is called "Biblioteca" (use its name or id)' },
      { line: 6, field: '/canale', reason: '"fax" is not a channel (sportello, telefono or web)' },
      { line: 7, field: '/persone', reason: '"dieci" is not a whole number of people from 0 to 100000' },
      { line: 8, field: '/persone', reason: 'is empty (write 0 for a day nobody was served)' },
    ]);
    expect(await served()).toEqual([]);
  });

  it('imports a spreadsheet\'s export: BOM, commas, quoted names, Italian dates, names in any case, ids', async () => {
    const file = '\uFEFFData,Servizio,Persone\n02/03/2026,"anagrafe E STATO civile",40\n2026-03-03,valdoria-tributi,7\n';
    const res = await upload(file);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ stored: 2, removed: 0, unchanged: 0, ignoredColumns: [] });
    expect((await served()).map((r) => [r.service_id, r.channel, r.day, r.served])).toEqual([
      [ANAGRAFE, 'sportello', '2026-03-02', 40],
      [TRIBUTI, 'sportello', '2026-03-03', 7],
    ]);
  });

  it('imports a file with columns it does not read, and lists them in the answer: an unknown name, a repeated one, unnamed ones with values', async () => {
    const file = 'giorno;servizio;canale;persone;utenti;note;;\n2026-03-02;Tributi;telefono;4;5;chiuso alle 12;x;\n2026-03-03;Tributi;telefono;6;7;;;;;y\n';
    const res = await upload(file);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      stored: 2,
      removed: 0,
      unchanged: 0,
      ignoredColumns: [
        { column: 5, name: 'utenti' },
        { column: 6, name: 'note' },
        { column: 7, name: '' },
        { column: 10, name: '' },
      ],
    });
    expect((await served()).map((r) => [r.channel, r.day, r.served])).toEqual([
      ['telefono', '2026-03-02', 4],
      ['telefono', '2026-03-03', 6],
    ]);
  });

  it('refuses a file whose channel column is misspelt, and stores nothing: read without it, every figure would be the counter\'s', async () => {
    for (const name of ['canali', 'Canal', 'chanel']) {
      const res = await upload(`giorno;servizio;${name};persone\n2026-03-02;Tributi;telefono;4\n2026-03-03;Tributi;web;6\n`);
      expect(res.status, name).toBe(400);
      expect(res.body.error.problems).toEqual([
        {
          line: 1,
          field: '/header',
          reason: `the column "${name}" looks like the channel: write "canale" in the header, or remove the column to count every figure at the counter (read without it, each would have gone to the counter)`,
        },
      ]);
    }
    expect(await served()).toEqual([]);
    // Without the column at all, every figure is the counter's, as the endpoint says.
    const plain = await upload('giorno;servizio;persone\n2026-03-02;Tributi;4\n');
    expect(plain.status).toBe(200);
    expect((await served()).map((r) => [r.channel, r.day, r.served])).toEqual([['sportello', '2026-03-02', 4]]);
  });

  it('refuses a day outside the years counted, and a name two services share, by line', async () => {
    // A second «Tributi», written before names had to differ (the API now refuses it): the figure could go to either.
    await c.store.db.insertInto('services').values({ id: 'valdoria-tributi-2', administration_id: DEMO.administration.id, name: 'tributi', archived_at: null, created_at: '2026-01-01T00:00:00.000Z' }).execute();
    const res = await upload('giorno;servizio;persone\n01/01/0001;Anagrafe e stato civile;4\n2026-03-03;Tributi;5\n2026-03-03;valdoria-tributi;5\n');
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([
      { line: 2, field: '/giorno', reason: '"01/01/0001" is outside the years the collector counts, 2000 to 2099' },
      { line: 3, field: '/servizio', reason: '2 services are called "Tributi": write the service\'s id instead (Services page)' },
    ]);
    expect(await served()).toEqual([]);
  });

  it('reads a name as the live service when an archived one bore it before (a service archived and made again)', async () => {
    expect((await admin().post(apiPaths.serviceArchive(TRIBUTI), {})).status).toBe(200);
    const made = await admin().post(apiPaths.services, { administrationId: DEMO.administration.id, name: 'Tributi' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const res = await upload('giorno;servizio;persone\r\n2026-04-14;tributi;12\r\n2026-03-02;valdoria-tributi;7\r\n');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // By name the new one; the archived one by its id, for its past days.
    expect((await served()).map((r) => [r.service_id, r.day, r.served])).toEqual([
      [TRIBUTI, '2026-03-02', 7],
      [made.body.id, '2026-04-14', 12],
    ]);
    // Two archived services of that name, none live: which one is meant cannot be told, the id must be written.
    expect((await admin().post(apiPaths.serviceArchive(made.body.id), {})).status).toBe(200);
    const again = await upload('giorno;servizio;persone\n2026-04-13;Tributi;3\n');
    expect(again.status).toBe(400);
    expect(again.body.error.problems[0].reason).toContain('2 services are called "Tributi"');
  });

  it('reads a cell written on two lines (Alt+Enter in Excel) as one, and names the lines as a text editor shows them', async () => {
    const res = await upload('giorno;servizio;persone;note\r\n2026-03-02;Tributi;4;"chiusi alle 12;\r\nsciopero"\r\n2026-03-03;Tributi;x;\r\n');
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([{ line: 4, field: '/persone', reason: expect.stringContaining('"x"') }]);
    expect(await served()).toEqual([]);
    const fixed = await upload('giorno;servizio;persone;note\r\n2026-03-02;Tributi;4;"chiusi alle 12;\r\nsciopero"\r\n2026-03-03;Tributi;5;\r\n');
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect((await served()).map((r) => [r.day, r.served])).toEqual([['2026-03-02', 4], ['2026-03-03', 5]]);
  });

  it('reads a file in the charset its request declares, and refuses one that is not the UTF-8 it is taken for', async () => {
    // Italian Excel saves «CSV (separato da punto e virgola)» in windows-1252: «attività» is one byte, E0.
    const file = Buffer.from('giorno;servizio;persone\r\n2026-03-02;SUAP - Sportello unico attività produttive;12\r\n', 'latin1');
    const send = (type: string) => c.app.inject({ method: 'POST', url: apiPaths.officePeopleServedCsv(MUNICIPIO), headers: { ...c.admin.headers, 'content-type': type }, payload: file });
    const undeclared = await send('text/csv');
    expect(undeclared.statusCode).toBe(400);
    expect(undeclared.json().error.message).toContain('not UTF-8');
    expect(await served()).toEqual([]);
    const unknown = await send('text/csv; charset=klingon');
    expect(unknown.statusCode).toBe(415);
    expect(unknown.json().error.message).toContain('"klingon"');
    const declared = await send('text/csv; charset=windows-1252');
    expect(declared.statusCode, declared.body).toBe(200);
    expect((await served()).map((r) => [r.service_id, r.served])).toEqual([['valdoria-suap', 12]]);
  });

  it('names the first line of a figure given twice', async () => {
    const res = await upload('giorno;servizio;persone\n2026-03-02;Tributi;4\n2026-03-03;Tributi;5\n2026-03-02;Tributi;6\n');
    expect(res.body.error.problems).toEqual([{ line: 4, field: '/giorno', reason: 'a second figure for the same service, channel and day (the first is line 2)' }]);
  });

  it('says what the header misses, and refuses a file that is not CSV', async () => {
    const res = await upload('giorno;persone\n2026-03-02;40\n');
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([{ line: 1, field: '/header', reason: 'the first line must name the columns; missing: servizio (e.g. "giorno;servizio;canale;persone")' }]);
    // A misspelt required column: refused, naming what it did not recognise, nothing stored.
    const misspelt = await upload('giorno;servizio;persone servit;note\n2026-03-02;Tributi;40;\n');
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.error.problems).toEqual([
      { line: 1, field: '/header', reason: 'the first line must name the columns; missing: persone (e.g. "giorno;servizio;canale;persone")' },
      {
        line: 1,
        field: '/header',
        reason: 'not recognised: "persone servit", "note"; the columns read are giorno/data/day/date, servizio/service/serviceid, canale/channel, persone/persone servite/utenti/served/people',
      },
    ]);
    const italian = await c.app.inject({ method: 'POST', url: apiPaths.officePeopleServedCsv(MUNICIPIO), headers: { ...c.admin.headers, 'content-type': 'text/csv', 'accept-language': 'it' }, payload: 'giorno;servizio;persone servit\n' });
    expect(italian.json().error.problems[1].reason).toBe('non riconosciuta: «persone servit»; le colonne lette sono giorno/data/day/date, servizio/service/serviceid, canale/channel, persone/persone servite/utenti/served/people');
    expect(await served()).toEqual([]);
    const json = await c.app.inject({ method: 'POST', url: apiPaths.officePeopleServedCsv(MUNICIPIO), headers: { ...c.admin.headers, 'content-type': 'application/pdf' }, payload: '%PDF' });
    expect(json.statusCode).toBe(415);
  });
});

describe('people served sent by a queue-ticket system with an API key', () => {
  it('stores figures for an office of the key\'s administration, and nothing elsewhere', async () => {
    const created = await admin().post(apiPaths.administrationApiKeys(DEMO.administration.id), { name: 'Eliminacode atrio' });
    expect(created.status).toBe(201);
    const key: string = created.body.key;
    expect(key).toMatch(/^gk_/);
    // The key is shown once: the list never carries it.
    const list = await admin().get(apiPaths.administrationApiKeys(DEMO.administration.id));
    expect(JSON.stringify(list.body)).not.toContain(key);
    const send = (body: unknown, auth = `Bearer ${key}`) => c.app.inject({ method: 'PUT', url: apiPaths.peopleServed, headers: { authorization: auth }, payload: body as object });
    const body = { officeId: MUNICIPIO, entries: [{ serviceId: ANAGRAFE, day: '2026-04-15', served: 12 }] };
    const ok = await send(body);
    expect(ok.statusCode).toBe(200);
    // Sent again, the same figures change nothing: not the figure, not who gave it and when, not the audit log.
    const given = await c.store.db.selectFrom('participation_day').select(['served_at', 'served_by']).where('day', '=', '2026-04-15').executeTakeFirstOrThrow();
    expect((await send(body)).json()).toEqual({ stored: 1, removed: 0, unchanged: 1 });
    expect((await served()).map((r) => r.served)).toEqual([12]);
    expect(await c.store.db.selectFrom('participation_day').select(['served_at', 'served_by']).where('day', '=', '2026-04-15').executeTakeFirstOrThrow()).toEqual(given);
    // The day's figure sent again later, grown: it replaces the stored one (the feed's description: "each replaces the stored one").
    expect((await send({ ...body, entries: [{ ...body.entries[0]!, served: 30 }] })).json()).toEqual({ stored: 1, removed: 0, unchanged: 0 });
    expect((await served()).map((r) => r.served)).toEqual([30]);
    const audit = await c.store.db.selectFrom('audit_log').select('details').where('action', '=', 'people-served.record').execute();
    expect(audit).toHaveLength(2); // the first figure and the grown one, not the resend
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ source: 'api', by: 'api-key:Eliminacode atrio' });

    await addAltrove(c.store);
    const elsewhere = await send({ officeId: ALTROVE.officeId, entries: [{ serviceId: ALTROVE.serviceId, day: '2026-04-15', served: 1 }] });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().error.code).toBe('office_unknown');
    expect((await send(body, `Bearer gk_${'x'.repeat(43)}`)).statusCode).toBe(401);
    // A signed-in session is not a key.
    expect((await c.app.inject({ method: 'PUT', url: apiPaths.peopleServed, headers: c.admin.headers, payload: body })).statusCode).toBe(401);

    const revoked = await admin().post(apiPaths.apiKeyRevoke(created.body.id));
    expect(revoked.body.revokedAt).toBe(NOW().toISOString());
    const refused = await send(body);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.message).toContain('API key');
  });

  it('refuses, saying why, a key whose administration was archived since; nothing is stored', async () => {
    await addAltrove(c.store);
    const created = await admin().post(apiPaths.administrationApiKeys(ALTROVE.administrationId), { name: 'Eliminacode' });
    expect(created.status).toBe(201);
    const send = (served: number) =>
      c.app.inject({ method: 'PUT', url: apiPaths.peopleServed, headers: { authorization: `Bearer ${created.body.key}` }, payload: { officeId: ALTROVE.officeId, entries: [{ serviceId: ALTROVE.serviceId, day: '2026-04-15', served }] } });
    expect((await send(5)).statusCode).toBe(200);
    expect((await admin().post(apiPaths.administrationArchive(ALTROVE.administrationId))).status).toBe(200);
    const refused = await send(9);
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'forbidden']);
    expect(refused.json().error.message).toBe('This API key’s administration is archived: the key no longer works and nothing was stored. Stop the queue system from sending.');
    const stored = await c.store.db.selectFrom('participation_day').select(['served', 'served_at']).where('office_id', '=', ALTROVE.officeId).execute();
    expect(stored.map((r) => r.served)).toEqual([5]);
  });
});

describe('people served of an archived office or administration', () => {
  it('are refused (409, saying it is archived) from the dashboard, a CSV and a key alike; nothing is stored', async () => {
    const SAN_ROCCO = DEMO.offices[1]!.id;
    const key = (await admin().post(apiPaths.administrationApiKeys(DEMO.administration.id), { name: 'Eliminacode' })).body.key as string;
    const entries = [{ serviceId: ANAGRAFE, day: '2026-04-14', served: 7 }];
    expect((await admin().post(apiPaths.officeArchive(SAN_ROCCO))).status).toBe(200);
    const byKey = await c.app.inject({ method: 'PUT', url: apiPaths.peopleServed, headers: { authorization: `Bearer ${key}` }, payload: { officeId: SAN_ROCCO, entries } });
    expect([byKey.statusCode, byKey.json().error.code]).toEqual([409, 'conflict']);
    expect(byKey.json().error.message).toMatch(/archived/);
    const typed = await admin().put(apiPaths.officePeopleServed(SAN_ROCCO), { entries });
    expect([typed.status, typed.body.error.code]).toEqual([409, 'conflict']);
    // The administration archived: its live office refuses figures too, typed as sent.
    expect((await admin().post(apiPaths.administrationArchive(DEMO.administration.id))).status).toBe(200);
    const live = await admin().put(apiPaths.officePeopleServed(MUNICIPIO), { entries });
    expect([live.status, live.body.error.code]).toEqual([409, 'conflict']);
    expect(await served()).toEqual([]);
    expect(await c.store.db.selectFrom('audit_log').select('id').where('action', '=', 'people-served.record').execute()).toEqual([]);
  });
});

describe('participation in the report without figures', () => {
  it('says there are none rather than a rate of zero', async () => {
    await vote(ANAGRAFE, '2026-03-02T09:00:00Z', 3);
    const r = await report('2026-03-01', '2026-03-31');
    expect(r.participation.total).toEqual({ served: null, votes: 0, rate: null, daysCovered: 0 });
    expect(r.byService.find((s) => s.serviceId === ANAGRAFE)!.participation.rate).toBeNull();
    expect(TOTEM.services).toContain(ANAGRAFE);
  });
});
