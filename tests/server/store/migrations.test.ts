// Upgrading a database that holds votes: migrations 003 onwards fill the new rollups, scales and
// digests from the votes already there, and reports then agree with a recount of those votes.
import { afterEach, describe, expect, it } from 'vitest';
import { Kysely, Migrator } from 'kysely';
import { listAlerts } from '../../../server/alerts/alerts';
import { closeOpenAlert, getRule } from '../../../server/alerts/rules';
import { chooseDialect } from '../../../server/store/dialect';
import { migrationProvider } from '../../../server/store/migrations/index';
import { openStore } from '../../../server/store/database';
import { listTables } from '../../../server/ops/tables';
import { buildOfficeReport } from '../../../server/reports/office/build-office-report';
import { voteDigest } from '../../../server/ingest/vote-digest';
import { rollupDifferences } from '../helpers/recount-rollups';
import { emptyStoreEnv, makeTempDir, removeTempDir } from '../helpers/test-collector';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await removeTempDir(dir);
  dir = undefined;
});

const AT = '2026-01-01T00:00:00.000Z';

/** A web rating's feedback row as the migrations that redact comments again read it. */
const feedback = (n: number, comment: string | null, redacted = 0) => ({
  vote_id: `00000000-0000-4000-8000-00000000000${n}`,
  administration_id: 'a',
  office_id: 'o',
  service_id: 's',
  point_id: 'p',
  stars: 2,
  answer: null,
  comment,
  redacted,
  created_at: AT,
});

/** Stores feedback rows on the schema before a comment migration, upgrades, and reads each comment and its redacted flag back, by vote id. */
async function commentsAfterUpgrade(schema: string, rows: ReturnType<typeof feedback>[]): Promise<[string | null, number][]> {
  const { target, old } = await schemaAt(schema);
  await old.insertInto('web_feedback').values(rows).execute();
  await old.destroy();
  const store = await openStore(target);
  try {
    const stored = await store.db.selectFrom('web_feedback').select(['vote_id', 'comment', 'redacted']).orderBy('vote_id').execute();
    return stored.map((r) => [r.comment, Number(r.redacted)]);
  } finally {
    await store.close();
  }
}

/** A new, empty store (a fresh database on PostgreSQL) migrated up to `migration`, to be filled as that schema stored data. */
async function schemaAt(migration: string) {
  dir = makeTempDir();
  const env = await emptyStoreEnv(dir);
  const choice = chooseDialect({ dataDir: dir, databaseUrl: env.DATABASE_URL || null });
  const old = new Kysely<any>({ dialect: choice.dialect, plugins: choice.plugins });
  const migrator = new Migrator({ db: old, provider: migrationProvider });
  expect((await migrator.migrateTo(migration)).error).toBeUndefined();
  return { target: { dataDir: dir, databaseUrl: env.DATABASE_URL || null }, old, migrator };
}

/** The demo's shape as schema 002 stored it: votes with their hour-level counts, no scale. */
async function seedVersion002(db: Kysely<any>) {
  await db.insertInto('administrations').values({ id: 'a', name: 'Comune', created_at: AT }).execute();
  await db.insertInto('offices').values({ id: 'o', administration_id: 'a', name: 'Sede', time_zone: 'Europe/Rome', created_at: AT }).execute();
  await db.insertInto('services').values([{ id: 's', administration_id: 'a', name: 'Anagrafe', created_at: AT, standard_min_positive_pct: 70 }]).execute();
  await db.insertInto('reasons').values({ id: 'r', administration_id: 'a', code: 'attesa', label: 'Attesa', dimension: 'timeliness', position: 0 }).execute();
  await db.insertInto('terminals').values([{ id: 't3', office_id: 'o', name: 'Totem', mode: 'totem', channel: 'totem', scale: 3, created_at: AT }, { id: 't5', office_id: 'o', name: 'Sportello', mode: 'counter', channel: 'sportello', scale: 5, created_at: AT }]).execute();
  const votes = [
    // Local hours in Rome: UTC+1 in March, UTC+2 from 29 March.
    { id: '00000000-0000-4000-8000-000000000001', terminal_id: 't3', channel: 'totem', face: 'positivo', follow_up: 'not-asked', day: '2026-03-02', hour: 9, castAt: '2026-03-02T08:15:00.000Z', received_at: '2026-03-02T08:30:00.000Z' },
    { id: '00000000-0000-4000-8000-000000000002', terminal_id: 't3', channel: 'totem', face: 'negativo', follow_up: 'chosen', day: '2026-03-02', hour: 10, castAt: '2026-03-02T09:15:00.000Z', received_at: '2026-03-05T08:30:00.000Z' },
    { id: '00000000-0000-4000-8000-000000000003', terminal_id: 't5', channel: 'sportello', face: 'ottimo', follow_up: 'not-asked', day: '2026-03-03', hour: 11, castAt: '2026-03-03T10:15:00.000Z', received_at: '2026-03-03T10:30:00.000Z' },
    { id: '00000000-0000-4000-8000-000000000004', terminal_id: 't5', channel: 'sportello', face: 'pessimo', follow_up: 'skipped', day: '2026-04-01', hour: 9, castAt: '2026-04-01T07:15:00.000Z', received_at: '2026-04-01T07:30:00.000Z' },
  ];
  for (const { castAt, ...v } of votes) {
    await db
      .insertInto('votes')
      .values({ ...v, administration_id: 'a', office_id: 'o', service_id: 's', cast_at: castAt, counted_at: castAt, time_source: 'terminal' })
      .execute();
    await db.insertInto('face_counts').values({ office_id: 'o', day: v.day, hour: v.hour, service_id: 's', channel: v.channel, face: v.face, count: 1 }).execute();
  }
  await db.insertInto('vote_reasons').values({ vote_id: votes[1]!.id, reason_id: 'r' }).execute();
  await db.insertInto('reason_counts').values({ office_id: 'o', day: '2026-03-02', service_id: 's', channel: 'totem', reason_id: 'r', count: 1 }).execute();
  await db.insertInto('follow_up_counts').values([
    { office_id: 'o', day: '2026-03-02', service_id: 's', channel: 'totem', follow_up: 'chosen', count: 1 },
    { office_id: 'o', day: '2026-04-01', service_id: 's', channel: 'sportello', follow_up: 'skipped', count: 1 },
  ]).execute();
}

describe('migrating a database that holds votes', () => {
  it('fills every new rollup from the old votes: the report of the upgraded database is what a recount says', async () => {
    const { target, old } = await schemaAt('002-people-and-enrolment');
    await seedVersion002(old);
    await old.destroy();

    const store = await openStore(target);
    try {
      const votes = await store.db.selectFrom('votes').select(['id', 'scale', 'digest', 'cast_at', 'face', 'follow_up']).orderBy('id').execute();
      // Each vote takes its terminal's scale; the digest is what ingest would compute for it.
      expect(votes.map((v) => Number(v.scale))).toEqual([3, 3, 5, 5]);
      expect(votes[1]!.digest).toBe(voteDigest({ serviceId: 's', face: 'negativo', scale: 3, reasons: ['r'], followUp: 'chosen', castAt: votes[1]!.cast_at }));
      // The standard moved to its history, valid since ever.
      expect(await store.db.selectFrom('service_standards').select(['service_id', 'valid_from', 'min_positive_pct']).execute()).toEqual([{ service_id: 's', valid_from: '1970-01-01', min_positive_pct: 70 }]);

      const r = await buildOfficeReport({ db: store.db, minSample: 1, now: new Date('2026-05-01T00:00:00Z') }, 'o', '2026-03-01', '2026-04-30');
      expect(r.totals.total).toBe(4);
      // Positive: positivo (3 faces) and ottimo (5 faces); index (1 + 0 + 1 + 0) / 4.
      expect(r.score.positiveShare.value).toBe(0.5);
      expect(r.score.index.value).toBe(50);
      expect(r.trend.unit).toBe('week');
      expect(r.trend.buckets.filter((b) => b.total > 0).map((b) => [b.from, b.total])).toEqual([['2026-03-02', 3], ['2026-03-30', 1]]);
      expect(r.byHour.filter((h) => h.total > 0).map((h) => [h.hour, h.total])).toEqual([[9, 2], [10, 1], [11, 1]]);
      expect(r.heatmap.cells.reduce((n, c) => n + c.votes, 0)).toBe(4);
      expect(r.reasons.map((x) => [x.reasonId, x.count])).toEqual([['r', 1]]);
      expect(r.followUp).toEqual({ negative: 2, chosen: 1, skipped: 1, timeout: 0, notAsked: 0 });
      // The negative vote of 2 March arrived on the 5th: late for a report of 2 March only.
      const day = await buildOfficeReport({ db: store.db, minSample: 1, now: new Date('2026-05-01T00:00:00Z') }, 'o', '2026-03-02', '2026-03-02');
      expect(day.dataQuality.lateVotes).toBe(1);
      expect(r.byService[0]!.charter).toMatchObject({ verdict: 'missed-within-noise' });
      // The daily series reads the office day rollup (migration 020), filled through the day rollup.
      expect(r.daily.filter((d) => d.total > 0).map((d) => [d.day, d.total])).toEqual([['2026-03-02', 2], ['2026-03-03', 1], ['2026-04-01', 1]]);
      // Every rollup the upgrade filled is what a recount of the votes says.
      expect(await rollupDifferences(store.db)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('migration 020 sums the day rollup into the office day rollup, services and channels together', async () => {
    const { old, migrator } = await schemaAt('019-alerts');
    const row = (office_id: string, day: string, service_id: string, channel: string, scale: number, face: string, count: number) => ({ office_id, day, service_id, channel, scale, face, count });
    await old
      .insertInto('face_counts_day')
      .values([
        // Two services and two channels of one day and face: one row of 2 + 3 + 4 = 9.
        row('o1', '2026-03-02', 's1', 'totem', 3, 'positivo', 2),
        row('o1', '2026-03-02', 's2', 'totem', 3, 'positivo', 3),
        row('o1', '2026-03-02', 's1', 'sportello', 3, 'positivo', 4),
        // Another face, the same face on another scale, another day, another office: rows of their own.
        row('o1', '2026-03-02', 's1', 'totem', 3, 'negativo', 1),
        row('o1', '2026-03-02', 's1', 'sportello', 5, 'positivo', 5),
        row('o1', '2026-03-03', 's1', 'totem', 3, 'positivo', 6),
        row('o2', '2026-03-02', 's1', 'totem', 3, 'positivo', 7),
      ])
      .execute();
    // At schema 020 itself: migration 022 replaces this table with its totals (tested below).
    expect((await migrator.migrateTo('020-office-day-rollup')).error).toBeUndefined();
    try {
      const rows = await old.selectFrom('face_counts_office_day').selectAll().orderBy('office_id').orderBy('day').orderBy('scale').orderBy('face').execute();
      expect(rows.map((r) => ({ ...r, scale: Number(r.scale), count: Number(r.count) }))).toEqual([
        { office_id: 'o1', day: '2026-03-02', scale: 3, face: 'negativo', count: 1 },
        { office_id: 'o1', day: '2026-03-02', scale: 3, face: 'positivo', count: 9 },
        { office_id: 'o1', day: '2026-03-02', scale: 5, face: 'positivo', count: 5 },
        { office_id: 'o1', day: '2026-03-03', scale: 3, face: 'positivo', count: 6 },
        { office_id: 'o2', day: '2026-03-02', scale: 3, face: 'positivo', count: 7 },
      ]);
    } finally {
      await old.destroy();
    }
  });

  it('migration 022 sums the office day and weekday x hour rollups into one row of totals per key, and drops them', async () => {
    const { target, old } = await schemaAt('021-office-report-indexes');
    const face = (scale: number, f: string, count: number) => ({ scale, face: f, count });
    await old
      .insertInto('face_counts_office_day')
      .values([
        // One day of every scale: 9 positivo (3 faces, 12 twelfths each), 1 negativo (0); 5 positivo on
        // five faces (9 each), 2 pessimo (0), 1 sufficiente (6); 4 positivo on four faces (8 each), 3 negativo (4 each).
        ...[face(3, 'positivo', 9), face(3, 'negativo', 1), face(5, 'positivo', 5), face(5, 'pessimo', 2), face(5, 'sufficiente', 1), face(4, 'positivo', 4), face(4, 'negativo', 3)].map((r) => ({ office_id: 'o1', day: '2026-03-02', ...r })),
        { office_id: 'o1', day: '2026-03-03', ...face(5, 'ottimo', 6) },
        { office_id: 'o2', day: '2026-03-02', ...face(3, 'sufficiente', 7) },
      ])
      .execute();
    await old
      .insertInto('face_counts_weekhour')
      .values([
        { office_id: 'o1', month: '2026-03', weekday: 0, hour: 9, ...face(3, 'positivo', 2) },
        { office_id: 'o1', month: '2026-03', weekday: 0, hour: 9, ...face(5, 'negativo', 3) },
        { office_id: 'o1', month: '2026-03', weekday: 0, hour: 10, ...face(4, 'ottimo', 1) },
      ])
      .execute();
    await old.destroy();

    const store = await openStore(target);
    try {
      const zero = { votes: 0, ottimo: 0, positivo: 0, sufficiente: 0, negativo: 0, pessimo: 0, points: 0, points_squared: 0 };
      const numbers = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k in zero || k === 'weekday' || k === 'hour' ? Number(v) : v]));
      const days = await store.db.selectFrom('tally_office_day').selectAll().orderBy('office_id').orderBy('day').execute();
      expect(days.map(numbers)).toEqual([
        {
          office_id: 'o1',
          day: '2026-03-02',
          ...zero,
          votes: 25,
          positivo: 18,
          negativo: 4,
          pessimo: 2,
          sufficiente: 1,
          points: 9 * 12 + 5 * 9 + 1 * 6 + 4 * 8 + 3 * 4,
          points_squared: 9 * 144 + 5 * 81 + 1 * 36 + 4 * 64 + 3 * 16,
        },
        { office_id: 'o1', day: '2026-03-03', ...zero, votes: 6, ottimo: 6, points: 72, points_squared: 864 },
        { office_id: 'o2', day: '2026-03-02', ...zero, votes: 7, sufficiente: 7, points: 42, points_squared: 252 },
      ]);
      const hours = await store.db.selectFrom('tally_office_weekhour').selectAll().orderBy('hour').execute();
      expect(hours.map(numbers)).toEqual([
        { office_id: 'o1', month: '2026-03', weekday: 0, hour: 9, ...zero, votes: 5, positivo: 2, negativo: 3, points: 2 * 12 + 3 * 3, points_squared: 2 * 144 + 3 * 9 },
        { office_id: 'o1', month: '2026-03', weekday: 0, hour: 10, ...zero, votes: 1, ottimo: 1, points: 12, points_squared: 144 },
      ]);
      const tables = await listTables(store.db, store.dialect);
      expect(tables).not.toContain('face_counts_office_day');
      expect(tables).not.toContain('face_counts_weekhour');
    } finally {
      await store.close();
    }
  });

  it('migration 023 sums the month rollup into one row of totals per office, month, service and channel, and drops it', async () => {
    const { target, old } = await schemaAt('022-totals-rollups');
    const row = (service_id: string, channel: string, scale: number, face: string, count: number) => ({ office_id: 'o1', month: '2026-03', service_id, channel, scale, face, count });
    await old
      .insertInto('face_counts_month')
      .values([
        // One service and channel on three scales: 4 positivo (3 faces, 12 each), 2 negativo (5 faces, 3 each), 1 pessimo (4 faces, 0).
        row('s1', 'totem', 3, 'positivo', 4),
        row('s1', 'totem', 5, 'negativo', 2),
        row('s1', 'totem', 4, 'pessimo', 1),
        // Another channel and another service: rows of their own.
        row('s1', 'sportello', 3, 'sufficiente', 3),
        row('s2', 'totem', 4, 'positivo', 5),
      ])
      .execute();
    await old.destroy();

    const store = await openStore(target);
    try {
      const zero = { votes: 0, ottimo: 0, positivo: 0, sufficiente: 0, negativo: 0, pessimo: 0, points: 0, points_squared: 0 };
      const rows = await store.db.selectFrom('tally_month').selectAll().orderBy('service_id').orderBy('channel').execute();
      expect(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k in zero ? Number(v) : v])))).toEqual([
        { office_id: 'o1', month: '2026-03', service_id: 's1', channel: 'sportello', ...zero, votes: 3, sufficiente: 3, points: 18, points_squared: 108 },
        { office_id: 'o1', month: '2026-03', service_id: 's1', channel: 'totem', ...zero, votes: 7, positivo: 4, negativo: 2, pessimo: 1, points: 4 * 12 + 2 * 3, points_squared: 4 * 144 + 2 * 9 },
        { office_id: 'o1', month: '2026-03', service_id: 's2', channel: 'totem', ...zero, votes: 5, positivo: 5, points: 40, points_squared: 320 },
      ]);
      expect(await listTables(store.db, store.dialect)).not.toContain('face_counts_month');
    } finally {
      await store.close();
    }
  });

  it('migration 024 sums the day and hour rollups into totals per office, day, service and channel and per office, day and hour, and drops the day rollup', async () => {
    const { target, old } = await schemaAt('023-month-totals');
    const day = (service_id: string, channel: string, scale: number, face: string, count: number) => ({ office_id: 'o1', day: '2026-03-02', service_id, channel, scale, face, count });
    await old
      .insertInto('face_counts_day')
      .values([
        // One service and channel on three scales: 4 positivo (3 faces, 12 twelfths each), 2 negativo
        // (5 faces, 3 each), 1 pessimo (4 faces, 0), 3 positivo (4 faces, 8 each).
        day('s1', 'totem', 3, 'positivo', 4),
        day('s1', 'totem', 5, 'negativo', 2),
        day('s1', 'totem', 4, 'pessimo', 1),
        day('s1', 'totem', 4, 'positivo', 3),
        // Another channel, another service, another day, another office: rows of their own.
        day('s1', 'sportello', 3, 'sufficiente', 3),
        day('s2', 'totem', 5, 'ottimo', 5),
        { ...day('s1', 'totem', 3, 'negativo', 1), day: '2026-03-03' },
        { ...day('s1', 'totem', 4, 'negativo', 2), office_id: 'o2' },
      ])
      .execute();
    const hour = (h: number, service_id: string, channel: string, scale: number, face: string, count: number) => ({ office_id: 'o1', day: '2026-03-02', hour: h, service_id, channel, scale, face, count });
    await old
      .insertInto('face_counts')
      .values([
        // Hour 9: two services, two channels and three scales fold into one row.
        hour(9, 's1', 'totem', 3, 'positivo', 4),
        hour(9, 's1', 'sportello', 5, 'sufficiente', 2),
        hour(9, 's2', 'totem', 4, 'negativo', 3),
        // Hour 10, another day, another office: rows of their own.
        hour(10, 's1', 'totem', 4, 'ottimo', 1),
        { ...hour(9, 's1', 'totem', 5, 'pessimo', 6), day: '2026-03-03' },
        { ...hour(9, 's1', 'totem', 3, 'negativo', 7), office_id: 'o2' },
      ])
      .execute();
    await old.destroy();

    const store = await openStore(target);
    try {
      const zero = { votes: 0, ottimo: 0, positivo: 0, sufficiente: 0, negativo: 0, pessimo: 0, points: 0, points_squared: 0 };
      const numbers = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k in zero || k === 'hour' ? Number(v) : v]));
      const days = await store.db.selectFrom('tally_day').selectAll().orderBy('office_id').orderBy('day').orderBy('service_id').orderBy('channel').execute();
      expect(days.map(numbers)).toEqual([
        { office_id: 'o1', day: '2026-03-02', service_id: 's1', channel: 'sportello', ...zero, votes: 3, sufficiente: 3, points: 3 * 6, points_squared: 3 * 36 },
        {
          office_id: 'o1',
          day: '2026-03-02',
          service_id: 's1',
          channel: 'totem',
          ...zero,
          votes: 10,
          positivo: 7,
          negativo: 2,
          pessimo: 1,
          points: 4 * 12 + 2 * 3 + 1 * 0 + 3 * 8,
          points_squared: 4 * 144 + 2 * 9 + 3 * 64,
        },
        { office_id: 'o1', day: '2026-03-02', service_id: 's2', channel: 'totem', ...zero, votes: 5, ottimo: 5, points: 5 * 12, points_squared: 5 * 144 },
        { office_id: 'o1', day: '2026-03-03', service_id: 's1', channel: 'totem', ...zero, votes: 1, negativo: 1 },
        { office_id: 'o2', day: '2026-03-02', service_id: 's1', channel: 'totem', ...zero, votes: 2, negativo: 2, points: 2 * 4, points_squared: 2 * 16 },
      ]);
      const hours = await store.db.selectFrom('tally_office_hour').selectAll().orderBy('office_id').orderBy('day').orderBy('hour').execute();
      expect(hours.map(numbers)).toEqual([
        { office_id: 'o1', day: '2026-03-02', hour: 9, ...zero, votes: 9, positivo: 4, sufficiente: 2, negativo: 3, points: 4 * 12 + 2 * 6 + 3 * 4, points_squared: 4 * 144 + 2 * 36 + 3 * 16 },
        { office_id: 'o1', day: '2026-03-02', hour: 10, ...zero, votes: 1, ottimo: 1, points: 12, points_squared: 144 },
        { office_id: 'o1', day: '2026-03-03', hour: 9, ...zero, votes: 6, pessimo: 6 },
        { office_id: 'o2', day: '2026-03-02', hour: 9, ...zero, votes: 7, negativo: 7 },
      ]);
      // The hour rollup stays as it was; the day rollup is gone, its readers read the day totals.
      expect(Number((await store.db.selectFrom('face_counts').select((eb) => eb.fn.sum<number>('count').as('n')).executeTakeFirstOrThrow()).n)).toBe(4 + 2 + 3 + 1 + 6 + 7);
      expect(await listTables(store.db, store.dialect)).not.toContain('face_counts_day');
    } finally {
      await store.close();
    }
  });
  it('migration 026 gives the alert rules and subscriptions already there the language Italian, and new ones Italian unless told', async () => {
    const { target, old } = await schemaAt('025-alert-facts');
    await old.insertInto('administrations').values({ id: 'a', name: 'Comune', created_at: AT }).execute();
    await old.insertInto('users').values({ id: 'u', email: 'rita@example.org', name: 'Rita', password_hash: 'x', created_at: AT }).execute();
    const params = JSON.stringify({ kind: 'negative-share', lastVotes: 20, openAbovePct: 30, closeBelowPct: 15 });
    const rule = (id: string) => ({ id, administration_id: 'a', kind: 'negative-share', name: id, params, notify_email: 1, created_at: AT, updated_at: AT });
    await old.insertInto('alert_rules').values(rule('before')).execute();
    await old.insertInto('subscriptions').values({ id: 'before', user_id: 'u', administration_id: 'a', frequency: 'daily', created_at: AT }).execute();
    await old.destroy();

    const store = await openStore(target);
    try {
      // One row per insert: in a multi-row insert Kysely writes a missing column as null on SQLite, not as its default.
      await store.db.insertInto('alert_rules').values(rule('after')).execute();
      await store.db.insertInto('alert_rules').values({ ...rule('english'), language: 'en' }).execute();
      await store.db.insertInto('subscriptions').values({ id: 'after', user_id: 'u', administration_id: 'a', frequency: 'weekly', created_at: AT }).execute();
      expect(await store.db.selectFrom('alert_rules').select(['id', 'language']).orderBy('id').execute()).toEqual([
        { id: 'after', language: 'it' },
        { id: 'before', language: 'it' },
        { id: 'english', language: 'en' },
      ]);
      expect(await store.db.selectFrom('subscriptions').select(['id', 'language']).orderBy('id').execute()).toEqual([
        { id: 'after', language: 'it' },
        { id: 'before', language: 'it' },
      ]);
      // Not null: a row cannot lose its language.
      await expect(store.db.updateTable('subscriptions').set({ language: null as unknown as string }).where('id', '=', 'before').execute()).rejects.toThrow();
    } finally {
      await store.close();
    }
  });

  it('migration 027 keeps the deliveries already recorded, and records a week that starts on a day already sent once', async () => {
    const { target, old } = await schemaAt('026-email-language');
    await old.insertInto('administrations').values({ id: 'a', name: 'Comune', created_at: AT }).execute();
    await old.insertInto('users').values({ id: 'u', email: 'rita@example.org', name: 'Rita', password_hash: 'x', created_at: AT }).execute();
    await old.insertInto('subscriptions').values({ id: 's', user_id: 'u', administration_id: 'a', frequency: 'daily', created_at: AT }).execute();
    const delivery = (from: string, to: string) => ({ subscription_id: 's', period_from: from, period_to: to, outbox_id: `o-${from}-${to}`, created_at: AT });
    await old.insertInto('subscription_deliveries').values([delivery('2026-03-09', '2026-03-09'), delivery('2026-03-10', '2026-03-10')]).execute();
    await old.destroy();

    const store = await openStore(target);
    try {
      // The subscription's frequency has not changed since it was made.
      expect(await store.db.selectFrom('subscriptions').select('frequency_since').execute()).toEqual([{ frequency_since: null }]);
      await store.db.insertInto('subscription_deliveries').values(delivery('2026-03-09', '2026-03-15')).execute();
      const rows = await store.db.selectFrom('subscription_deliveries').select(['period_from', 'period_to', 'outbox_id']).orderBy('period_from').orderBy('period_to').execute();
      expect(rows).toEqual([
        { period_from: '2026-03-09', period_to: '2026-03-09', outbox_id: 'o-2026-03-09-2026-03-09' },
        { period_from: '2026-03-09', period_to: '2026-03-15', outbox_id: 'o-2026-03-09-2026-03-15' },
        { period_from: '2026-03-10', period_to: '2026-03-10', outbox_id: 'o-2026-03-10-2026-03-10' },
      ]);
      // The same period twice is still refused: each report goes out once.
      await expect(store.db.insertInto('subscription_deliveries').values(delivery('2026-03-09', '2026-03-15')).execute()).rejects.toThrow();
    } finally {
      await store.close();
    }
  });

  it('migration 028 leaves the cause of alerts closed before unknown (null), and the next closing stores its own', async () => {
    const { target, old } = await schemaAt('027-subscription-schedule');
    await old.insertInto('administrations').values({ id: 'a', name: 'Comune', created_at: AT }).execute();
    await old.insertInto('offices').values({ id: 'o', administration_id: 'a', name: 'Sede', time_zone: 'Europe/Rome', created_at: AT }).execute();
    const params = JSON.stringify({ kind: 'negative-share', lastVotes: 20, openAbovePct: 30, closeBelowPct: 15 });
    await old.insertInto('alert_rules').values({ id: 'r', administration_id: 'a', office_id: 'o', kind: 'negative-share', name: 'Negativi', params, created_at: AT, updated_at: AT }).execute();
    const alert = (id: string, closedAt: string | null) => ({ id, rule_id: 'r', open_key: closedAt ? null : 'r', administration_id: 'a', office_id: 'o', kind: 'negative-share', status: closedAt ? 'closed' : 'open', opened_at: AT, message: 'Giudizi negativi: 40% degli ultimi 20 (soglia 30%).', closed_at: closedAt });
    await old.insertInto('alerts').values([alert('closed-before', '2026-01-02T00:00:00.000Z'), alert('open', null)]).execute();
    await old.destroy();

    const store = await openStore(target);
    try {
      // Recovered, deleted or changed: nobody knows which, so the API says no more than "closed".
      expect((await listAlerts(store.db, 'a', 'all', null)).map((a) => [a.id, a.status, a.closedBecause])).toEqual([
        ['closed-before', 'closed', null],
        ['open', 'open', null],
      ]);
      await store.db.transaction().execute(async (trx) => closeOpenAlert(trx, (await getRule(trx, 'r'))!, 'rule-deleted', new Date('2026-01-03T00:00:00.000Z')));
      expect(await store.db.selectFrom('alerts').select(['id', 'status', 'closed_because']).orderBy('id').execute()).toEqual([
        { id: 'closed-before', status: 'closed', closed_because: null },
        { id: 'open', status: 'closed', closed_because: 'rule-deleted' },
      ]);
    } finally {
      await store.close();
    }
  });

  it('migration 029 translates the default reasons still as they were given, and leaves alone any an administrator touched', async () => {
    const { target, old } = await schemaAt('028-alert-close-cause');
    await old.insertInto('administrations').values({ id: 'a', name: 'Comune', created_at: AT }).execute();
    const reason = (code: string, label: string, position: number) => ({ id: `a-${code}`, administration_id: 'a', code, label, dimension: null, position });
    await old
      .insertInto('reasons')
      .values([reason('attesa', 'Tempo di attesa', 0), reason('servizio', 'Il servizio ricevuto', 1), reason('ritorno', 'Devo tornare più volte', 2), reason('altro', 'Altro', 3), reason('moduli', 'Moduli poco chiari', 4)])
      .execute();
    // The administrator translated «Il servizio ricevuto» into English only, and reworded «ritorno»; «moduli» is their own.
    await old.insertInto('reason_translations').values({ reason_id: 'a-servizio', language: 'en', label: 'What I got' }).execute();
    await old.destroy();

    const store = await openStore(target);
    try {
      const rows = await store.db.selectFrom('reason_translations').select(['reason_id', 'language', 'label']).orderBy('reason_id').orderBy('language').execute();
      const languages = (id: string) => rows.filter((r) => r.reason_id === id).map((r) => r.language);
      expect(languages('a-attesa')).toHaveLength(10);
      expect(languages('a-altro')).toHaveLength(10);
      expect(rows.find((r) => r.reason_id === 'a-attesa' && r.language === 'de')?.label).toBe('Wartezeit');
      expect(rows.filter((r) => r.reason_id === 'a-servizio')).toEqual([{ reason_id: 'a-servizio', language: 'en', label: 'What I got' }]);
      expect(languages('a-ritorno')).toEqual([]);
      expect(languages('a-moduli')).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('migration 030 dates the channels\' votes at arrival, and takes them out of the re-dated count; a terminal\'s re-dated votes stay counted', async () => {
    const { target, old } = await schemaAt('029-default-reason-translations');
    await old.insertInto('administrations').values({ id: 'a', name: 'Comune', created_at: AT }).execute();
    await old.insertInto('offices').values({ id: 'o', administration_id: 'a', name: 'Sede', time_zone: 'Europe/Rome', created_at: AT }).execute();
    await old.insertInto('services').values({ id: 's', administration_id: 'a', name: 'Anagrafe', created_at: AT }).execute();
    await old.insertInto('terminals').values([
      { id: 't', office_id: 'o', name: 'Sportello', mode: 'counter', channel: 'sportello', scale: 3, created_at: AT },
      { id: 'w', office_id: 'o', name: 'Sito web', mode: 'totem', channel: 'web', scale: 5, created_at: AT },
    ]).execute();
    await old.insertInto('channel_points').values({ id: 'w', administration_id: 'a', office_id: 'o', kind: 'web', service_id: 's', created_at: AT }).execute();
    let n = 0;
    const vote = (terminal_id: string, day: string, flag: string | null = null) => {
      const at = `${day}T09:00:00.000Z`;
      return { id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, administration_id: 'a', office_id: 'o', terminal_id, service_id: 's', channel: terminal_id === 'w' ? 'web' : 'sportello', face: 'positivo', scale: terminal_id === 'w' ? 5 : 3, follow_up: 'not-asked', cast_at: at, received_at: at, counted_at: at, time_source: 'collector', day, hour: 10, digest: 'x', flag };
    };
    // 2 March: two web votes and one re-dated by the counter's wrong clock; 3 March: one web vote, and a flagged one (never counted).
    await old.insertInto('votes').values([vote('w', '2026-03-02'), vote('w', '2026-03-02'), vote('t', '2026-03-02'), vote('w', '2026-03-03'), vote('w', '2026-03-03', 'burst')]).execute();
    await old.insertInto('arrival_counts').values([
      { office_id: 'o', day: '2026-03-02', received_day: '2026-03-02', time_source: 'collector', count: 3 },
      { office_id: 'o', day: '2026-03-03', received_day: '2026-03-03', time_source: 'collector', count: 1 },
      // A late vote of the terminal's own clock: not the migration's business.
      { office_id: 'o', day: '2026-03-02', received_day: '2026-03-05', time_source: 'terminal', count: 4 },
    ]).execute();
    await old.destroy();

    const store = await openStore(target);
    try {
      const sources = await store.db.selectFrom('votes').select(['terminal_id', 'time_source']).orderBy('id').execute();
      expect(sources.map((v) => `${v.terminal_id}:${v.time_source}`)).toEqual(['w:arrival', 'w:arrival', 't:collector', 'w:arrival', 'w:arrival']);
      const arrivals = await store.db.selectFrom('arrival_counts').selectAll().orderBy('day').orderBy('received_day').execute();
      expect(arrivals.map((r) => ({ ...r, count: Number(r.count) }))).toEqual([
        { office_id: 'o', day: '2026-03-02', received_day: '2026-03-02', time_source: 'collector', count: 1 },
        { office_id: 'o', day: '2026-03-02', received_day: '2026-03-05', time_source: 'terminal', count: 4 },
      ]);
    } finally {
      await store.close();
    }
  });

  it('migration 033 takes the website\'s ratings out of the office\'s hour rollups, from the per-face hour rollup, and leaves every other channel as it was', async () => {
    const { target, old } = await schemaAt('032-rate-limits-unlogged');
    const zero = { votes: 0, ottimo: 0, positivo: 0, sufficiente: 0, negativo: 0, pessimo: 0, points: 0, points_squared: 0 };
    const hour = (office_id: string, day: string, h: number, channel: string, scale: number, face: string, count: number) => ({ office_id, day, hour: h, service_id: 's', channel, scale, face, count });
    // Monday 2 March at 9: three on the totem and two five-star ratings on the website; at 21, a
    // one-star rating alone; Saturday 7 March at 10, a four-star one alone. Another office, the totem only.
    await old
      .insertInto('face_counts')
      .values([
        hour('o1', '2026-03-02', 9, 'totem', 3, 'positivo', 3),
        hour('o1', '2026-03-02', 9, 'web', 5, 'ottimo', 2),
        hour('o1', '2026-03-02', 21, 'web', 5, 'pessimo', 1),
        hour('o1', '2026-03-07', 10, 'web', 5, 'positivo', 1),
        hour('o2', '2026-03-02', 9, 'totem', 3, 'negativo', 2),
      ])
      .execute();
    // What ingest had added for them, the web's included.
    const nine = { ...zero, votes: 5, ottimo: 2, positivo: 3, points: 2 * 12 + 3 * 12, points_squared: 2 * 144 + 3 * 144 };
    const evening = { ...zero, votes: 1, pessimo: 1 };
    const saturday = { ...zero, votes: 1, positivo: 1, points: 9, points_squared: 81 };
    const other = { ...zero, votes: 2, negativo: 2 };
    await old
      .insertInto('tally_office_hour')
      .values([
        { office_id: 'o1', day: '2026-03-02', hour: 9, ...nine },
        { office_id: 'o1', day: '2026-03-02', hour: 21, ...evening },
        { office_id: 'o1', day: '2026-03-07', hour: 10, ...saturday },
        { office_id: 'o2', day: '2026-03-02', hour: 9, ...other },
      ])
      .execute();
    await old
      .insertInto('tally_office_weekhour')
      .values([
        { office_id: 'o1', month: '2026-03', weekday: 0, hour: 9, ...nine },
        { office_id: 'o1', month: '2026-03', weekday: 0, hour: 21, ...evening },
        { office_id: 'o1', month: '2026-03', weekday: 5, hour: 10, ...saturday },
        { office_id: 'o2', month: '2026-03', weekday: 0, hour: 9, ...other },
      ])
      .execute();
    await old.destroy();

    const store = await openStore(target);
    try {
      const numbers = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k in zero || k === 'hour' || k === 'weekday' ? Number(v) : v]));
      const totem = { ...zero, votes: 3, positivo: 3, points: 36, points_squared: 432 };
      const hours = await store.db.selectFrom('tally_office_hour').selectAll().orderBy('office_id').orderBy('day').orderBy('hour').execute();
      expect(hours.map(numbers)).toEqual([
        { office_id: 'o1', day: '2026-03-02', hour: 9, ...totem },
        { office_id: 'o2', day: '2026-03-02', hour: 9, ...other },
      ]);
      const weekhours = await store.db.selectFrom('tally_office_weekhour').selectAll().orderBy('office_id').orderBy('weekday').orderBy('hour').execute();
      expect(weekhours.map(numbers)).toEqual([
        { office_id: 'o1', month: '2026-03', weekday: 0, hour: 9, ...totem },
        { office_id: 'o2', month: '2026-03', weekday: 0, hour: 9, ...other },
      ]);
      // The per-face rollup keeps every vote, the web's too: the channel table and the totals read it.
      expect(Number((await store.db.selectFrom('face_counts').select((eb) => eb.fn.sum<number>('count').as('n')).executeTakeFirstOrThrow()).n)).toBe(9);
    } finally {
      await store.close();
    }
  });

  it('migration 034 redacts again the comments stored before phone numbers in a row and «punto» were recognised, and leaves the others as they were', async () => {
    expect(await commentsAfterUpgrade('033-office-hours-without-web', [
      feedback(1, 'Richiamatemi: 3331234567 3471234567'),
      feedback(2, 'mario punto rossi chiocciola gmail punto com'),
      feedback(3, 'Attesa troppo lunga, il 12/03/2026 alle 10:30'),
      feedback(4, 'Scrivete a [e-mail rimossa]', 1),
      feedback(5, null),
    ])).toEqual([
      ['Richiamatemi: [telefono rimosso]', 1],
      ['[e-mail rimossa]', 1],
      ['Attesa troppo lunga, il 12/03/2026 alle 10:30', 0],
      ['Scrivete a [e-mail rimossa]', 1],
      [null, 0],
    ]);
  });

  it('migration 036 redacts again the comments stored before addresses with the @ and the dots in brackets were recognised, and leaves the others as they were', async () => {
    expect(await commentsAfterUpgrade('035-terminal-former-setup', [
      feedback(1, 'Scrivetemi: mario [at] gmail [dot] com'),
      feedback(2, 'mario.rossi(chiocciola)gmail.com o mario (at) libero [punto] it'),
      feedback(3, 'look at this. Thanks'),
      feedback(4, 'Scrivete a [e-mail rimossa]', 1),
      feedback(5, null),
    ])).toEqual([
      ['Scrivetemi: [e-mail rimossa]', 1],
      ['[e-mail rimossa] o [e-mail rimossa]', 1],
      ['look at this. Thanks', 0],
      ['Scrivete a [e-mail rimossa]', 1],
      [null, 0],
    ]);
  });

  it('migration 039 redacts again the comments stored before other spellings of a contact, the codice fiscale and the IBAN were recognised, and leaves the others as they were', async () => {
    expect(await commentsAfterUpgrade('038-office-hours-without-qr', [
      feedback(1, 'Richiamatemi al 333–1234567'),
      feedback(2, 'scrivete a mario(a)gmail.com, CF RSSMRA80A01H501U'),
      feedback(3, 'Attesa troppo lunga, il 12/03/2026 dalle 9.30 alle 12.30'),
      feedback(4, 'Scrivete a [e-mail rimossa]', 1),
      feedback(5, null),
    ])).toEqual([
      ['Richiamatemi al [telefono rimosso]', 1],
      ['scrivete a [e-mail rimossa], CF [codice fiscale rimosso]', 1],
      ['Attesa troppo lunga, il 12/03/2026 dalle 9.30 alle 12.30', 0],
      ['Scrivete a [e-mail rimossa]', 1],
      [null, 0],
    ]);
  });
});
