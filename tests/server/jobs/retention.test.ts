// Retention removes old raw votes; every report over that period stays the same, and a late resend is still recognised.
// Channel votes go too, but not what docs/privacy.md keeps for the life of the installation: the web ratings'
// stars and answers (web_feedback) and the QR codes' hashes with the vote that spent each (vote_codes).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { channelPaths } from '../../../server/contract/channel-points';
import type { ChannelPoint } from '../../../server/contract/channel-schemas';
import { applyRetention } from '../../../server/jobs/retention';
import { DEMO } from '../../../server/store/seed-demo';
import { as } from '../admin/admin-api';
import { ADMIN_EMAIL, countRows, fixedClock, makeVote, movableClock, postVotes, signInAs, startCollector, type SignedIn, type TestCollector } from '../helpers/test-collector';

const NOW = fixedClock('2026-11-20T10:00:00Z');
let c: TestCollector;

const report = async (from: string, to: string, who: SignedIn = c.admin) => (await c.app.inject({ url: `${apiPaths.officeReport(DEMO.offices[0]!.id)}?from=${from}&to=${to}`, headers: who.headers })).json();
const strip = (r: { dataQuality: unknown }) => ({ ...r, dataQuality: null });

describe('retention', () => {
  beforeEach(async () => {
    c = await startCollector({ now: NOW, env: { RETENTION_DAYS: '35' } });
  });
  afterEach(async () => c?.close());

  it('removes votes older than RETENTION_DAYS, leaves the reports unchanged, and keeps their ids known', async () => {
    const old = [
      makeVote({ castAt: '2026-09-01T08:00:00Z' }),
      makeVote({ face: 'negativo', followUp: 'chosen', reasons: ['valdoria-attesa'], castAt: '2026-09-02T09:00:00Z' }),
      makeVote({ face: 'sufficiente', castAt: '2026-10-15T10:00:00Z' }),
    ];
    const recent = [makeVote({ castAt: '2026-11-19T10:00:00Z' })];
    expect((await postVotes(c, [...old, ...recent])).status).toBe(200);
    const before = { autumn: await report('2026-09-01', '2026-11-20'), september: await report('2026-09-01', '2026-09-30') };

    // Through the scheduler, as in production: the job is configured by RETENTION_DAYS=35.
    await c.scheduler.tick();
    expect(await countRows(c.store, 'votes')).toBe(1);
    expect(await countRows(c.store, 'vote_reasons')).toBe(0);
    expect(strip(await report('2026-09-01', '2026-11-20'))).toEqual(strip(before.autumn));
    expect(strip(await report('2026-09-01', '2026-09-30'))).toEqual(strip(before.september));

    // A terminal that resends a removed vote hears it is stored; one that reuses its id for something else, a conflict.
    expect((await postVotes(c, [old[0]!])).body.results[0].status).toBe('already-stored');
    expect((await postVotes(c, [{ ...old[0]!, face: 'negativo', followUp: 'skipped' }])).status).toBe(409);
    expect(await countRows(c.store, 'votes')).toBe(1);
  });

  it('does nothing when nothing is old enough, and says how much it removed', async () => {
    await postVotes(c, [makeVote({ castAt: '2026-11-19T10:00:00Z' })]);
    expect(await applyRetention(c.store.db, 30, NOW())).toEqual({ removed: 0, before: '2026-10-21T10:00:00.000Z' });
    expect(await applyRetention(c.store.db, 0, NOW())).toMatchObject({ removed: 1 });
  });
});

describe('retention of channel votes (docs/privacy.md, Retention)', () => {
  const CAST = '2026-09-01T08:00:00.000Z';
  const clock = movableClock(CAST);
  const OFFICE = DEMO.offices[0]!.id;
  const [ANAGRAFE, , , , URP] = DEMO.services.map((s) => s.id) as [string, string, string, string, string];
  beforeEach(async () => {
    clock.set(CAST);
    c = await startCollector({ now: clock.now, env: { RETENTION_DAYS: '35' } });
  });
  afterEach(async () => c?.close());

  const rate = (pointId: string, body: object, from: string) => c.app.inject({ method: 'POST', url: channelPaths.webVotes(pointId), payload: body, headers: { origin: 'https://www.comune.valdoria.it' }, remoteAddress: from });
  const scan = (code: string, face: string) => c.app.inject({ method: 'POST', url: channelPaths.mobileVotes, payload: { code, face }, remoteAddress: '203.0.113.9' });
  const votesOf = async (pointId: string) => (await c.store.db.selectFrom('votes').select('id').where('terminal_id', '=', pointId).execute()).map((v) => v.id);

  it('removes old web and QR votes but keeps their stars, answers and spent codes: a code whose vote is gone still cannot vote again; the reports stay the same', async () => {
    const admin = as(c.app, c.admin);
    const web: ChannelPoint = (await admin.post(apiPaths.officeChannelPoints(OFFICE), { kind: 'web', serviceId: URP })).body;
    const qr: ChannelPoint = (await admin.post(apiPaths.officeChannelPoints(OFFICE), { kind: 'qr', serviceId: ANAGRAFE })).body;
    const [spent, unused] = ((await admin.post(apiPaths.channelPointCodes(qr.id), { count: 2 })).body.codes as { code: string }[]).map((x) => x.code) as [string, string];
    expect((await rate(web.id, { stars: 2, answer: 'non-complete', comment: 'Modulo introvabile' }, '192.0.2.1')).statusCode).toBe(201);
    expect((await rate(web.id, { stars: 5, answer: 'chiare' }, '192.0.2.2')).statusCode).toBe(201);
    expect((await scan(spent, 'negativo')).statusCode).toBe(201);
    const [spentBy] = await votesOf(qr.id);
    const september = await report('2026-09-01', '2026-09-30');
    expect(september.byChannel.map((ch: { channel: string; total: number }) => [ch.channel, ch.total]).sort()).toEqual([['sportello', 1], ['web', 2]]);

    // 80 days on: the votes are past RETENTION_DAYS (35), the comment within the administration's 180 days, the unused code within its 90.
    clock.set('2026-11-20T10:00:00.000Z');
    await c.scheduler.tick();
    expect([...(await votesOf(web.id)), ...(await votesOf(qr.id))]).toEqual([]);
    const feedback = await c.store.db.selectFrom('web_feedback').select(['stars', 'answer', 'comment']).where('point_id', '=', web.id).orderBy('stars').execute();
    expect(feedback).toEqual([
      { stars: 2, answer: 'non-complete', comment: 'Modulo introvabile' },
      { stars: 5, answer: 'chiare', comment: null },
    ]);
    const kept = await c.store.db.selectFrom('vote_codes').select(['vote_id', 'used_at']).where('point_id', '=', qr.id).execute();
    expect(kept).toHaveLength(2);
    expect(kept).toEqual(expect.arrayContaining([{ vote_id: null, used_at: null }, { vote_id: spentBy, used_at: CAST }]));

    // The spent code is still spent, by any face, looked up or voted with: it must not vote twice.
    for (const face of ['negativo', 'positivo']) {
      const again = await scan(spent, face);
      expect([again.statusCode, again.json().error], face).toEqual([409, { code: 'vote_code_used', message: 'This code was already used: each code takes one vote.' }]);
    }
    const lookup = await c.app.inject({ method: 'POST', url: `${channelPaths.mobileVotes}/codice`, payload: { code: spent }, headers: { 'accept-language': 'it' }, remoteAddress: '203.0.113.9' });
    expect([lookup.statusCode, lookup.json().error]).toEqual([409, { code: 'vote_code_used', message: 'Questo codice è già stato usato: ogni codice vale per un solo giudizio.' }]);
    expect(await votesOf(qr.id)).toEqual([]);

    // The reports over that period come from the rollups, which keep every figure.
    const admin2 = await signInAs(c.app, ADMIN_EMAIL);
    expect(strip(await report('2026-09-01', '2026-09-30', admin2))).toEqual(strip(september));
    // The code never used still takes its one vote.
    expect((await scan(unused, 'positivo')).statusCode).toBe(201);
  });
});
