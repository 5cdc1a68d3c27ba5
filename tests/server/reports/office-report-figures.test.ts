// An office's March, small enough to recount by hand: the verdict with its Wilson bounds, the comparison,
// a standard changed mid-month, the heatmap against opening hours and a holiday, the daylight-saving day,
// reasons, late and re-dated votes.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import type { OfficeReport } from '../../../server/contract/report';
import type { Vote } from '../../../server/contract/vote';
import { DEMO } from '../../../server/store/seed-demo';
import { as } from '../admin/admin-api';
import { ADMIN_EMAIL, makeVote, movableClock, postVotes, signInAs, startCollector, type TestCollector } from '../helpers/test-collector';

const MUNICIPIO = DEMO.offices[0]!.id;
const ANAGRAFE = 'valdoria-anagrafe';
const TRIBUTI = 'valdoria-tributi';
const clock = movableClock('2026-02-10T12:00:00Z');
let c: TestCollector;
let r: OfficeReport;
/** The administrator, signed in once the votes are in (reports of other periods). */
let reader: ReturnType<typeof as>;

const many = (n: number, v: Partial<Vote>) => Array.from({ length: n }, () => makeVote(v));
/** Sends votes as the totem with the collector's clock at `receivedAt`. */
async function send(receivedAt: string, votes: Vote[]) {
  clock.set(receivedAt);
  const res = await postVotes(c, votes);
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  // A minimum sample of 10 keeps the fixture small enough to recount.
  c = await startCollector({ now: clock.now, env: { REPORT_MIN_VOTES: '10' } });
  const admin = as(c.app, c.admin);
  const hours = { mon: [{ from: '08:30', to: '12:30' }], tue: [{ from: '08:30', to: '12:30' }], wed: [{ from: '08:30', to: '12:30' }], thu: [{ from: '08:30', to: '12:30' }, { from: '14:30', to: '17:00' }], fri: [{ from: '08:30', to: '12:30' }], sat: [], sun: [] };
  expect((await admin.patch(apiPaths.office(MUNICIPIO), { openingHours: hours, holidays: ['2026-03-19'] })).status).toBe(200);
  // 80% until 15 March, 60% from the 16th.
  expect((await admin.patch(apiPaths.service(ANAGRAFE), { standard: { minPositivePct: 80 }, standardFrom: '2026-01-01' })).status).toBe(200);
  expect((await admin.patch(apiPaths.service(ANAGRAFE), { standard: { minPositivePct: 60 }, standardFrom: '2026-03-16' })).status).toBe(200);

  // February (the previous period: a whole month is set beside the month before): 18 positive of 20, Tuesday 10:00.
  await send('2026-02-10T12:00:00Z', [...many(18, { serviceId: ANAGRAFE, castAt: '2026-02-10T09:00:00Z' }), ...many(2, { serviceId: ANAGRAFE, face: 'negativo', followUp: 'skipped', castAt: '2026-02-10T09:00:00Z' })]);
  // Monday 2 March, 09:15 (CET): 9 positive, 1 negative about the wait.
  await send('2026-03-02T12:00:00Z', [...many(9, { serviceId: ANAGRAFE, castAt: '2026-03-02T08:15:00Z' }), makeVote({ serviceId: ANAGRAFE, face: 'negativo', reasons: ['valdoria-attesa'], followUp: 'chosen', castAt: '2026-03-02T08:15:00Z' })]);
  // Tuesday 17 March, 10:15: 2 positive, 8 negative (5 about the wait, 2 skipped, 1 walked away).
  await send('2026-03-17T12:00:00Z', [
    ...many(2, { serviceId: ANAGRAFE, castAt: '2026-03-17T09:15:00Z' }),
    ...many(5, { serviceId: ANAGRAFE, face: 'negativo', reasons: ['valdoria-attesa'], followUp: 'chosen', castAt: '2026-03-17T09:15:00Z' }),
    ...many(2, { serviceId: ANAGRAFE, face: 'negativo', followUp: 'skipped', castAt: '2026-03-17T09:15:00Z' }),
    makeVote({ serviceId: ANAGRAFE, face: 'negativo', followUp: 'timeout', castAt: '2026-03-17T09:15:00Z' }),
  ]);
  // Thursday 19 March is a holiday: 3 votes at 09:30 all the same.
  await send('2026-03-19T12:00:00Z', many(3, { serviceId: TRIBUTI, face: 'sufficiente', castAt: '2026-03-19T08:30:00Z' }));
  // Saturday 21 March, 11:00, closed; delivered only on 1 April, after the period.
  await send('2026-04-01T08:00:00Z', many(2, { serviceId: TRIBUTI, castAt: '2026-03-21T10:00:00Z' }));
  // Sunday 29 March, the night clocks go forward: 00:30 UTC is 01:30 CET, 01:30 UTC is 03:30 CEST; there is no 02:00.
  await send('2026-03-29T12:00:00Z', [makeVote({ serviceId: TRIBUTI, face: 'sufficiente', castAt: '2026-03-29T00:30:00Z' }), makeVote({ serviceId: TRIBUTI, face: 'sufficiente', castAt: '2026-03-29T01:30:00Z' })]);
  // A terminal whose clock says 1970: counted when it arrived, Monday 30 March 12:00 CEST.
  await send('2026-03-30T10:00:00Z', [makeVote({ serviceId: TRIBUTI, castAt: '1970-01-01T00:00:00Z' })]);

  clock.set('2026-04-02T10:00:00Z');
  // Weeks went by on the collector's clock: the session of February has expired.
  reader = as(c.app, await signInAs(c.app, ADMIN_EMAIL));
  const res = await reader.get(`${apiPaths.officeReport(MUNICIPIO)}?from=2026-03-01&to=2026-03-31`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  r = res.body;
});
afterAll(async () => c?.close());

describe('the verdict at a glance', () => {
  it('gives 14 positive of 28 (50%, Wilson 0.3263-0.6737) and an index of 58.93 (40.73-74.97)', () => {
    expect(r.minSample).toBe(10);
    expect(r.totals).toEqual({ total: 28, faces: { ottimo: 0, positivo: 14, sufficiente: 5, negativo: 9, pessimo: 0 } });
    expect(r.score.positiveShare).toEqual({ value: 0.5, low: expect.closeTo(0.3263, 4), high: expect.closeTo(0.6737, 4), votes: 28, smallSample: false });
    expect(r.score.index.value).toBeCloseTo(58.928571, 5);
    expect(r.score.index.low).toBeCloseTo(40.73, 2);
    expect(r.score.index.high).toBeCloseTo(74.97, 2);
  });

  it('puts the ranked services first, worst first, and greys the small samples', () => {
    expect(r.byService.map((s) => [s.serviceId, s.total, s.score.positiveShare.smallSample])).toEqual([
      [ANAGRAFE, 20, false],
      [TRIBUTI, 8, true],
      ['valdoria-sociali', 0, true],
      ['valdoria-suap', 0, true],
      ['valdoria-urp', 0, true],
    ]);
  });
});

describe('compared with before', () => {
  it('finds the fall from 18 of 20 in February beyond noise (p = 0.003752), and nothing a year earlier', () => {
    const [previous, yearBefore] = r.comparisons;
    expect(previous).toMatchObject({ kind: 'previous', period: { from: '2026-02-01', to: '2026-02-28' }, score: { votes: 20 } });
    expect(previous!.positiveShare).toEqual({ delta: -0.4, pValue: 0.003752, significant: true, note: null });
    expect(yearBefore).toMatchObject({ kind: 'year-before', period: { from: '2025-03-01', to: '2025-03-31' }, positiveShare: { delta: null, note: 'no-data' } });
    // The office's first vote came on 10 February, in the previous period's own first month: covered whole, as
    // far as a month tells. A year earlier holds no vote at all, which its note already says.
    expect([previous!.dataSince, yearBefore!.dataSince]).toEqual([null, null]);
    const anagrafe = r.byService.find((s) => s.serviceId === ANAGRAFE)!;
    expect(anagrafe.comparisons[0]!.positiveShare.delta).toBeCloseTo(11 / 20 - 18 / 20, 6);
  });

  it('sets a period of days beside as many days before, and says when they began before the first vote', async () => {
    // 2-31 March is 30 days, not a whole month: beside 31 January - 1 March, which holds votes only from February.
    const res = await reader.get(`${apiPaths.officeReport(MUNICIPIO)}?from=2026-03-02&to=2026-03-31`);
    expect(res.status).toBe(200);
    const previous = (res.body as OfficeReport).comparisons[0]!;
    expect(previous).toMatchObject({ kind: 'previous', period: { from: '2026-01-31', to: '2026-03-01' }, score: { votes: 20 }, dataSince: '2026-02' });
  });
});

describe('the charter', () => {
  it('judges each half of March against the standard in force then: met within noise, then missed', () => {
    const charter = r.byService.find((s) => s.serviceId === ANAGRAFE)!.charter!;
    expect(charter.segments).toEqual([
      { from: '2026-03-01', to: '2026-03-15', minPositivePct: 80, positiveShare: { value: 0.9, low: expect.closeTo(0.5958, 4), high: expect.closeTo(0.9821, 4), votes: 10, smallSample: false }, verdict: 'met-within-noise', marginPct: 10 },
      { from: '2026-03-16', to: '2026-03-31', minPositivePct: 60, positiveShare: { value: 0.2, low: expect.closeTo(0.0567, 4), high: expect.closeTo(0.5098, 4), votes: 10, smallSample: false }, verdict: 'missed', marginPct: -40 },
    ]);
    expect(charter).toMatchObject({ verdict: 'missed', marginPct: -40 });
    expect(r.byService.find((s) => s.serviceId === TRIBUTI)!.charter).toBeNull();
  });
});

describe('when', () => {
  it('draws the heatmap in office time with its opening hours, and counts the closed hours and the holiday apart', () => {
    const cell = (weekday: number, hour: number) => r.heatmap.cells[weekday * 24 + hour]!;
    expect(cell(0, 9)).toEqual({ weekday: 0, hour: 9, votes: 10, negative: 1, open: true });
    expect(cell(1, 10)).toEqual({ weekday: 1, hour: 10, votes: 10, negative: 8, open: true });
    expect(cell(3, 9)).toMatchObject({ votes: 3, open: true });
    expect(cell(3, 15)).toMatchObject({ votes: 0, open: true });
    expect(cell(5, 11)).toMatchObject({ votes: 2, open: false });
    expect(cell(0, 12)).toMatchObject({ votes: 1, open: true });
    expect(r.heatmap.outsideOpening).toEqual({ votes: 2 + 2 + 3, negative: 0, onHolidays: 3 });
  });

  it('has no 02:00 on 29 March: the two night votes sit at 01 and 03', () => {
    expect(r.heatmap.cells.filter((x) => x.weekday === 6 && x.votes > 0).map((x) => [x.hour, x.votes])).toEqual([[1, 1], [3, 1]]);
    expect(r.byHour.filter((h) => h.total > 0).map((h) => [h.hour, h.total])).toEqual([[1, 1], [3, 1], [9, 13], [10, 10], [11, 2], [12, 1]]);
    expect(r.daily.find((d) => d.day === '2026-03-29')!.total).toBe(2);
  });

  it('gives a day-by-day trend for a month, every day present', () => {
    expect(r.trend.unit).toBe('day');
    expect(r.trend.buckets).toHaveLength(31);
    expect(r.trend.buckets[1]).toMatchObject({ from: '2026-03-02', to: '2026-03-02', total: 10 });
    expect(r.trend.byService.find((s) => s.serviceId === ANAGRAFE)!.buckets.reduce((n, b) => n + b.total, 0)).toBe(20);
  });

  it('gives a month-by-month trend beyond 26 weeks, the partial last month summed from its days', async () => {
    // 1 September - 20 March: six whole months from the monthly rollup, then 1-20 March from the daily one
    // (2, 17 and 19 March: 23 votes; the votes of 21 March onwards fall outside).
    const res = await as(c.app, await signInAs(c.app, ADMIN_EMAIL)).get(`${apiPaths.officeReport(MUNICIPIO)}?from=2025-09-01&to=2026-03-20`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const long: OfficeReport = res.body;
    expect(long.trend.unit).toBe('month');
    expect(long.trend.buckets.map((b) => [b.from, b.to, b.total])).toEqual([
      ['2025-09-01', '2025-09-30', 0],
      ['2025-10-01', '2025-10-31', 0],
      ['2025-11-01', '2025-11-30', 0],
      ['2025-12-01', '2025-12-31', 0],
      ['2026-01-01', '2026-01-31', 0],
      ['2026-02-01', '2026-02-28', 20],
      ['2026-03-01', '2026-03-20', 23],
    ]);
    const perService = (id: string) => long.trend.byService.find((s) => s.serviceId === id)!.buckets.slice(-2).map((b) => b.total);
    expect(perService(ANAGRAFE)).toEqual([20, 20]);
    expect(perService(TRIBUTI)).toEqual([0, 3]);
    expect(long.daily.filter((d) => d.total > 0).map((d) => [d.day, d.total])).toEqual([['2026-02-10', 20], ['2026-03-02', 10], ['2026-03-17', 10], ['2026-03-19', 3]]);
  });
});

describe('why', () => {
  it('gives the wait as 6 of the 9 negative votes, and what citizens did with the question', () => {
    expect(r.reasons).toEqual([{ reasonId: 'valdoria-attesa', label: 'Tempo di attesa', dimension: 'timeliness', count: 6, shareOfNegative: 0.666667 }]);
    expect(r.reasonsByService).toEqual([{ serviceId: ANAGRAFE, negative: 9, reasons: [{ reasonId: 'valdoria-attesa', label: 'Tempo di attesa', dimension: 'timeliness', count: 6, shareOfNegative: 0.666667 }] }]);
    expect(r.followUp).toEqual({ negative: 9, chosen: 6, skipped: 2, timeout: 1, notAsked: 0 });
    expect(r.reasonTrend.find((b) => b.from === '2026-03-17')).toEqual({ from: '2026-03-17', to: '2026-03-17', negative: 8, reasons: [{ reasonId: 'valdoria-attesa', count: 5 }] });
  });
});

describe('honest about late data', () => {
  it('says when it was computed, that 2 votes came after March ended and 1 was re-dated', () => {
    expect(r.dataQuality).toEqual({ computedAt: '2026-04-02T10:00:00.000Z', lateVotes: 2, redatedVotes: 1, periodOpen: false, flaggedVotes: { interval: 0, burst: 0 } });
  });
});
