// A channel point is a terminal row with the misuse checks off (docs/channels.md): web, QR and phone votes
// a second apart are stored unflagged and counted, whatever the office's terminals are set to, and no
// threshold can be set on a point.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { channelPaths } from '../../../server/contract/channel-points';
import type { ChannelPoint } from '../../../server/contract/channel-schemas';
import { DEMO } from '../../../server/store/seed-demo';
import { as } from '../admin/admin-api';
import { rollupDifferences } from '../helpers/recount-rollups';
import { movableClock, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

const NOW = '2026-11-03T10:00:00.000Z';
const OFFICE = TOTEM.officeId;
const [ANAGRAFE, , , , URP] = DEMO.services.map((s) => s.id) as [string, string, string, string, string];
/** Closer than the terminals' default response interval (3 s) by far. */
const APART_MS = 400;

let c: TestCollector;
let clock: ReturnType<typeof movableClock>;
let web: ChannelPoint;
let qr: ChannelPoint;
let phone: ChannelPoint;
let codes: string[];
let address = 0;

const rate = () => c.app.inject({ method: 'POST', url: channelPaths.webVotes(web.id), payload: { stars: 4 }, headers: { origin: 'https://www.comune.valdoria.it' }, remoteAddress: `192.0.2.${++address}` });
const scan = () => c.app.inject({ method: 'POST', url: channelPaths.mobileVotes, payload: { code: codes.shift()!, face: 'positivo' }, remoteAddress: `203.0.113.${++address}` });
const call = () => as(c.app, c.admin).post(apiPaths.channelPointPhoneVotes(phone.id), { serviceId: ANAGRAFE, face: 'negativo' });

/** Two votes of one point, APART_MS apart, each stored. */
async function pair(send: () => Promise<{ statusCode?: number; status?: number }>) {
  for (let i = 0; i < 2; i++) {
    const res = await send();
    expect(res.statusCode ?? res.status).toBe(201);
    clock.advance(APART_MS);
  }
}

const flagsOfPoints = async () =>
  (await c.store.db.selectFrom('votes').select(['terminal_id', 'flag']).where('terminal_id', 'in', [web.id, qr.id, phone.id]).orderBy('cast_at').execute()).map((v) => [v.terminal_id, v.flag]);

async function report() {
  const res = await as(c.app, c.admin).get(`${apiPaths.officeReport(OFFICE)}?from=2026-11-01&to=2026-11-30`);
  expect(res.status).toBe(200);
  const byChannel = res.body.byChannel as { channel: string; total: number }[];
  return { web: byChannel.find((ch) => ch.channel === 'web')?.total, qr: byChannel.find((ch) => ch.channel === 'sportello')?.total, phone: byChannel.find((ch) => ch.channel === 'telefono')?.total, flagged: res.body.dataQuality.flaggedVotes };
}

beforeAll(async () => {
  clock = movableClock(NOW);
  c = await startCollector({ now: clock.now });
  const admin = as(c.app, c.admin);
  web = (await admin.post(apiPaths.officeChannelPoints(OFFICE), { kind: 'web', serviceId: URP })).body;
  qr = (await admin.post(apiPaths.officeChannelPoints(OFFICE), { kind: 'qr', serviceId: ANAGRAFE })).body;
  phone = (await admin.post(apiPaths.officeChannelPoints(OFFICE), { kind: 'phone' })).body;
  codes = ((await admin.post(apiPaths.channelPointCodes(qr.id), { count: 4 })).body.codes as { code: string }[]).map((x) => x.code);
});
afterAll(async () => c?.close());

describe('the misuse checks of terminals', () => {
  it('are off for points: two web ratings, two QR votes, two phone votes, each pair less than a second apart, all stored unflagged and counted', async () => {
    await pair(rate);
    await pair(scan);
    await pair(call);
    expect(await flagsOfPoints()).toEqual([...Array(2).fill([web.id, null]), ...Array(2).fill([qr.id, null]), ...Array(2).fill([phone.id, null])]);
    expect(await report()).toEqual({ web: 2, qr: 2, phone: 2, flagged: { interval: 0, burst: 0 } });
  });

  it('are off for bursts too: a dozen calls recorded within a minute all count (a terminal\'s default stops at 8)', async () => {
    for (let i = 0; i < 12; i++) expect((await call()).status).toBe(201);
    clock.advance(APART_MS);
    expect((await flagsOfPoints()).filter(([, flag]) => flag !== null)).toEqual([]);
    expect(await report()).toMatchObject({ phone: 14, flagged: { interval: 0, burst: 0 } });
    expect(await rollupDifferences(c.store.db)).toEqual([]);
  });

  it('cannot be turned on for a point: the terminals\' API does not know it (404), and its row keeps them off', async () => {
    for (const point of [web, qr, phone]) {
      const res = await as(c.app, c.admin).patch(apiPaths.terminal(point.id), { minIntervalSeconds: 600, burstPerMinute: 1 });
      expect(res.status, point.kind).toBe(404);
    }
    const rows = await c.store.db.selectFrom('terminals').select(['min_interval_seconds', 'burst_per_minute']).where('id', 'in', [web.id, qr.id, phone.id]).execute();
    expect(rows).toEqual(Array(3).fill({ min_interval_seconds: 0, burst_per_minute: 1_000_000 }));
  });

  it('stay off for points while the office\'s terminal is set as strict as it goes (600 s, 1 a minute)', async () => {
    const strict = await as(c.app, c.admin).patch(apiPaths.terminal(TOTEM.id), { minIntervalSeconds: 600, burstPerMinute: 1 });
    expect(strict.status).toBe(200);
    await pair(rate);
    await pair(scan);
    await pair(call);
    expect((await flagsOfPoints()).filter(([, flag]) => flag !== null)).toEqual([]);
    expect(await report()).toEqual({ web: 4, qr: 4, phone: 16, flagged: { interval: 0, burst: 0 } });
  });
});
