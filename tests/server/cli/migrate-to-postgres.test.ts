// npm run admin -- migrate-to-postgres: an embedded installation with a year of history moves into the test PostgreSQL;
// every row arrives, the reports of both stores are equal, the SQLite file is untouched, and a failed copy leaves nothing.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { historySpan, seedDemoHistory } from '../../../server/demo/seed-demo-history';
import { applyRetention } from '../../../server/jobs/retention';
import { takeLease } from '../../../server/jobs/lease';
import { countTables, TABLES, type TableName } from '../../../server/ops/tables';
import { buildAdministrationReport } from '../../../server/reports/levels/build-administration-report';
import { buildBulletin } from '../../../server/reports/levels/build-bulletin';
import { buildInstallationReport } from '../../../server/reports/levels/build-installation-report';
import { buildOfficeReport, type ReportContext } from '../../../server/reports/office/build-office-report';
import { recordHeartbeat } from '../../../server/terminals/heartbeat';
import { openStore, type Db, type Store } from '../../../server/store/database';
import { DEMO } from '../../../server/store/seed-demo';
import { channelPaths } from '../../../server/contract/channel-points';
import { as, createOtherAdministration, type OtherAdministration } from '../admin/admin-api';
import { runAdmin, type AdminRun } from '../helpers/admin-cli';
import { ADMIN_EMAIL, emptyStoreEnv, enrol, fixedClock, makeTempDir, makeVote, postVotes, removeTempDir, signInAs, startCollector, TEST_STORE, TOTEM } from '../helpers/test-collector';

// Seeding a year of votes, then a copy of some 20,000 rows.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

const NOW = '2026-11-15T10:00:00.000Z';
const SPAN = historySpan(new Date(NOW));
/**
 * The tables seedInstallation fills: all of them when this test was written. A table added since is
 * still copied and compared row for row; fill it below to show its copy on real rows.
 */
const FILLED: readonly TableName[] = [
  'administrations', 'offices', 'services', 'reasons', 'terminals', 'terminal_services', 'users', 'grants', 'sessions', 'api_keys',
  'service_standards', 'terminal_status', 'votes', 'vote_reasons', 'vote_tombstones', 'face_counts', 'tally_day', 'tally_office_hour', 'tally_office_day', 'tally_month',
  'tally_office_weekhour', 'face_counts_admin_month', 'reason_counts', 'reason_counts_month', 'follow_up_counts', 'follow_up_counts_month',
  'arrival_counts', 'terminal_counts_month', 'participation_day', 'participation_month', 'audit_log', 'rate_limits', 'leases',
  // Issue 9: channel points, the web widget's comments, QR codes, comment retention, translations.
  'channel_points', 'web_feedback', 'vote_codes', 'channel_settings', 'service_translations', 'reason_translations',
];
/** Votes of the second comune's terminal, sent through the API. */
const OTHER_VOTES = 120;

/** Every row of a table in a stable order, with PostgreSQL's bigint text turned back into numbers. */
async function rowsOf(db: Db, table: string): Promise<string[]> {
  const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows;
  const bigint = new Set(['storage_usage', 'storage_quota']);
  return rows.map((r) => JSON.stringify(Object.keys(r).sort().map((k) => [k, bigint.has(k) && r[k] !== null ? Number(r[k]) : r[k]]))).sort();
}

async function digest(db: Db): Promise<string> {
  const hash = createHash('sha256');
  for (const table of TABLES) hash.update(`${table}\n${(await rowsOf(db, table)).join('\n')}\n`);
  return hash.digest('hex');
}

/**
 * An installation as a comune grows into a consortium: the demo comune with a year of history
 * (standards, people served, audit), a second administration built through the API with its own
 * terminal's votes, people signed in, a terminal's heartbeat, a job lease, rate-limit and
 * sign-in throttle entries, and the oldest votes retired by retention (tombstones).
 */
async function seedInstallation(dir: string): Promise<OtherAdministration> {
  const c = await startCollector({ dir, env: { DATABASE_URL: '' }, now: fixedClock(NOW) });
  try {
    expect(c.store.dialect).toBe('sqlite');
    await seedDemoHistory(c.store.db, new Date(NOW));
    const other = await createOtherAdministration(c);
    const token = await enrol(c.app, c.store, other.terminalId, new Date(NOW));
    const faces = ['positivo', 'positivo', 'sufficiente', 'negativo'] as const;
    const votes = Array.from({ length: OTHER_VOTES }, (_, i) =>
      makeVote({
        serviceId: i % 3 === 0 ? other.spareServiceId : other.serviceId,
        face: faces[i % 4]!,
        followUp: faces[i % 4] === 'negativo' ? 'skipped' : 'not-asked',
        castAt: new Date(Date.parse('2026-09-01T08:00:00Z') + i * 11 * 3_600_000).toISOString(),
      }),
    );
    for (let i = 0; i < votes.length; i += 40) expect((await postVotes({ app: c.app, tokens: { [other.terminalId]: token } }, votes.slice(i, i + 40), other.terminalId)).status).toBe(200);
    // The channels beyond the terminals, through the API as an admin sets them up: a web rating with
    // a comment, QR codes, how long comments stay, services and reasons in other languages.
    const admin = as(c.app, c.admin);
    const office = DEMO.offices[0]!.id;
    const web = await admin.post(apiPaths.officeChannelPoints(office), { kind: 'web', serviceId: DEMO.services[4]!.id });
    expect(web.status).toBe(201);
    const rating = await c.app.inject({ method: 'POST', url: channelPaths.webVotes(web.body.id), payload: { stars: 2, answer: 'non-chiare', comment: 'Modulo poco chiaro' }, headers: { origin: 'https://www.comune.valdoria.it' }, remoteAddress: '192.0.2.10' });
    expect(rating.statusCode, rating.body).toBe(201);
    const qr = await admin.post(apiPaths.officeChannelPoints(office), { kind: 'qr', serviceId: DEMO.services[0]!.id });
    expect((await admin.post(apiPaths.channelPointCodes(qr.body.id), { count: 3 })).status).toBe(201);
    expect((await admin.put(apiPaths.administrationChannelSettings(DEMO.administration.id), { commentDays: 30 })).status).toBe(200);
    expect((await admin.patch(apiPaths.service(DEMO.services[1]!.id), { translations: { en: 'Local taxes' } })).status).toBe(200);
    const reasons = (await admin.get(apiPaths.administrationReasons(DEMO.administration.id))).body as { id: string; label: string; dimension: string | null }[];
    const translated = reasons.map((r, i) => ({ id: r.id, label: r.label, dimension: r.dimension, ...(i === 0 ? { translations: { en: 'Waiting time' } } : {}) }));
    expect((await admin.put(apiPaths.administrationReasons(DEMO.administration.id), { reasons: translated })).status).toBe(200);
    await signInAs(c.app, `viewer@${other.administrationId}.example.org`, 'a long enough password');
    await c.app.inject({ method: 'POST', url: apiPaths.session, payload: { email: ADMIN_EMAIL, password: 'not the password' } });
    await recordHeartbeat(c.store.db, TOTEM.id, { appVersion: '1.4.0+abc', pending: 3, held: 1, oldestQueuedAt: '2026-11-15T09:00:00.000Z', lastDeliveryAt: '2026-11-15T09:59:00.000Z', storage: { usage: 5_000_000_000, quota: 60_000_000_000 }, persisted: true }, new Date(NOW));
    await takeLease(c.store.db, 'job:retention', 6 * 3_600_000, new Date(NOW), 'a-collector-on-another-host');
    await c.store.db.insertInto('rate_limits').values({ key: 'POST /api/v1/session|198.51.100.7', count: 3, reset_at: '2026-11-15T10:01:00.000Z' }).execute();
    expect((await applyRetention(c.store.db, 300, new Date(NOW))).removed).toBeGreaterThan(100);
    return other;
  } finally {
    await c.close();
  }
}

// Needs the test PostgreSQL as its target: the whole file runs in the server-pg project only.
describe.runIf(TEST_STORE === 'postgres')('migrate-to-postgres', () => {
  let source: string;
  let targetDir: string;
  let target: Record<string, string>;
  let other: OtherAdministration;
  let before: string;
  let run: AdminRun;
  let sqlite: Store;
  let postgres: Store;

  beforeAll(async () => {
    source = makeTempDir();
    targetDir = makeTempDir();
    other = await seedInstallation(source);
    sqlite = await openStore({ dataDir: source });
    before = await digest(sqlite.db);
    const counts = await countTables(sqlite.db, 'sqlite');
    // The copy is shown on every table this installation fills, not on empty ones.
    expect(FILLED.filter((t) => !counts.get(t))).toEqual([]);
    await sqlite.close();

    target = await emptyStoreEnv(targetDir);
    run = await runAdmin({ DATA_DIR: source, DATABASE_URL: '' }, 'migrate-to-postgres', '--to', target.DATABASE_URL!);
    sqlite = await openStore({ dataDir: source }, { evenIfMoved: true });
    postgres = await openStore({ dataDir: targetDir, databaseUrl: target.DATABASE_URL });
  });

  afterAll(async () => {
    await sqlite?.close();
    await postgres?.close();
    if (source) await removeTempDir(source);
    if (targetDir) await removeTempDir(targetDir);
  });

  it('copies every table and says so, table by table', () => {
    expect(run).toMatchObject({ code: 0, stderr: '' });
    for (const table of TABLES) expect(run.stdout).toMatch(new RegExp(`^  ${table} +[\\d,]+$`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`Copied [\\d,]+ rows in ${TABLES.length} tables`));
    expect(run.stdout).toMatch(/Sequences set past the copied ids: none/);
    expect(run.stdout).toContain(`Next: start the collector with DATABASE_URL=${target.DATABASE_URL}`);
  });

  it('puts every row of every table into PostgreSQL as SQLite held it', async () => {
    expect(postgres.dialect).toBe('postgres');
    for (const table of TABLES) {
      const [from, to] = [await rowsOf(sqlite.db, table), await rowsOf(postgres.db, table)];
      if (FILLED.includes(table)) expect(to.length, table).toBeGreaterThan(0);
      expect(to, table).toEqual(from);
    }
  });

  it('gives the same reports on both stores: offices, administrations, the installation, bulletins', async () => {
    const on = (store: Store): ReportContext => ({ db: store.db, minSample: 30, now: new Date(NOW) });
    const offices = [...DEMO.offices.map((o) => o.id), other.officeId];
    const administrations = [DEMO.administration.id, other.administrationId];
    const reports = (store: Store) => [
      // To today: votes the collector re-dated to its own clock count on the day they arrived.
      ...offices.flatMap((o) => [buildOfficeReport(on(store), o, SPAN.from, NOW.slice(0, 10)), buildOfficeReport(on(store), o, '2026-10-01', '2026-10-31')]),
      ...administrations.flatMap((a) => [
        buildAdministrationReport(on(store), a, SPAN.from, SPAN.to),
        buildBulletin(on(store), a, { kind: 'month', month: '2026-10' }),
        buildBulletin(on(store), a, { kind: 'year', year: '2026' }),
      ]),
      buildInstallationReport(on(store), SPAN.from, SPAN.to),
      buildBulletin(on(store), null, { kind: 'year', year: '2026' }),
    ];
    const fromSqlite = await Promise.all(reports(sqlite));
    const fromPostgres = await Promise.all(reports(postgres));
    // Real figures on both sides: the year of the demo's first office, and the second comune's votes.
    const totals = (fromSqlite as { totals: { total: number } }[]).map((r) => r.totals?.total);
    expect(totals[0]).toBeGreaterThan(1000);
    expect(totals[4]).toBe(OTHER_VOTES);
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it('leaves the SQLite installation as it was', async () => {
    expect(await digest(sqlite.db)).toBe(before);
  });

  it('leaves a note beside the SQLite file: started without DATABASE_URL, a collector or the tool refuses it, naming the database', async () => {
    expect(run.stdout).toContain(`with a note beside it (${source}/gradimento.sqlite.moved-to-postgresql)`);
    const refused = await openStore({ dataDir: source }).then(() => null, (err: Error & { code?: string }) => err);
    expect(refused?.code).toBe('moved_to_postgres');
    expect(refused?.message).toContain(`moved to PostgreSQL (${postgres.location})`);
    const tool = await runAdmin({ DATA_DIR: source, DATABASE_URL: '' }, 'list-users');
    expect(tool.code).toBe(1);
    expect(tool.stderr).toMatch(/DATABASE_URL is not set.*Fix: set DATABASE_URL to that database/s);
  });

  it('refuses a database that already holds data, and changes nothing', async () => {
    const again = await runAdmin({ DATA_DIR: source, DATABASE_URL: '' }, 'migrate-to-postgres', '--to', target.DATABASE_URL!);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds data \(2 administrations, 3 offices, 3 terminals, 4 channel points, [\d,]+ votes, 2 people, [\d,]+ audit entries\): migrate-to-postgres only fills an empty database, so nothing was copied/);
    for (const table of TABLES) expect(await rowsOf(postgres.db, table), table).toEqual(await rowsOf(sqlite.db, table));
  });
});

describe.runIf(TEST_STORE === 'postgres')('a migrate-to-postgres pointed at another application\'s database', () => {
  let source: string;
  let targetDir: string;
  beforeAll(async () => {
    source = makeTempDir();
    targetDir = makeTempDir();
    const c = await startCollector({ dir: source, env: { DATABASE_URL: '' }, now: fixedClock(NOW) });
    await c.close();
  });
  afterAll(async () => {
    if (source) await removeTempDir(source);
    if (targetDir) await removeTempDir(targetDir);
  });

  it('refuses it as it is, naming its tables, and creates nothing there', async () => {
    const target = await emptyStoreEnv(targetDir);
    const other = new pg.Pool({ connectionString: target.DATABASE_URL });
    try {
      await other.query('create table invoices (id integer primary key, total numeric)');
      const run = await runAdmin({ DATA_DIR: source, DATABASE_URL: '' }, 'migrate-to-postgres', '--to', target.DATABASE_URL!);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/holds tables that are not gradimento's \(invoices\): migrate-to-postgres only fills an empty database of its own, so nothing was created or copied there\. Fix: create an empty database/);
      const tables = await other.query(`select table_name from information_schema.tables where table_schema = current_schema() order by table_name`);
      expect(tables.rows.map((r: { table_name: string }) => r.table_name)).toEqual(['invoices']);
    } finally {
      await other.end();
    }
  });
});

describe.runIf(TEST_STORE === 'postgres')('a migrate-to-postgres that cannot finish', () => {
  let source: string;
  let targetDir: string;
  let target: Record<string, string>;
  beforeAll(async () => {
    source = makeTempDir();
    targetDir = makeTempDir();
    const c = await startCollector({ dir: source, env: { DATABASE_URL: '' }, now: fixedClock(NOW) });
    await c.close();
    target = await emptyStoreEnv(targetDir);
  });
  afterAll(async () => {
    if (source) await removeTempDir(source);
    if (targetDir) await removeTempDir(targetDir);
  });

  const targetCounts = async () => {
    const store = await openStore({ dataDir: targetDir, databaseUrl: target.DATABASE_URL });
    try {
      return [...(await countTables(store.db, 'postgres')).values()].reduce((a, b) => a + b, 0);
    } finally {
      await store.close();
    }
  };

  it('refuses a table it does not know how to copy, naming it', async () => {
    const store = await openStore({ dataDir: source });
    await sql`create table visit_tickets (id text primary key)`.execute(store.db);
    await store.close();
    const run = await runAdmin({ DATA_DIR: source, DATABASE_URL: '' }, 'migrate-to-postgres', '--to', target.DATABASE_URL!);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/holds tables this version does not know how to copy \(visit_tickets\)/);
    expect(await targetCounts()).toBe(0);
  });

  it('rolls back a copy that fails half-way: the target stays empty, and a second try succeeds', async () => {
    const store = await openStore({ dataDir: source });
    await sql`drop table visit_tickets`.execute(store.db);
    // SQLite keeps a NUL inside text; PostgreSQL refuses it. audit_log comes after votes and the rollups.
    await store.db.insertInto('audit_log').values({ id: 'nul', at: NOW, actor_id: null, actor_email: null, administration_id: null, action: 'test', target_type: 'test', target_id: 'x', details: '{"note":"a\u0000b"}' }).execute();
    await store.close();
    const run = await runAdmin({ DATA_DIR: source, DATABASE_URL: '' }, 'migrate-to-postgres', '--to', target.DATABASE_URL!);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Copying audit_log failed: .*Nothing was committed/s);
    expect(await targetCounts()).toBe(0);

    const fix = await openStore({ dataDir: source });
    await fix.db.deleteFrom('audit_log').where('id', '=', 'nul').execute();
    await fix.close();
    const retry = await runAdmin({ DATA_DIR: source, DATABASE_URL: '' }, 'migrate-to-postgres', '--to', target.DATABASE_URL!);
    expect(retry.code).toBe(0);
    expect(await targetCounts()).toBeGreaterThan(0);
  });
});

// Refused before any database is opened: the same on either project, so run once.
describe.runIf(TEST_STORE === 'sqlite')('migrate-to-postgres, asked wrongly', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir();
  });
  afterAll(async () => removeTempDir(dir));

  it.each([
    ['no --to', [], /needs --to, the PostgreSQL database to fill/],
    ['a URL of another engine', ['--to', 'mysql://u:secret@db/gradimento'], /--to must be a postgres:\/\/ or postgresql:\/\/ URL, not "mysql:\/\/u:\*\*\*@db\/gradimento"/],
    ['a URL without a database', ['--to', 'postgres://u@db:5432'], /--to must name the database after the host/],
  ])('exits with 1 and says what to fix for %s', async (_name, args, message) => {
    const run = await runAdmin({ DATA_DIR: dir, DATABASE_URL: '' }, 'migrate-to-postgres', ...args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain('secret');
  });

  it('exits with 1 when DATA_DIR holds no installation, and creates none', async () => {
    const run = await runAdmin({ DATA_DIR: dir, DATABASE_URL: '' }, 'migrate-to-postgres', '--to', 'postgres://u@127.0.0.1:1/gradimento');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/There is no embedded database at .*gradimento\.sqlite\. Fix: set DATA_DIR/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
