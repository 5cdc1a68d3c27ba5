// Every level: an administration's offices side by side (a tiny office never ranked, shrinkage reordering
// two close ones), the installation's administrations, and the bulletin against a recount of raw votes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { apiPaths } from '../../../server/contract/api';
import { exportPaths } from '../../../server/contract/exports';
import type { AdministrationReport, Bulletin, InstallationReport } from '../../../server/contract/levels';
import type { Vote } from '../../../server/contract/vote';
import { DEMO } from '../../../server/store/seed-demo';
import { as, grant } from '../admin/admin-api';
import { enrol, fixedClock, makeVote, pairedLongAgo, personWith, postVotes, startCollector, type TestCollector } from '../helpers/test-collector';

const VALDORIA = DEMO.administration.id;
const NOW = fixedClock('2026-11-03T10:00:00Z');
let c: TestCollector;
let montalto: string;

/** A counter terminal in a new office of the administration, enrolled; returns the office and terminal ids. */
async function counterIn(administrationId: string, officeName: string, serviceId: string) {
  const admin = as(c.app, c.admin);
  const officeId = (await admin.post(apiPaths.offices, { administrationId, name: officeName })).body.id as string;
  const terminalId = (await admin.post(apiPaths.terminals, { officeId, name: `Sportello ${officeName}`, mode: 'counter', serviceIds: [serviceId] })).body.id as string;
  c.tokens[terminalId] = await enrol(c.app, c.store, terminalId, NOW());
  await pairedLongAgo(c.store, terminalId);
  return { officeId, terminalId };
}

async function cast(terminalId: string, serviceId: string, positive: number, total: number, castAt = '2026-10-14T09:00:00Z') {
  const votes: Vote[] = Array.from({ length: total }, (_, i) => makeVote({ serviceId, castAt, ...(i < positive ? {} : { face: 'negativo', followUp: 'skipped' }) }));
  for (let i = 0; i < votes.length; i += 500) expect((await postVotes(c, votes.slice(i, i + 500), terminalId)).status).toBe(200);
}

const offices: Record<string, string> = {};
beforeAll(async () => {
  c = await startCollector({ now: NOW });
  const admin = as(c.app, c.admin);
  for (const [name, positive, total] of [['Ufficio A', 70, 100], ['Ufficio B', 3, 3], ['Ufficio C', 31, 32], ['Ufficio D', 950, 1000]] as const) {
    const { officeId, terminalId } = await counterIn(VALDORIA, name, 'valdoria-anagrafe');
    offices[name] = officeId;
    await cast(terminalId, 'valdoria-anagrafe', positive, total);
  }
  // September, for the comparison and the running total.
  const a = await c.store.db.selectFrom('terminals').select('id').where('office_id', '=', offices['Ufficio A']!).executeTakeFirstOrThrow();
  await cast(a.id, 'valdoria-anagrafe', 40, 50, '2026-09-10T09:00:00Z');
  // Another comune of the consortium, with a totem.
  montalto = (await admin.post(apiPaths.administrations, { name: 'Comune di Montalto' })).body.id;
  const service = (await admin.post(apiPaths.services, { administrationId: montalto, name: 'Anagrafe' })).body.id as string;
  const { terminalId } = await counterIn(montalto, 'Municipio', service);
  await cast(terminalId, service, 20, 40);
});
afterAll(async () => c?.close());

describe('an administration\'s offices side by side', () => {
  let r: AdministrationReport;
  beforeAll(async () => {
    r = (await as(c.app, c.admin).get(`${apiPaths.administrationReport(VALDORIA)}?from=2026-10-01&to=2026-10-31`)).body;
  });

  it('ranks by the shrunk share: 950 of 1000 above 31 of 32, the three lucky votes unranked', () => {
    const rows = r.offices.filter((o) => o.total > 0).map((o) => [o.name, o.total, o.rank]);
    expect(rows).toEqual([
      ['Ufficio D', 1000, 1],
      ['Ufficio C', 32, 2],
      ['Ufficio A', 100, 3],
      ['Ufficio B', 3, null],
    ]);
    const b = r.offices.find((o) => o.name === 'Ufficio B')!;
    expect(b.score.positiveShare).toMatchObject({ value: 1, smallSample: true });
    expect(r.offices.find((o) => o.name === 'Ufficio C')!.rankScore).toBeCloseTo(0.949339, 6);
  });

  it('totals the administration and compares it with September', () => {
    expect(r.totals.total).toBe(1135);
    expect(r.score.positiveShare.value).toBeCloseTo(1054 / 1135, 6);
    expect(r.comparisons[0]).toMatchObject({ kind: 'previous', period: { from: '2026-09-01', to: '2026-09-30' }, score: { votes: 50 } });
    expect(r.byChannel.map((ch) => [ch.channel, ch.total])).toEqual([['sportello', 1135]]);
  });

  it('is for people over the whole administration, not an office manager', async () => {
    const manager = as(c.app, await personWith(c, 'om@example.org', [grant.office(VALDORIA, offices['Ufficio A']!)]));
    expect((await manager.get(`${apiPaths.administrationReport(VALDORIA)}?from=2026-10-01&to=2026-10-31`)).status).toBe(403);
    const viewer = as(c.app, await personWith(c, 'v@example.org', [grant.viewer(VALDORIA)]));
    expect((await viewer.get(`${apiPaths.administrationReport(VALDORIA)}?from=2026-10-01&to=2026-10-31`)).status).toBe(200);
    expect((await viewer.get(`${apiPaths.installationReport}?from=2026-10-01&to=2026-10-31`)).status).toBe(403);
  });
});

describe('a service under a charter standard that nobody rated', () => {
  it('is judged «no votes» in the office\'s charter summary and the year\'s services, not left out', async () => {
    const admin = as(c.app, c.admin);
    const tributi = await admin.post(apiPaths.services, { administrationId: montalto, name: 'Tributi' });
    expect(tributi.status, JSON.stringify(tributi.body)).toBe(201);
    // Its standard from the start of the year, as the charter had it.
    const standard = await admin.patch(apiPaths.service(tributi.body.id), { standard: { minPositivePct: 80 }, standardFrom: '2026-01-01' });
    expect(standard.status, JSON.stringify(standard.body)).toBe(200);
    const terminal = await c.store.db.selectFrom('terminals').innerJoin('offices', 'offices.id', 'terminals.office_id').select(['terminals.id', 'terminals.office_id']).where('offices.administration_id', '=', montalto).executeTakeFirstOrThrow();
    // A second counter in the same office, for Tributi: nobody has rated it yet.
    const counter = await admin.post(apiPaths.terminals, { officeId: terminal.office_id, name: 'Sportello Tributi', mode: 'counter', serviceIds: [tributi.body.id] });
    expect(counter.status, JSON.stringify(counter.body)).toBe(201);

    const report: AdministrationReport = (await admin.get(`${apiPaths.administrationReport(montalto)}?from=2026-10-01&to=2026-10-31`)).body;
    expect(report.offices.find((o) => o.officeId === terminal.office_id)!.charter).toMatchObject({ 'no-votes': 1 });
    const yearly = (await admin.get(`${exportPaths.yearly(montalto)}?year=2026`)).body as { byService: { name: string; total: number; charter: { verdict: string } | null }[]; charter: Record<string, number> };
    expect(yearly.byService.find((s) => s.name === 'Tributi')).toMatchObject({ total: 0, charter: { verdict: 'no-votes' } });
    expect(yearly.charter['no-votes']).toBe(1);
    // A service without a standard and without votes adds no empty row.
    expect(yearly.byService.map((s) => s.name)).toEqual(['Anagrafe', 'Tributi']);
  });
});

describe('the installation\'s administrations side by side', () => {
  it('shows both comuni with their totals', async () => {
    const r: InstallationReport = (await as(c.app, c.admin).get(`${apiPaths.installationReport}?from=2026-10-01&to=2026-10-31`)).body;
    expect(r.administrations.map((a) => [a.name, a.total, a.rank])).toEqual([
      [DEMO.administration.name, 1135, 1],
      ['Comune di Montalto', 40, 2],
    ]);
    expect(r.totals.total).toBe(1175);
  });
});

describe('the bulletin', () => {
  /** The same figures recounted from the raw votes, written independently of the rollups. */
  async function recount(administrationId: string | null, from: string, to: string) {
    const scope = administrationId ? sql`and v.administration_id = ${administrationId}` : sql``;
    const rows = await sql<{ channel: string; face: string; n: number | string }>`
      select v.channel, v.face, count(*) as n from votes v where v.day >= ${from} and v.day <= ${to} ${scope} group by v.channel, v.face`.execute(c.store.db);
    const running = await sql<{ n: number | string }>`select count(*) as n from votes v where v.day <= ${to} ${scope}`.execute(c.store.db);
    const units = await sql<{ administrations: number | string; offices: number | string; terminals: number | string; counters: number | string }>`
      select count(distinct v.administration_id) as administrations, count(distinct v.office_id) as offices, count(distinct v.terminal_id) as terminals,
             count(distinct case when t.mode = 'counter' then t.id end) as counters
      from votes v join terminals t on t.id = v.terminal_id where v.day >= ${from} and v.day <= ${to} ${scope}`.execute(c.store.db);
    const votes = rows.rows.reduce((n, r) => n + Number(r.n), 0);
    const positive = rows.rows.filter((r) => r.face === 'positivo' || r.face === 'ottimo').reduce((n, r) => n + Number(r.n), 0);
    const u = units.rows[0]!;
    return { votes, positive, running: Number(running.rows[0]!.n), units: { administrations: Number(u.administrations), offices: Number(u.offices), counters: Number(u.counters), terminals: Number(u.terminals) } };
  }

  it.each([
    ['the installation', null],
    ['an administration', VALDORIA],
  ])('of %s for October equals a recount of the raw votes', async (_what, administrationId) => {
    const url = administrationId ? apiPaths.administrationBulletin(administrationId) : apiPaths.installationBulletin;
    const b: Bulletin = (await as(c.app, c.admin).get(`${url}?month=2026-10`)).body;
    const raw = await recount(administrationId, '2026-10-01', '2026-10-31');
    expect(b.period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(b.votes).toBe(raw.votes);
    expect(b.weeklyAverage).toBe(Math.round((raw.votes / (31 / 7)) * 10) / 10);
    expect(b.runningTotal).toBe(raw.running);
    expect(b.runningSince).toBe('2026-09');
    expect(b.score.positiveShare.value).toBeCloseTo(raw.positive / raw.votes, 6);
    expect(b.reported).toEqual(raw.units);
    expect(b.byChannel.map((ch) => [ch.channel, ch.votes])).toEqual([['sportello', raw.votes], ['telefono', 0], ['web', 0]]);
    expect(b.previous.score.votes).toBe(50);
  });

  it('covers a whole year too, and asks for a month or a year', async () => {
    const admin = as(c.app, c.admin);
    const year: Bulletin = (await admin.get(`${apiPaths.installationBulletin}?year=2026`)).body;
    expect(year).toMatchObject({ kind: 'year', period: { from: '2026-01-01', to: '2026-12-31' }, votes: 1225, runningTotal: 1225 });
    // The year under way (today is 3 November): its weekly average is over the 307 days so far, not the 365.
    expect(year.weeklyAverage).toBe(Math.round((1225 / (307 / 7)) * 10) / 10);
    expect(year.dataQuality.periodOpen).toBe(true);
    for (const q of ['', '?month=2026-10&year=2026', '?month=2026-13']) expect((await admin.get(`${apiPaths.installationBulletin}${q}`)).status).toBe(400);
    // Month 0000-01 was read as January 1900; 9999-12 ran past the calendar.
    for (const [q, field] of [['?month=0000-01', '/month'], ['?month=9999-12', '/month'], ['?year=1999', '/year'], ['?year=2100', '/year']]) {
      const res = await admin.get(`${apiPaths.installationBulletin}${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.problems, q).toEqual([{ field, reason: expect.stringContaining('2000 to 2099') }]);
    }
  });
});

describe('who reported, with channel points', () => {
  it('counts an office that only took phone and web votes, but not its points among the terminals or counters', async () => {
    const admin = as(c.app, c.admin);
    const officeId = (await admin.post(apiPaths.offices, { administrationId: montalto, name: 'Ufficio relazioni con il pubblico' })).body.id as string;
    const service = (await admin.post(apiPaths.services, { administrationId: montalto, name: 'Informazioni' })).body.id as string;
    const phone = (await admin.post(apiPaths.officeChannelPoints(officeId), { kind: 'phone' })).body.id as string;
    await admin.post(apiPaths.officeChannelPoints(officeId), { kind: 'web', serviceId: service });
    // A phone vote is dated when the operator records it: November, with the collector's clock.
    expect((await admin.post(apiPaths.channelPointPhoneVotes(phone), { serviceId: service, face: 'positivo' })).status).toBe(201);
    const b: Bulletin = (await admin.get(`${apiPaths.installationBulletin}?month=2026-11`)).body;
    expect(b.votes).toBe(1);
    expect(b.byChannel.find((ch) => ch.channel === 'telefono')?.votes).toBe(1);
    expect(b.reported).toEqual({ administrations: 1, offices: 1, counters: 0, terminals: 0 });
    // October's counters and terminals are unchanged by the points now existing.
    const october: Bulletin = (await admin.get(`${apiPaths.installationBulletin}?month=2026-10`)).body;
    expect(october.reported).toEqual({ administrations: 2, offices: 5, counters: 5, terminals: 5 });
  });
});

describe('a bulletin after a terminal changed mode', () => {
  it('still counts as counters those that were counters in its month, and not one made a counter since', async () => {
    const admin = as(c.app, c.admin);
    const october = async () => ((await admin.get(`${apiPaths.installationBulletin}?month=2026-10`)).body as Bulletin).reported;
    const before = await october();
    const d = await c.store.db.selectFrom('terminals').select('id').where('office_id', '=', offices['Ufficio D']!).executeTakeFirstOrThrow();
    // In November the counter of Ufficio D becomes a totem: October's bulletin does not change.
    expect((await admin.patch(apiPaths.terminal(d.id), { mode: 'totem', serviceIds: ['valdoria-anagrafe'] })).status).toBe(200);
    expect(await october()).toEqual(before);
    // And back: still the same October.
    expect((await admin.patch(apiPaths.terminal(d.id), { mode: 'counter', serviceIds: ['valdoria-anagrafe'] })).status).toBe(200);
    expect(await october()).toEqual(before);
  });
});
