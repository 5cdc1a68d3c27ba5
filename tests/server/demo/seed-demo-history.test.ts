// The demo's history (thirteen months and more), read back through the real reports: every chart has something to show,
// and each story the demo tells (a missed standard, a growing reason, a tiny office...) is there.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import type { OfficeReport } from '../../../server/contract/report';
import { GROWING_REASON, OFFICE, SERVICE } from '../../../server/demo/history-plan';
import { DEMO } from '../../../server/store/seed-demo';
import { seedDemoHistory, type DemoHistory } from '../../../server/demo/seed-demo-history';
import { buildOfficeReport } from '../../../server/reports/office/build-office-report';
import { eachMonth, lastDayOfMonth } from '../../../server/reports/period-plan';
import type { Db } from '../../../server/store/database';
import { as } from '../admin/admin-api';
import { fixedClock, startCollector, type TestCollector } from '../helpers/test-collector';

const NOW = '2026-11-15T10:00:00.000Z';
let c: TestCollector;
let history: DemoHistory | null;
let year: OfficeReport;

const report = (officeId: string, from: string, to: string) => buildOfficeReport({ db: c.store.db, minSample: c.config.reportMinVotes, now: new Date(NOW) }, officeId, from, to);
const service = (r: OfficeReport, id: string) => r.byService.find((s) => s.serviceId === id)!;
const monthsOf = (h: DemoHistory) => eachMonth(h.from.slice(0, 7), h.to.slice(0, 7));
/** The history's calendar months, clipped to its first and last day. */
const monthRanges = (h: DemoHistory) => monthsOf(h).map((m) => ({ month: m, from: `${m}-01` < h.from ? h.from : `${m}-01`, to: lastDayOfMonth(m) > h.to ? h.to : lastDayOfMonth(m) }));

/** Everything the history wrote, as one digest: two seedings with the same "now" must agree to the byte. */
async function digest(db: Db): Promise<string> {
  const hash = createHash('sha256');
  const tables = [
    db.selectFrom('votes').selectAll().orderBy('id'),
    db.selectFrom('vote_reasons').selectAll().orderBy('vote_id').orderBy('reason_id'),
    db.selectFrom('participation_day').select(['office_id', 'service_id', 'channel', 'day', 'votes', 'served', 'served_source', 'served_at', 'served_by']).orderBy('office_id').orderBy('service_id').orderBy('day').orderBy('channel'),
    db.selectFrom('service_standards').select(['service_id', 'valid_from', 'min_positive_pct', 'set_at']).orderBy('service_id').orderBy('valid_from'),
    db.selectFrom('offices').select(['id', 'opening_hours', 'holidays']).orderBy('id'),
    db.selectFrom('channel_points').selectAll().orderBy('id'),
    db.selectFrom('web_feedback').selectAll().orderBy('vote_id'),
  ];
  for (const q of tables) hash.update(JSON.stringify(await q.execute()));
  return hash.digest('hex');
}

beforeAll(async () => {
  c = await startCollector({ now: fixedClock(NOW) });
  history = await seedDemoHistory(c.store.db, new Date(NOW));
  year = await report(OFFICE.municipio, history!.from, history!.to);
}, 60_000);

afterAll(async () => {
  await c?.close();
});

describe('the demo history', () => {
  it('ends yesterday in Rome and starts on the first of the month thirteen months before', () => {
    expect(history).toMatchObject({ from: '2025-10-01', to: '2026-11-14' });
    expect(history!.votes).toBeGreaterThan(5000);
  });

  it('compares every period the dashboard offers in one click with the same period a year earlier', async () => {
    // The dashboard's buttons on 15 November: today, the last 7 and 30 days, this month, last month.
    const periods = [['2026-11-15', '2026-11-15'], ['2026-11-09', '2026-11-15'], ['2026-10-17', '2026-11-15'], ['2026-11-01', '2026-11-15'], ['2026-10-01', '2026-10-31']] as const;
    for (const [from, to] of periods) {
      for (const officeId of [OFFICE.municipio, OFFICE.sanRocco]) {
        const earlier = (await report(officeId, from, to)).comparisons.find((x) => x.kind === 'year-before')!;
        expect(earlier.period.from, `${officeId} ${from}`).toBe(`2025${from.slice(4)}`);
        expect(earlier.dataSince, `${officeId} ${from}`).toBeNull();
        // Today has no votes yet, and a Saturday none either: the comparison only needs the earlier side.
        if (from !== to) expect(earlier.score.votes, `${officeId} ${from}`).toBeGreaterThan(0);
      }
    }
  });

  it('has votes for every service of the totem in every month', () => {
    expect(year.trend.unit).toBe('month');
    expect(year.trend.buckets).toHaveLength(14);
    expect(year.trend.byService.map((s) => s.serviceId).sort()).toEqual(Object.values(SERVICE).sort());
    for (const s of year.trend.byService) for (const b of s.buckets) expect(b.total, `${s.serviceId} ${b.from}`).toBeGreaterThan(0);
  });

  it('follows the week and the day: busy weekday mornings, a lunch dip, nothing on Sundays, a few votes outside hours', async () => {
    const cell = (weekday: number, hour: number) => year.heatmap.cells.find((x) => x.weekday === weekday && x.hour === hour)!;
    const hour = (h: number) => year.byHour.find((x) => x.hour === h)!.total;
    expect(year.heatmap.cells.filter((x) => x.weekday === 6).every((x) => x.votes === 0)).toBe(true);
    expect(year.heatmap.cells.filter((x) => x.weekday === 5).every((x) => x.votes === 0)).toBe(true);
    expect(cell(0, 10).votes).toBeGreaterThan(cell(4, 10).votes);
    expect(cell(1, 10).votes).toBeGreaterThan(2 * cell(1, 16).votes);
    // Afternoons only on Tuesday and Thursday.
    expect(cell(1, 16).votes).toBeGreaterThan(0);
    expect(cell(2, 16).votes).toBe(0);
    expect(hour(12)).toBeLessThan(hour(11) / 2);
    expect(year.heatmap.openingHoursKnown).toBe(true);
    expect(year.heatmap.outsideOpening.votes).toBeGreaterThan(0);
    expect(year.heatmap.outsideOpening.votes).toBeLessThan(year.totals.total * 0.01);
    // On Sundays only the website is rated: the offices and their phones are closed.
    const sundays = year.daily.filter((d) => new Date(`${d.day}T12:00:00Z`).getUTCDay() === 0).map((d) => d.day);
    const onSundays = await c.store.db.selectFrom('votes').select('channel').distinct().where('day', 'in', sundays).where('flag', 'is', null).execute();
    expect(onSundays.map((v) => v.channel)).toEqual(['web']);
  });

  it('follows the seasons: an August dip, January and June peaks for Tributi', () => {
    const total = (month: string) => year.trend.buckets.find((b) => b.from.startsWith(month))!.total;
    const tributi = year.trend.byService.find((s) => s.serviceId === SERVICE.tributi)!;
    const tributiIn = (month: string) => tributi.buckets.find((b) => b.from.startsWith(month))!.total;
    const ordinary = ['2026-02', '2026-03', '2026-04', '2026-09', '2026-10'];
    const average = (f: (m: string) => number) => ordinary.reduce((a, m) => a + f(m), 0) / ordinary.length;
    expect(total('2026-08')).toBeLessThan(0.6 * average(total));
    expect(tributiIn('2026-01')).toBeGreaterThan(1.5 * average(tributiIn));
    expect(tributiIn('2026-06')).toBeGreaterThan(1.5 * average(tributiIn));
  });

  it('has a service that misses its standard, one whose standard was raised, and services the public rates very differently', () => {
    expect(service(year, SERVICE.tributi).charter?.verdict).toBe('missed');
    const anagrafe = service(year, SERVICE.anagrafe).charter!;
    expect(anagrafe.segments.map((s) => s.minPositivePct)).toEqual([75, 80]);
    expect(anagrafe.segments[1]!.from).toMatch(/^\d{4}-\d{2}-01$/);
    expect(service(year, SERVICE.suap).charter).toBeNull();
    const shares = year.byService.map((s) => s.score.positiveShare.value!);
    expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.25);
  });

  it('has negative votes with reasons, skipped questions and walk-aways, and a reason that grows over the last months', async () => {
    expect(year.followUp.chosen).toBeGreaterThan(0);
    expect(year.followUp.skipped).toBeGreaterThan(0);
    expect(year.followUp.timeout).toBeGreaterThan(0);
    // The reasons are the terminals' question: the operator's page records a call's face alone, and
    // the website asks the model's own question (kept apart from the reasons).
    const phone = year.byChannel.find((c) => c.channel === 'telefono')!;
    const web = year.byChannel.find((c) => c.channel === 'web')!;
    expect(year.followUp.notAsked).toBe(phone.faces.negativo + web.faces.negativo + web.faces.pessimo);
    const months = monthRanges(history!);
    const share = async (from: string, to: string) => (await report(OFFICE.municipio, from, to)).reasons.find((r) => r.reasonId === GROWING_REASON)!.shareOfNegative!;
    const before = await share(months[1]!.from, months[6]!.to);
    // The last two whole months (the last one is cut at yesterday).
    const lately = await share(months.at(-3)!.from, months.at(-2)!.to);
    expect(lately).toBeGreaterThan(before + 0.1);
  });

  it('has an office with very few votes: San Rocco is a small sample in most months', async () => {
    const sanRocco = await report(OFFICE.sanRocco, history!.from, history!.to);
    const buckets = sanRocco.trend.buckets;
    expect(buckets.slice(1, -1).every((b) => b.total > 0)).toBe(true);
    expect(buckets.filter((b) => b.score.positiveShare.smallSample).length).toBeGreaterThanOrEqual(9);
    expect(sanRocco.score.positiveShare.smallSample).toBe(false);
  });

  it('has people served for some services and days, from the ticket system and typed by hand', async () => {
    expect(year.participation.total.served).toBeGreaterThan(0);
    expect(year.participation.total.rate).toBeGreaterThan(0.1);
    expect(year.participation.total.rate).toBeLessThan(0.4);
    expect(service(year, SERVICE.anagrafe).participation.daysCovered).toBeGreaterThan(100);
    expect(service(year, SERVICE.tributi).participation.served).toBeGreaterThan(0);
    expect(service(year, SERVICE.urp).participation.served).toBeNull();
    const sources = await c.store.db.selectFrom('participation_day').select('served_source').distinct().where('served', 'is not', null).execute();
    expect(sources.map((s) => s.served_source).sort()).toEqual(['api', 'dashboard']);
  });

  it('has calls rated at their end beside the counters: the phone is a channel of its own, with its participation', async () => {
    const byChannel = Object.fromEntries(year.byChannel.map((c) => [c.channel, c.total]));
    // The totem's channel and the counter's are the terminals' own; the phone's is telefono.
    expect(Object.keys(byChannel)).toContain('telefono');
    expect(byChannel.telefono).toBeGreaterThan(500);
    expect(byChannel.telefono).toBeLessThan(year.totals.total / 4);
    // Calls are answered while the office is open: the few votes outside hours are still the totem's.
    expect(year.heatmap.outsideOpening.votes).toBeLessThan(year.totals.total * 0.01);
    // Calls answered are typed in for Anagrafe and Tributi over the last 90 days: about a third rated.
    const phone = year.participation.byChannel.find((c) => c.channel === 'telefono')!.participation;
    expect(phone.daysCovered).toBeGreaterThan(50);
    expect(phone.rate).toBeGreaterThan(0.3);
    expect(phone.rate).toBeLessThan(0.5);
    // The point the votes came from is listed on the channels page of the Municipio, since the first day.
    const points = await as(c.app, c.admin).get(apiPaths.officeChannelPoints(OFFICE.municipio));
    expect(points.status).toBe(200);
    expect(points.body).toEqual([
      expect.objectContaining({ kind: 'phone', officeId: OFFICE.municipio, createdAt: expect.stringMatching(/^2025-10-01T/), archivedAt: null }),
      expect.objectContaining({ kind: 'web', serviceId: SERVICE.anagrafe, createdAt: expect.stringMatching(/^2025-10-01T/), archivedAt: null }),
    ]);
  });

  it('has ratings from the website: five stars in the same report, the model\'s answers, recent comments, and none in the office\'s hours', async () => {
    const web = year.byChannel.find((c) => c.channel === 'web')!;
    expect(web.total).toBeGreaterThan(300);
    // Five stars enter as the five faces, the best and the worst included.
    expect(web.faces.ottimo).toBeGreaterThan(0);
    expect(web.faces.pessimo).toBeGreaterThan(0);
    // The heatmap and a day's hours leave them out: rated at any hour, they are not the office's hours.
    expect(year.heatmap.cells.reduce((n, cell) => n + cell.votes, 0)).toBe(year.totals.total - web.total);
    expect(year.byHour.reduce((n, h) => n + h.total, 0)).toBe(year.totals.total - web.total);
    const answers = await c.store.db.selectFrom('web_feedback').select(['answer', 'stars']).execute();
    expect(answers.length).toBeGreaterThan(web.total / 3);
    expect(answers.every((a) => a.answer !== null && (a.stars <= 3) === !['chiare', 'complete', 'capivo', 'nessun-problema', 'altro-positivo'].includes(a.answer))).toBe(true);
    // Comments over the last 120 days, within the 180 the administration keeps them, shown to its managers.
    const comments = await as(c.app, c.admin).get(apiPaths.officeWebComments(OFFICE.municipio));
    expect(comments.status).toBe(200);
    const listed = (comments.body as { comments: { at: string; stars: number; comment: string }[] }).comments;
    expect(listed.length).toBeGreaterThan(5);
    expect(listed.every((x) => x.at >= '2026-07-17' && x.comment.length <= 200)).toBe(true);
  });

  it('lists the API key the ticket system sends its figures with, last used on the last evening', async () => {
    const res = await as(c.app, c.admin).get(`/api/v1/administrations/${DEMO.administration.id}/api-keys`);
    expect(res.status).toBe(200);
    const keys = (res.body as { name: string; revokedAt: string | null; lastUsedAt: string | null }[]).filter((k) => k.name === 'Eliminacode atrio');
    expect(keys).toEqual([expect.objectContaining({ revokedAt: null, lastUsedAt: '2026-11-14T18:00:00.000Z' })]);
  });

  it('has votes that arrived after their month ended, and a few the collector re-dated', async () => {
    expect(year.dataQuality.redatedVotes).toBeGreaterThan(0);
    expect(year.dataQuality.redatedVotes).toBeLessThan(10);
    let late = 0;
    for (const m of monthRanges(history!)) late += (await report(OFFICE.municipio, m.from, m.to)).dataQuality.lateVotes + (await report(OFFICE.sanRocco, m.from, m.to)).dataQuality.lateVotes;
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(200);
  });

  it('serves the year through the report route', async () => {
    const res = await as(c.app, c.admin).get(`${apiPaths.officeReport(OFFICE.municipio)}?from=${history!.from}&to=${history!.to}`);
    expect(res.status).toBe(200);
    expect((res.body as OfficeReport).totals).toEqual(year.totals);
  });

  it('is seeded once: a second call leaves the votes alone', async () => {
    const before = await digest(c.store.db);
    expect(await seedDemoHistory(c.store.db, new Date(NOW))).toBeNull();
    expect(await digest(c.store.db)).toBe(before);
  });

  it('is the same history for the same "now"', async () => {
    const again = await startCollector({ now: fixedClock(NOW) });
    try {
      expect(await seedDemoHistory(again.store.db, new Date(NOW))).toEqual(history);
      expect(await digest(again.store.db)).toBe(await digest(c.store.db));
    } finally {
      await again.close();
    }
  }, 60_000);
});
