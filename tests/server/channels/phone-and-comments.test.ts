// The operator's phone votes, the web comments managers read, how long comments are kept (setting, audited; hourly job), and who may do each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { channelPaths, DEFAULT_COMMENT_DAYS } from '../../../server/contract/channel-points';
import type { ChannelPoint, WebComments } from '../../../server/contract/channel-schemas';
import { DEMO } from '../../../server/store/seed-demo';
import { as, createOtherAdministration, grant, type OtherAdministration } from '../admin/admin-api';
import { movableClock, personWith, signInAs, startCollector, type SignedIn, type TestCollector } from '../helpers/test-collector';

const NOW = '2026-11-03T10:00:00.000Z';
const VALDORIA = DEMO.administration.id;
const TOWN_HALL = DEMO.offices[0]!.id;
const SAN_ROCCO = DEMO.offices[1]!.id;
const [ANAGRAFE, TRIBUTI, , SOCIALI] = DEMO.services.map((s) => s.id) as [string, string, string, string];

let c: TestCollector;
let clock: ReturnType<typeof movableClock>;
let phone: ChannelPoint;
let web: ChannelPoint;
let manager: SignedIn;
let otherManager: SignedIn;
let viewer: SignedIn;
let other: OtherAdministration;
let otherAdmin: SignedIn;
let address = 0;

const rate = (body: object) => c.app.inject({ method: 'POST', url: channelPaths.webVotes(web.id), payload: body, headers: { origin: 'https://www.comune.valdoria.it' }, remoteAddress: `192.0.2.${++address}` });

beforeAll(async () => {
  clock = movableClock(NOW);
  c = await startCollector({ now: clock.now });
  other = await createOtherAdministration(c);
  manager = await personWith(c, 'responsabile@valdoria.example.org', [grant.office(VALDORIA, TOWN_HALL)]);
  otherManager = await personWith(c, 'sanrocco@valdoria.example.org', [grant.office(VALDORIA, SAN_ROCCO)]);
  viewer = await personWith(c, 'lettore@valdoria.example.org', [grant.viewer(VALDORIA, TOWN_HALL)]);
  otherAdmin = await personWith(c, 'admin@montalto.example.org', [grant.administration(other.administrationId)]);
  phone = (await as(c.app, manager).post(apiPaths.officeChannelPoints(TOWN_HALL), { kind: 'phone' })).body;
  web = (await as(c.app, manager).post(apiPaths.officeChannelPoints(TOWN_HALL), { kind: 'web', serviceId: TRIBUTI })).body;
  // Four people, each a password hash, on two busy cores.
}, 60_000);
afterAll(async () => c?.close());

describe('channel points', () => {
  it('are set up by the office\'s manager (audited); a phone point has no service, a web or QR point one of the administration\'s', async () => {
    expect(phone).toMatchObject({ kind: 'phone', officeId: TOWN_HALL, serviceId: null, name: 'Telefono', archivedAt: null });
    expect(web).toMatchObject({ kind: 'web', serviceId: TRIBUTI, name: 'Sito web · Tributi e tasse locali'.replace('Tributi e tasse locali', DEMO.services[1]!.name) });
    const audit = await c.store.db.selectFrom('audit_log').select(['action', 'actor_email']).where('target_id', '=', phone.id).execute();
    expect(audit).toEqual([{ action: 'channel-point.create', actor_email: 'responsabile@valdoria.example.org' }]);
    const bad = await as(c.app, manager).post(apiPaths.officeChannelPoints(TOWN_HALL), { kind: 'web' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0].field).toBe('/serviceId');
    expect((await as(c.app, manager).post(apiPaths.officeChannelPoints(TOWN_HALL), { kind: 'qr', serviceId: other.serviceId })).status).toBe(400);
    expect((await as(c.app, manager).post(apiPaths.officeChannelPoints(TOWN_HALL), { kind: 'phone', serviceId: ANAGRAFE })).status).toBe(400);
    expect((await as(c.app, manager).post(apiPaths.officeChannelPoints(TOWN_HALL), { kind: 'fax' })).status).toBe(400);
  });

  it('are not for a viewer, another office\'s manager, or another administration\'s admin (to whom they do not exist)', async () => {
    for (const [who, status] of [[viewer, 403], [otherManager, 403], [otherAdmin, 404]] as const) {
      expect((await as(c.app, who).post(apiPaths.officeChannelPoints(TOWN_HALL), { kind: 'phone' })).status).toBe(status);
      expect((await as(c.app, who).post(apiPaths.channelPointPhoneVotes(phone.id), { serviceId: ANAGRAFE, face: 'positivo' })).status).toBe(status);
    }
  });
});

describe('the operator\'s phone votes', () => {
  it('are stored as votes of channel telefono for the service chosen, and counted in the office report', async () => {
    for (const [serviceId, face] of [[ANAGRAFE, 'positivo'], [SOCIALI, 'negativo'], [ANAGRAFE, 'sufficiente']] as const) {
      const res = await as(c.app, manager).post(apiPaths.channelPointPhoneVotes(phone.id), { serviceId, face });
      expect(res.status).toBe(201);
    }
    const report = await as(c.app, manager).get(`${apiPaths.officeReport(TOWN_HALL)}?from=2026-11-01&to=2026-11-30`);
    const byChannel = report.body.byChannel as { channel: string; total: number; faces: Record<string, number> }[];
    expect(byChannel.find((ch) => ch.channel === 'telefono')).toMatchObject({ total: 3, faces: { positivo: 1, sufficiente: 1, negativo: 1 } });
    // Dated when the operator records them, by design: none is «re-dated by the collector».
    expect(report.body.dataQuality.redatedVotes).toBe(0);
  });

  it('refuse another administration\'s service, a face off the three, a point that is not a phone point; nothing stored (an archived one: below)', async () => {
    const count = async () => (await c.store.db.selectFrom('votes').select('id').where('terminal_id', '=', phone.id).execute()).length;
    const before = await count();
    const foreign = await as(c.app, manager).post(apiPaths.channelPointPhoneVotes(phone.id), { serviceId: other.serviceId, face: 'positivo' });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.problems[0].field).toBe('/serviceId');
    expect((await as(c.app, manager).post(apiPaths.channelPointPhoneVotes(phone.id), { serviceId: ANAGRAFE, face: 'ottimo' })).status).toBe(400);
    expect((await as(c.app, manager).post(apiPaths.channelPointPhoneVotes(web.id), { serviceId: ANAGRAFE, face: 'positivo' })).status).toBe(404);
    expect(await count()).toBe(before);
  });
});

describe('archiving a channel point', () => {
  // The archive route's summary: "it takes no more votes ...; its votes stay"; the list: "archived ones included".
  // The office's phone point itself: an office has one live phone point at a time (server/channels/point-taken.ts).
  it('stops a phone point taking votes (404, with its words); its votes stay, and it is still listed, marked archived; audited; then a new one may be set up', async () => {
    const count = async () => (await c.store.db.selectFrom('votes').select('id').where('terminal_id', '=', phone.id).execute()).length;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    const archived = await as(c.app, manager).post(apiPaths.channelPointArchive(phone.id), {});
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).toBe(NOW);
    const refused = await as(c.app, manager).post(apiPaths.channelPointPhoneVotes(phone.id), { serviceId: ANAGRAFE, face: 'negativo' });
    expect([refused.status, refused.body.error]).toEqual([404, { code: 'not_found', message: 'This rating form is not (or no longer) active: the administration may have removed it.' }]);
    expect(await count()).toBe(before);
    const listed = ((await as(c.app, manager).get(apiPaths.officeChannelPoints(TOWN_HALL))).body as ChannelPoint[]).find((p) => p.id === phone.id);
    expect(listed?.archivedAt).toBe(NOW);
    const audit = await c.store.db.selectFrom('audit_log').select('actor_email').where('target_id', '=', phone.id).where('action', '=', 'channel-point.archive').execute();
    expect(audit).toEqual([{ actor_email: 'responsabile@valdoria.example.org' }]);
    const next = await as(c.app, manager).post(apiPaths.officeChannelPoints(TOWN_HALL), { kind: 'phone' });
    expect(next.status).toBe(201);
    expect(next.body.id).not.toBe(phone.id);
  });
});

describe('web comments', () => {
  it('are listed newest first for the office\'s managers, with the answer\'s id and the model\'s words; not for a viewer or anyone outside', async () => {
    await rate({ stars: 2, answer: 'non-complete', comment: 'Manca il modulo F24, chiamatemi al 333 1234567' });
    clock.set('2026-11-03T11:00:00.000Z');
    await rate({ stars: 5, answer: 'chiare', comment: 'Tutto chiaro' });
    await rate({ stars: 4 });
    const res = await as(c.app, manager).get(apiPaths.officeWebComments(TOWN_HALL));
    expect(res.status).toBe(200);
    const list = res.body as WebComments;
    expect(list.keptDays).toBe(DEFAULT_COMMENT_DAYS);
    // The answer's id too: the dashboard words it in its own language (the words stay for other API clients).
    expect(list.comments.map((x) => [x.stars, x.answerId, x.answer, x.comment, x.redacted])).toEqual([
      [5, 'chiare', 'Le indicazioni erano chiare', 'Tutto chiaro', false],
      [2, 'non-complete', 'A volte le indicazioni non erano complete', 'Manca il modulo F24, chiamatemi al [telefono rimosso]', true],
    ]);
    for (const [who, status] of [[viewer, 403], [otherManager, 403], [otherAdmin, 404]] as const) expect((await as(c.app, who).get(apiPaths.officeWebComments(TOWN_HALL))).status).toBe(status);
    expect((await c.app.inject({ url: apiPaths.officeWebComments(TOWN_HALL) })).statusCode).toBe(401);
  });

  it('are kept for the administration\'s days (set by its admin, audited), then deleted by the hourly job; stars and answers stay', async () => {
    const admin = as(c.app, c.admin);
    expect((await as(c.app, manager).put(apiPaths.administrationChannelSettings(VALDORIA), { commentDays: 30 })).status).toBe(403);
    for (const commentDays of [6, 731, 30.5]) expect((await admin.put(apiPaths.administrationChannelSettings(VALDORIA), { commentDays })).status).toBe(400);
    // The GET route ("how long the administration keeps web comments"): the default, then what was saved.
    expect((await admin.get(apiPaths.administrationChannelSettings(VALDORIA))).body).toEqual({ administrationId: VALDORIA, commentDays: DEFAULT_COMMENT_DAYS });
    const saved = await admin.put(apiPaths.administrationChannelSettings(VALDORIA), { commentDays: 30 });
    expect(saved.body).toEqual({ administrationId: VALDORIA, commentDays: 30 });
    expect((await admin.get(apiPaths.administrationChannelSettings(VALDORIA))).body).toEqual({ administrationId: VALDORIA, commentDays: 30 });
    const audit = await c.store.db.selectFrom('audit_log').select('details').where('action', '=', 'channel-settings.update').execute();
    expect(audit.map((a) => JSON.parse(a.details))).toEqual([{ commentDays: 30, was: DEFAULT_COMMENT_DAYS }]);

    // 30 days and a bit after the first comment, before the second's.
    clock.set('2026-12-03T10:30:00.000Z');
    await c.scheduler.tick();
    // A month on, the morning's session has ended: sign in again.
    manager = await signInAs(c.app, 'responsabile@valdoria.example.org');
    const list = (await as(c.app, manager).get(apiPaths.officeWebComments(TOWN_HALL))).body as WebComments;
    expect(list.keptDays).toBe(30);
    expect(list.comments.map((x) => x.comment)).toEqual(['Tutto chiaro']);
    const rows = await c.store.db.selectFrom('web_feedback').select(['stars', 'answer', 'comment']).orderBy('created_at').execute();
    expect(rows.find((r) => r.stars === 2)).toEqual({ stars: 2, answer: 'non-complete', comment: null });
    // The vote itself stays in the figures.
    expect((await c.store.db.selectFrom('votes').select('id').where('terminal_id', '=', web.id).execute()).length).toBe(3);
  });

  it('lists only ratings that still hold a comment (an answer alone is a figure), a page at a time, every one once, with their total', async () => {
    // At the end: the clock stands a month on (retention test above). San Rocco's own rows, written straight into the table;
    // three at each instant, so that a page may end between comments of the same millisecond.
    const base = Date.parse('2026-12-03T00:00:00.000Z');
    const row = (i: number, comment: string | null) => ({
      vote_id: `san-rocco-${String(i).padStart(3, '0')}`,
      administration_id: VALDORIA,
      office_id: SAN_ROCCO,
      service_id: ANAGRAFE,
      point_id: 'web-san-rocco',
      stars: 4,
      answer: 'chiare',
      comment,
      redacted: 0,
      created_at: new Date(base + Math.floor(i / 3) * 60_000).toISOString(),
    });
    await c.store.db.insertInto('web_feedback').values(Array.from({ length: 205 }, (_, i) => row(i, `commento ${i}`))).execute();
    // The newest of all: an answer without a comment.
    await c.store.db.insertInto('web_feedback').values(row(206, null)).execute();
    const sanRocco = as(c.app, await signInAs(c.app, 'sanrocco@valdoria.example.org'));
    const pages: WebComments[] = [];
    let query = '';
    for (;;) {
      const res = await sanRocco.get(`${apiPaths.officeWebComments(SAN_ROCCO)}${query}`);
      expect(res.status).toBe(200);
      pages.push(res.body);
      const next = (res.body as WebComments).next;
      if (!next) break;
      query = `?${new URLSearchParams(next)}`;
    }
    expect(pages.map((p) => [p.comments.length, p.total])).toEqual([[100, 205], [100, 205], [5, 205]]);
    const all = pages.flatMap((p) => p.comments.map((x) => x.comment));
    expect(all).toEqual(Array.from({ length: 205 }, (_, i) => `commento ${204 - i}`));
    expect(pages[0]!.comments[0]).toMatchObject({ comment: 'commento 204', answer: 'Le indicazioni erano chiare' });
    // Half a page's address: refused, naming what is missing.
    const half = await sanRocco.get(`${apiPaths.officeWebComments(SAN_ROCCO)}?beforeId=san-rocco-100`);
    expect([half.status, half.body.error.problems[0].field]).toEqual([400, '/beforeId']);
  });
});
