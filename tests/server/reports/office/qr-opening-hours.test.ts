// A QR code's vote is cast on the citizen's phone, in the corridor or at home in the evening: the office's
// opening hours do not apply to it. Stored votes, on the store under test: the report keeps it out of the
// heatmap and of «fuori orario» (saying how many), and counts it everywhere else; the counter's vote at
// the same evening hour stays outside opening hours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../server/contract/api';
import { channelPaths } from '../../../../server/contract/channel-points';
import type { ChannelPoint, CodeSheet } from '../../../../server/contract/channel-schemas';
import type { OfficeReport } from '../../../../server/contract/report';
import { DEMO } from '../../../../server/store/seed-demo';
import { as } from '../../admin/admin-api';
import { ADMIN_EMAIL, COUNTER, makeVote, movableClock, postVotes, signInAs, startCollector, type TestCollector } from '../../helpers/test-collector';

const SAN_ROCCO = DEMO.offices[1]!.id;
const ANAGRAFE = DEMO.services[0]!.id;
const MORNINGS = { mon: [{ from: '08:30', to: '12:30' }], tue: [{ from: '08:30', to: '12:30' }], wed: [{ from: '08:30', to: '12:30' }], thu: [{ from: '08:30', to: '12:30' }], fri: [{ from: '08:30', to: '12:30' }], sat: [], sun: [] };
// Tuesday 3 November 2026: 10:00 and 21:30 in Rome (UTC+1).
const MORNING = '2026-11-03T09:00:00.000Z';
const EVENING = '2026-11-03T20:30:00.000Z';

const clock = movableClock(MORNING);
let c: TestCollector;
let report: OfficeReport;

/** A citizen opens the code's page on their phone at `at` and taps a face. */
async function qrVote(code: string, face: string, at: string) {
  clock.set(at);
  const voted = await c.app.inject({ method: 'POST', url: channelPaths.mobileVotes, payload: { code, face }, remoteAddress: '203.0.113.7' });
  expect(voted.statusCode, voted.body).toBeLessThan(300);
}

beforeAll(async () => {
  c = await startCollector({ now: clock.now });
  const admin = as(c.app, c.admin);
  expect((await admin.patch(apiPaths.office(SAN_ROCCO), { openingHours: MORNINGS })).status).toBe(200);
  const point = (await admin.post(apiPaths.officeChannelPoints(SAN_ROCCO), { kind: 'qr', serviceId: ANAGRAFE })).body as ChannelPoint;
  const sheet = await admin.post(apiPaths.channelPointCodes(point.id), { count: 3 });
  expect(sheet.status, JSON.stringify(sheet.body)).toBe(201);
  const codes = (sheet.body as CodeSheet).codes.map((x) => x.code);
  // The counter: one vote in the morning, one in the evening (a cleaner's tap, say).
  clock.set(EVENING);
  const counter = await postVotes(c, [makeVote({ serviceId: ANAGRAFE, castAt: '2026-11-03T09:05:00.000Z' }), makeVote({ serviceId: ANAGRAFE, face: 'negativo', followUp: 'skipped', castAt: '2026-11-03T20:35:00.000Z' })], COUNTER.id);
  expect(counter.status, JSON.stringify(counter.body)).toBe(200);
  // QR codes handed out at the counter: one vote in the morning, two from home in the evening.
  await qrVote(codes[0]!, 'positivo', MORNING);
  await qrVote(codes[1]!, 'positivo', EVENING);
  await qrVote(codes[2]!, 'negativo', EVENING);
  clock.set('2026-11-04T08:00:00.000Z');
  const res = await as(c.app, await signInAs(c.app, ADMIN_EMAIL)).get(`${apiPaths.officeReport(SAN_ROCCO)}?from=2026-11-03&to=2026-11-03`);
  expect(res.status).toBe(200);
  report = res.body;
}, 60_000);
afterAll(async () => c?.close());

describe('QR votes and opening hours', () => {
  it('leaves the QR codes\' votes out of «fuori orario»: only the counter\'s evening vote is there', () => {
    expect(report.heatmap.outsideOpening).toEqual({ votes: 1, negative: 1, onHolidays: 0 });
  });

  it('leaves them out of the map and the day\'s hours, and says how many', () => {
    const cell = (hour: number) => report.heatmap.cells.find((x) => x.weekday === 1 && x.hour === hour)!;
    expect([cell(10).votes, cell(21).votes]).toEqual([1, 1]);
    expect(report.byHour.filter((h) => h.total > 0).map((h) => [h.hour, h.total])).toEqual([[10, 1], [21, 1]]);
    expect(report.heatmap.notInHours).toEqual({ web: 0, qr: 3 });
  });

  it('counts them everywhere else: the totals, the channel, the service, the day', () => {
    expect(report.totals.total).toBe(5);
    expect(report.byChannel.map((x) => [x.channel, x.total])).toEqual([['sportello', 5]]);
    expect(report.byService.find((s) => s.serviceId === ANAGRAFE)?.total).toBe(5);
    expect(report.daily.find((d) => d.day === '2026-11-03')?.total).toBe(5);
    expect(report.score.positiveShare.votes).toBe(5);
  });
});
