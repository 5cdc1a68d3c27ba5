// The aggregate tables and the report always equal a recount of the raw votes, however votes are resent or interleaved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { localBucket } from '../../../server/aggregates/time-bucket';
import { apiPaths } from '../../../server/contract/api';
import type { OfficeReport } from '../../../server/contract/report';
import { asksForReasons, FACE_IDS, SCALES, type FaceId } from '../../../server/contract/scale';
import type { Vote } from '../../../server/contract/vote';
import { DEMO } from '../../../server/store/seed-demo';
import { COUNTER, fixedClock, makeVote, postVotes, REASON_IDS, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

/** A small seeded generator (mulberry32): the same votes on every run, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(20260329);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

/** Days around both DST changes of 2026 in Europe/Rome, and an ordinary one. */
const DAYS_UTC = ['2026-03-28', '2026-03-29', '2026-03-30', '2026-06-15', '2026-10-24', '2026-10-25', '2026-10-26'];
const NOW = '2026-11-01T12:00:00.000Z';

function randomVote(): { terminalId: string; vote: Vote } {
  const terminal = rnd() < 0.7 ? TOTEM : COUNTER;
  // The counter shows five faces (see beforeAll): "positivo" means less there than on the totem.
  const face = pick(SCALES[terminal === COUNTER ? 5 : 3]);
  let reasons: string[] = [];
  let followUp: Vote['followUp'] = 'not-asked';
  if (asksForReasons(face)) {
    followUp = pick(['chosen', 'skipped', 'timeout'] as const);
    if (followUp === 'chosen') reasons = REASON_IDS.filter(() => rnd() < 0.4).slice(0, 3);
    if (followUp === 'chosen' && reasons.length === 0) reasons = [pick(REASON_IDS)];
  }
  // Every quarter hour of the day, in UTC, so local hours 0-3 around the DST changes are covered.
  const minutes = Math.floor(rnd() * 96) * 15 + Math.floor(rnd() * 15);
  const castAt = new Date(Date.parse(`${pick(DAYS_UTC)}T00:00:00Z`) - 3600_000 + minutes * 60_000).toISOString();
  return { terminalId: terminal.id, vote: makeVote({ serviceId: pick(terminal.services), face, reasons, followUp, castAt }) };
}

type Row = Record<string, unknown>;
const norm = (rows: Row[]) =>
  rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])))).sort();

let c: TestCollector;
const sent = new Map<string, { terminalId: string; vote: Vote }>();
let resent = 0;

beforeAll(async () => {
  c = await startCollector({ now: fixedClock(NOW) });
  await c.store.db.updateTable('terminals').set({ scale: 5 }).where('id', '=', COUNTER.id).execute();
  const all = Array.from({ length: 400 }, randomVote);
  // A terminal with a broken clock: counted by the collector's time.
  all.push({ terminalId: TOTEM.id, vote: makeVote({ castAt: '1970-01-01T00:00:00Z' }) }, { terminalId: COUNTER.id, vote: makeVote({ serviceId: COUNTER.services[0]!, castAt: '2031-01-01T00:00:00Z' }) });
  let i = 0;
  while (i < all.length) {
    // Each round: two overlapping batches per terminal sent at once, each also resending earlier votes.
    const fresh = all.slice(i, (i += 1 + Math.floor(rnd() * 50)));
    const old = [...sent.values()].filter(() => rnd() < 0.15);
    const batches = new Map<string, Vote[]>();
    for (const { terminalId, vote } of [...fresh, ...old]) batches.set(terminalId, [...(batches.get(terminalId) ?? []), vote]);
    const requests = [...batches].flatMap(([terminalId, votes]) => [postVotes(c, votes, terminalId), postVotes(c, votes.slice(-3), terminalId)]);
    for (const res of await Promise.all(requests)) {
      expect(res.status).toBe(200);
      resent += res.body.results.filter((r: { status: string }) => r.status === 'already-stored').length;
    }
    for (const v of fresh) sent.set(v.vote.id, v);
  }
});
afterAll(async () => c?.close());

describe('aggregates equal a recount of the raw votes', () => {
  it('stored every distinct vote exactly once, though many were sent again', async () => {
    expect(resent).toBeGreaterThan(200);
    const rows = await c.store.db.selectFrom('votes').select('id').execute();
    expect(rows.length).toBe(sent.size);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(sent.keys()));
  });

  it('bucketed each vote by its counted time in the office zone', async () => {
    const rows = await c.store.db.selectFrom('votes').select(['id', 'cast_at', 'counted_at', 'time_source', 'day', 'hour']).execute();
    for (const r of rows) expect({ day: r.day, hour: r.hour }).toEqual(localBucket(new Date(r.counted_at), 'Europe/Rome'));
    expect(rows.filter((r) => r.time_source === 'collector').map((r) => r.counted_at)).toEqual([NOW, NOW]);
    expect(new Set(rows.map((r) => r.day))).toContain('2026-10-25');
    // Both passes through local hour 2 of 2026-10-25 land in the same bucket; none on 2026-03-29.
    expect(rows.some((r) => r.day === '2026-03-29' && r.hour === 2)).toBe(false);
  });

  it('every rollup equals a recount of the raw votes, written here independently of ingest', async () => {
    const votes = await c.store.db.selectFrom('votes').innerJoin('offices', 'offices.id', 'votes.office_id').selectAll('votes').select(['offices.administration_id as admin', 'offices.time_zone']).execute();
    const reasons = await c.store.db.selectFrom('vote_reasons').selectAll().execute();
    const expected = new Map<string, Map<string, number>>();
    const add = (table: string, key: Row) => {
      const m = expected.get(table) ?? new Map<string, number>();
      expected.set(table, m);
      const k = JSON.stringify(key);
      m.set(k, (m.get(k) ?? 0) + 1);
    };
    // The totals-only rollups (migrations 022 to 024): per key the votes, each face's votes and the face
    // values in twelfths (docs/metrics.md: 1, 0.5, 0 on three faces; 1, 0.75 ... 0 on five) and their squares.
    const POINTS: Record<number, Record<string, number>> = { 3: { positivo: 12, sufficiente: 6, negativo: 0 }, 5: { ottimo: 12, positivo: 9, sufficiente: 6, negativo: 3, pessimo: 0 } };
    const tallies = new Map<string, Map<string, Record<string, number>>>();
    const addTally = (table: string, key: Row, scale: number, face: string) => {
      const m = tallies.get(table) ?? new Map<string, Record<string, number>>();
      tallies.set(table, m);
      const k = JSON.stringify(key);
      const t = m.get(k) ?? { votes: 0, ottimo: 0, positivo: 0, sufficiente: 0, negativo: 0, pessimo: 0, points: 0, points_squared: 0 };
      const p = POINTS[scale]![face]!;
      t.votes! += 1;
      t[face]! += 1;
      t.points! += p;
      t.points_squared! += p * p;
      m.set(k, t);
    };
    for (const v of votes) {
      const month = v.day.slice(0, 7);
      const weekday = [6, 0, 1, 2, 3, 4, 5][new Date(`${v.day}T12:00:00Z`).getUTCDay()];
      const base = { office_id: v.office_id, service_id: v.service_id, channel: v.channel };
      add('face_counts', { ...base, day: v.day, hour: v.hour, scale: v.scale, face: v.face });
      addTally('tally_day', { ...base, day: v.day }, v.scale, v.face);
      addTally('tally_month', { ...base, month }, v.scale, v.face);
      addTally('tally_office_day', { office_id: v.office_id, day: v.day }, v.scale, v.face);
      addTally('tally_office_hour', { office_id: v.office_id, day: v.day, hour: v.hour }, v.scale, v.face);
      addTally('tally_office_weekhour', { office_id: v.office_id, month, weekday, hour: v.hour }, v.scale, v.face);
      add('face_counts_admin_month', { administration_id: v.admin, month, channel: v.channel, scale: v.scale, face: v.face });
      for (const r of reasons.filter((r) => r.vote_id === v.id)) {
        add('reason_counts', { ...base, day: v.day, reason_id: r.reason_id });
        add('reason_counts_month', { ...base, month, reason_id: r.reason_id });
      }
      if (v.follow_up !== 'not-asked') {
        add('follow_up_counts', { ...base, day: v.day, follow_up: v.follow_up });
        add('follow_up_counts_month', { ...base, month, follow_up: v.follow_up });
      }
      const received = localBucket(new Date(v.received_at), v.time_zone).day;
      if (received > v.day || v.time_source === 'collector') add('arrival_counts', { office_id: v.office_id, day: v.day, received_day: received, time_source: v.time_source });
      add('terminal_counts_month', { terminal_id: v.terminal_id, month });
      add('participation_day', { office_id: v.office_id, service_id: v.service_id, channel: v.channel === 'totem' ? 'sportello' : v.channel, day: v.day });
    }
    expect(expected.size).toBe(9);
    for (const [table, rows] of expected) {
      const count = table === 'participation_day' ? 'votes' : 'count';
      const stored = await sql<Row>`select * from ${sql.table(table)}`.execute(c.store.db);
      const got = norm(stored.rows.map(({ served: _s, served_source: _ss, served_at: _sa, served_by: _sb, ...r }) => ({ ...r, [count]: Number(r[count]) })));
      const want = norm([...rows].map(([k, n]) => ({ ...JSON.parse(k), [count]: n })));
      expect({ table, rows: got }).toEqual({ table, rows: want });
    }
    expect(tallies.size).toBe(5);
    for (const [table, rows] of tallies) {
      const stored = await sql<Row>`select * from ${sql.table(table)}`.execute(c.store.db);
      const got = norm(stored.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && !['office_id', 'day', 'month', 'service_id', 'channel'].includes(k) ? Number(v) : v]))));
      const want = norm([...rows].map(([k, t]) => ({ ...JSON.parse(k), ...t })));
      expect({ table, rows: got }).toEqual({ table, rows: want });
    }
  });

  it.each(DEMO.offices.map((o) => o.id))('the report of %s totals its raw votes', async (officeId) => {
    const res = await c.app.inject({ url: `${apiPaths.officeReport(officeId)}?from=2026-03-27&to=2026-11-01`, headers: c.admin.headers });
    expect(res.statusCode).toBe(200);
    const report: OfficeReport = res.json();
    const raw = await c.store.db.selectFrom('votes').select(['face', 'follow_up', 'scale']).where('office_id', '=', officeId).execute();
    expect(raw.length).toBeGreaterThan(0);
    expect(report.totals.total).toBe(raw.length);
    for (const f of FACE_IDS) expect(report.totals.faces[f]).toBe(raw.filter((r) => r.face === f).length);
    expect(report.daily.reduce((n, d) => n + d.total, 0)).toBe(raw.length);
    expect(report.byHour.reduce((n, h) => n + h.total, 0)).toBe(raw.length);
    expect(report.byService.reduce((n, s) => n + s.total, 0)).toBe(raw.length);
    expect(report.trend.buckets.reduce((n, b) => n + b.total, 0)).toBe(raw.length);
    expect(report.heatmap.cells.reduce((n, c) => n + c.votes, 0)).toBe(raw.length);
    const negative = raw.filter((r) => asksForReasons(r.face as FaceId)).length;
    expect(report.heatmap.cells.reduce((n, c) => n + c.negative, 0)).toBe(negative);
    expect(report.followUp).toEqual({
      negative,
      chosen: raw.filter((r) => r.follow_up === 'chosen').length,
      skipped: raw.filter((r) => r.follow_up === 'skipped').length,
      timeout: raw.filter((r) => r.follow_up === 'timeout').length,
      notAsked: raw.filter((r) => asksForReasons(r.face as FaceId) && r.follow_up === 'not-asked').length,
    });
    // The index by hand: each face's value on its own scale (three faces: 1, .5, 0; five: 1, .75, .5, .25, 0).
    const value = (scale: number, face: string) => {
      const faces = SCALES[scale as 3 | 5] as readonly string[];
      return (faces.length - 1 - faces.indexOf(face)) / (faces.length - 1);
    };
    const index = (raw.reduce((n, r) => n + value(r.scale, r.face), 0) / raw.length) * 100;
    expect(report.score.index.value).toBeCloseTo(index, 4);
    const positive = raw.filter((r) => r.face === 'ottimo' || r.face === 'positivo').length;
    expect(report.score.positiveShare.value).toBeCloseTo(positive / raw.length, 6);
    // Every vote arrived on 1 November, the period's last day: none late; one per office re-dated to that day.
    expect(report.dataQuality).toMatchObject({ lateVotes: 0, redatedVotes: 1, periodOpen: true, computedAt: NOW });
    // A period ending the day before: every vote in it arrived after it ended.
    const before: OfficeReport = (await c.app.inject({ url: `${apiPaths.officeReport(officeId)}?from=2026-03-27&to=2026-10-31`, headers: c.admin.headers })).json();
    expect(before.dataQuality).toMatchObject({ lateVotes: raw.length - 1, redatedVotes: 0, periodOpen: false });
    const reasons = await c.store.db
      .selectFrom('vote_reasons')
      .innerJoin('votes', 'votes.id', 'vote_reasons.vote_id')
      .select('reason_id')
      .where('office_id', '=', officeId)
      .execute();
    for (const r of report.reasons) expect(r.count).toBe(reasons.filter((x) => x.reason_id === r.reasonId).length);
    expect(report.reasons.reduce((n, r) => n + r.count, 0)).toBe(reasons.length);
  });
});
