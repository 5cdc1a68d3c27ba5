// npm run admin -- backup / restore on the store of the project (SQLite, or the test PostgreSQL with pg_dump): a backup
// taken while terminals keep sending batches to a running collector restores to a consistent database that reports work on.
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { openStore, type Store } from '../../../server/store/database';
import { chooseDialect } from '../../../server/store/dialect';
import { migrationProvider } from '../../../server/store/migrations/index';
import { DEMO } from '../../../server/store/seed-demo';
import { buildAdministrationReport } from '../../../server/reports/levels/build-administration-report';
import { buildBulletin } from '../../../server/reports/levels/build-bulletin';
import { buildInstallationReport } from '../../../server/reports/levels/build-installation-report';
import { buildOfficeReport, type ReportContext } from '../../../server/reports/office/build-office-report';
import { as } from '../admin/admin-api';
import { runAdmin, type AdminRun } from '../helpers/admin-cli';
import { rollupDifferences } from '../helpers/recount-rollups';
import { emptyStoreEnv, listen, makeTempDir, removeTempDir, startCollector, storeEnv, TEST_STORE, type TestCollector } from '../helpers/test-collector';
import { TerminalLoad } from '../helpers/terminal-load';

// Backups and restores of a store next to a collector under load.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

const voteIds = async (store: Store) => new Set((await store.db.selectFrom('votes').select('id').execute()).map((v) => v.id));

describe(`a backup taken while votes arrive, restored (${TEST_STORE})`, () => {
  let source: string;
  let restoredDir: string;
  let file: string;
  let c: TestCollector;
  let terminals: TerminalLoad;
  let backup: AdminRun;
  let restore: AdminRun;
  let before: Set<string>;
  let during: string[];
  let liveVotes: number;
  let restored: Store;
  /** A second backup, taken once the terminals had stopped, restored into a store of its own. */
  let atRestDir: string;
  let atRest: Store;

  beforeAll(async () => {
    source = makeTempDir();
    restoredDir = makeTempDir();
    file = path.join(restoredDir, TEST_STORE === 'sqlite' ? 'backup.sqlite' : 'backup.dump');
    c = await startCollector({ dir: source });
    const base = await listen(c);
    terminals = new TerminalLoad(() => [base], c.tokens);
    terminals.start();
    await terminals.until(300);

    const started = Date.now();
    before = new Set(terminals.ackedBetween(0, started));
    backup = await runAdmin(await storeEnv(source), 'backup', '--to', file);
    const ended = Date.now();
    during = terminals.ackedBetween(started, ended);
    // And some more after it, which the backup must not hold.
    await terminals.until(terminals.acked.size + 100);
    await terminals.stop();
    liveVotes = (await voteIds(c.store)).size;

    const target = await emptyStoreEnv(restoredDir);
    restore = await runAdmin(target, 'restore', '--from', file);
    restored = await openStore({ dataDir: restoredDir, databaseUrl: target.DATABASE_URL || null });

    atRestDir = makeTempDir();
    const atRestFile = path.join(atRestDir, 'at-rest.bak');
    expect(await runAdmin(await storeEnv(source), 'backup', '--to', atRestFile)).toMatchObject({ code: 0, stderr: '' });
    const atRestEnv = await emptyStoreEnv(atRestDir);
    expect(await runAdmin(atRestEnv, 'restore', '--from', atRestFile)).toMatchObject({ code: 0, stderr: '' });
    atRest = await openStore({ dataDir: atRestDir, databaseUrl: atRestEnv.DATABASE_URL || null });
  });

  afterAll(async () => {
    await restored?.close();
    await atRest?.close();
    if (atRestDir) await removeTempDir(atRestDir);
    await c?.close();
    if (source) await removeTempDir(source);
    if (restoredDir) await removeTempDir(restoredDir);
  });

  it('took the backup while the collector stored batches, none refused', () => {
    expect(terminals.refusals).toEqual([]);
    expect(terminals.failures).toEqual([]);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(during.length).toBeGreaterThan(0);
    const kind = TEST_STORE === 'sqlite' ? 'SQLite file' : 'pg_dump archive \\(custom format\\)';
    expect(backup.stdout).toMatch(new RegExp(`^Backed up .+ \\(schema \\d{3}-[\\w-]+\\) to ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, a ${kind} of [\\d.]+ [KM]B with \\d+ tables`, 'm'));
    expect(backup.stdout).toContain(`Restore it with: npm run admin -- restore --from ${file}`);
  });

  it('wrote one private file, only once complete', () => {
    expect(fs.readdirSync(restoredDir).filter((f) => f.startsWith(path.basename(file)))).toEqual([path.basename(file)]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const head = fs.readFileSync(file).subarray(0, 16).toString('latin1');
    expect(head.startsWith(TEST_STORE === 'sqlite' ? 'SQLite format 3\0' : 'PGDMP')).toBe(true);
  });

  it('restores into an empty store every vote acknowledged before the backup began, and no vote never sent', async () => {
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    expect(restore.stdout).toMatch(/^Restored .+ \(schema \d{3}-[\w-]+\) into .+: 1 administration, 2 offices, 2 terminals, [\d,]+ votes, 1 person, [\d,]+ audit entries\.$/m);
    const ids = await voteIds(restored);
    expect([...before].filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => !terminals.sent.has(id))).toEqual([]);
    // A snapshot from the middle of the stream: more than before it began, less than the end.
    expect(ids.size).toBeGreaterThanOrEqual(before.size);
    expect(ids.size).toBeLessThan(liveVotes);
  });

  it('holds a consistent state: every restored vote has its rollups, and the rollups count no other vote', async () => {
    expect(await rollupDifferences(restored.db)).toEqual([]);
  });

  it('serves reports on the restored database that total its votes', async () => {
    await restored.close();
    const again = await startCollector({ dir: restoredDir });
    try {
      const admin = as(again.app, again.admin);
      const days = await again.store.db.selectFrom('votes').select((eb) => [eb.fn.min('day').as('from'), eb.fn.max('day').as('to')]).executeTakeFirstOrThrow();
      for (const office of DEMO.offices) {
        const report = await admin.get(`${apiPaths.officeReport(office.id)}?from=${days.from}&to=${days.to}`);
        expect(report.status).toBe(200);
        const raw = await again.store.db.selectFrom('votes').select('id').where('office_id', '=', office.id).execute();
        expect(raw.length).toBeGreaterThan(0);
        expect(report.body.totals.total).toBe(raw.length);
      }
      expect((await admin.get(`${apiPaths.administrationReport(DEMO.administration.id)}?from=${days.from}&to=${days.to}`)).status).toBe(200);
      expect((await admin.get(`${apiPaths.administrationBulletin(DEMO.administration.id)}?month=${days.to!.slice(0, 7)}`)).status).toBe(200);
    } finally {
      await again.close();
      restored = await openStore({ dataDir: restoredDir, databaseUrl: (await storeEnv(restoredDir)).DATABASE_URL || null });
    }
  });

  it('restores a backup taken once the votes stopped to the same reports as the live store, figure for figure', async () => {
    const days = await c.store.db.selectFrom('votes').select((eb) => [eb.fn.min('day').as('from'), eb.fn.max('day').as('to')]).executeTakeFirstOrThrow();
    const now = new Date();
    const reports = (store: Store) => {
      const on: ReportContext = { db: store.db, minSample: 30, now };
      return Promise.all([
        ...DEMO.offices.map((o) => buildOfficeReport(on, o.id, days.from!, days.to!)),
        buildAdministrationReport(on, DEMO.administration.id, days.from!, days.to!),
        buildBulletin(on, DEMO.administration.id, { kind: 'month', month: days.to!.slice(0, 7) }),
        buildInstallationReport(on, days.from!, days.to!),
      ]);
    };
    const live = await reports(c.store);
    // Real figures: every vote the terminals sent is in the live reports.
    expect((live.slice(0, DEMO.offices.length) as { totals: { total: number } }[]).reduce((n, r) => n + r.totals.total, 0)).toBe(liveVotes);
    expect(await voteIds(atRest)).toEqual(await voteIds(c.store));
    expect(await reports(atRest)).toEqual(live);
  });

  it('refuses to restore over a store that holds data, saying what it would replace, and changes nothing', async () => {
    const run = await runAdmin(await storeEnv(source), 'restore', '--from', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`holds data \\(1 administration, 2 offices, 2 terminals, ${liveVotes.toLocaleString('en')} votes, 1 person, [\\d,]+ audit entries\\): restoring .+ would replace all of it\\.( It would drop [\\d,]+ votes? the backup lacks \\(compared by id\\).+\\.)? Nothing was changed\\. Fix: stop .+ with --force\\.`));
    expect((await voteIds(c.store)).size).toBe(liveVotes);
  });

  it('with --force, once the collector has stopped, puts the backup in place of what the store held', async () => {
    const inBackup = await voteIds(restored);
    await c.close();
    const run = await runAdmin(await storeEnv(source), 'restore', '--from', file, '--force');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`Replaced what it held before: 1 administration, 2 offices, 2 terminals, ${liveVotes.toLocaleString('en')} votes`);
    const back = await openStore({ dataDir: source, databaseUrl: (await storeEnv(source)).DATABASE_URL || null });
    try {
      expect(await voteIds(back)).toEqual(inBackup);
      expect(await rollupDifferences(back.db)).toEqual([]);
    } finally {
      await back.close();
    }
  });
});

describe(`backup and restore, refused (${TEST_STORE})`, () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir();
  });
  afterAll(async () => removeTempDir(dir));

  it('never overwrites an existing file', async () => {
    const file = path.join(dir, 'taken.bak');
    fs.writeFileSync(file, 'an earlier backup');
    const run = await runAdmin(await storeEnv(dir), 'backup', '--to', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/taken\.bak already exists: a backup never overwrites a file/);
    expect(fs.readFileSync(file, 'utf8')).toBe('an earlier backup');
  });

  it('restores nothing from a file that is not a backup', async () => {
    const file = path.join(dir, 'notes.txt');
    fs.writeFileSync(file, 'not a database');
    const run = await runAdmin(await storeEnv(dir), 'restore', '--from', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/notes\.txt is neither a SQLite database nor a pg_dump archive/);
  });

  it.each([
    ['backup', '--to', /backup needs --to FILE, the new file to write the backup to\. Fix: npm run admin -- backup --to \//],
    ['restore', '--from', /restore needs --from FILE, the backup file to put in place\. Fix: npm run admin -- restore --from \//],
  ])('%s without %s says what to name', async (command, _flag, message) => {
    const run = await runAdmin(await storeEnv(dir), command);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it('says so when the file to restore is not there, and how to name one', async () => {
    const run = await runAdmin(await storeEnv(dir), 'restore', '--from', path.join(dir, 'missing.bak'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/There is no file .*missing\.bak\. Fix: --from names a file made by npm run admin -- backup\./);
  });

  it('says so when the folder to write the backup in is not there, and writes nothing', async () => {
    const env = await storeEnv(dir);
    // An installation to back up, so that the folder is the only thing wrong.
    await (await openStore({ dataDir: dir, databaseUrl: env.DATABASE_URL || null })).close();
    const run = await runAdmin(env, 'backup', '--to', path.join(dir, 'no-such-folder', 'x.bak'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Cannot write .*no-such-folder\/x\.bak\.partial \(ENOENT\)\. Fix: --to names a file in a folder that exists/);
    expect(fs.existsSync(path.join(dir, 'no-such-folder'))).toBe(false);
  });

  it.runIf(TEST_STORE === 'sqlite')('says so when DATA_DIR holds no installation, and creates none', async () => {
    const empty = path.join(dir, 'nothing-here');
    const run = await runAdmin({ DATA_DIR: empty, DATABASE_URL: '' }, 'backup', '--to', path.join(dir, 'x.sqlite'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/There is no embedded database at .*nothing-here\/gradimento\.sqlite/);
    expect(fs.existsSync(empty)).toBe(false);
  });

  it.runIf(TEST_STORE === 'postgres')('says plainly when pg_dump is missing, and how to get it', async () => {
    const run = await runAdmin({ ...(await storeEnv(dir)), PG_BIN: '/nonexistent' }, 'backup', '--to', path.join(dir, 'x.dump'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/pg_dump was not found \(looked in PG_BIN=\/nonexistent\).*Fix: apt-get install postgresql-client/s);
    expect(fs.existsSync(path.join(dir, 'x.dump'))).toBe(false);
  });

  it.runIf(TEST_STORE === 'postgres')('refuses a SQLite backup for a PostgreSQL store, pointing to migrate-to-postgres', async () => {
    const file = path.join(dir, 'embedded.sqlite');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(100)]));
    const run = await runAdmin(await storeEnv(dir), 'restore', '--from', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is a backup of an embedded \(SQLite\) installation.*migrate-to-postgres/s);
  });
});

describe(`backups across schema versions, and damaged ones (${TEST_STORE})`, () => {
  let dirs: string[] = [];
  const dir = () => {
    const d = makeTempDir();
    dirs.push(d);
    return d;
  };
  beforeEach(() => {
    dirs = [];
  });
  afterEach(async () => {
    for (const d of dirs) await removeTempDir(d);
  });

  const open = async (d: string) => openStore({ dataDir: d, databaseUrl: (await storeEnv(d)).DATABASE_URL || null });
  const administrations = async (d: string) => {
    const store = await open(d);
    try {
      return (await store.db.selectFrom('administrations').select('id').orderBy('id').execute()).map((a) => a.id);
    } finally {
      await store.close();
    }
  };
  /** A store holding one administration of that id (migrated to the latest schema). */
  const storeWith = async (d: string, id: string) => {
    const store = await open(d);
    await store.db.insertInto('administrations').values({ id, name: id, created_at: '2026-01-01T00:00:00.000Z' }).execute();
    await store.close();
    return storeEnv(d);
  };
  const latest = async () => Object.keys(await migrationProvider.getMigrations()).sort().at(-1)!;

  it('restores a backup of an older schema over a newer store with --force; the collector then brings it up to date', async () => {
    const old = dir();
    const oldEnv = await emptyStoreEnv(old);
    const choice = chooseDialect({ dataDir: old, databaseUrl: oldEnv.DATABASE_URL || null });
    const db = new Kysely<any>({ dialect: choice.dialect, plugins: choice.plugins });
    expect((await new Migrator({ db, provider: migrationProvider }).migrateTo('002-people-and-enrolment')).error).toBeUndefined();
    await db.insertInto('administrations').values({ id: 'vecchio', name: 'Comune (2025)', created_at: '2025-01-01T00:00:00.000Z' }).execute();
    await db.destroy();
    const file = path.join(old, 'old.bak');
    const backup = await runAdmin(oldEnv, 'backup', '--to', file);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain('(schema 002-people-and-enrolment)');

    const current = dir();
    const restore = await runAdmin(await storeWith(current, 'nuovo'), 'restore', '--from', file, '--force');
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    expect(restore.stdout).toContain('(schema 002-people-and-enrolment)');
    // Opening it is what the collector does at start: every later migration runs again.
    expect(await administrations(current)).toEqual(['vecchio']);
    const store = await open(current);
    try {
      expect((await store.db.selectFrom('kysely_migration' as any).select('name').orderBy('name', 'desc').executeTakeFirstOrThrow()).name).toBe(await latest());
    } finally {
      await store.close();
    }
  });

  it('refuses a backup made by a newer version, and changes nothing', async () => {
    const newer = dir();
    const env = await storeWith(newer, 'futuro');
    const store = await open(newer);
    await store.db.insertInto('kysely_migration' as any).values({ name: '999-from-the-future', timestamp: '2030-01-01T00:00:00.000Z' }).execute();
    await store.close();
    const file = path.join(newer, 'newer.bak');
    expect((await runAdmin(env, 'backup', '--to', file)).code).toBe(0);

    const target = dir();
    const run = await runAdmin(await storeWith(target, 'oggi'), 'restore', '--from', file, '--force');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/was taken by a newer gradimento \(schema 999-from-the-future\): this version cannot run on it/);
    expect(await administrations(target)).toEqual(['oggi']);
  });

  it('restores nothing from a damaged backup, even with --force: the store stays as it was', async () => {
    const source = dir();
    const env = await storeWith(source, 'integro');
    const file = path.join(source, 'whole.bak');
    expect((await runAdmin(env, 'backup', '--to', file)).code).toBe(0);
    const damaged = path.join(source, 'damaged.bak');
    const bytes = fs.readFileSync(file);
    // PostgreSQL: the end cut off, so the archive's table of contents and schema still read and
    // the restore itself breaks off on the last tables' data (votes...), inside its transaction.
    fs.writeFileSync(damaged, bytes.subarray(0, TEST_STORE === 'sqlite' ? Math.floor(bytes.length * 0.6) : bytes.length - 30));

    const target = dir();
    const run = await runAdmin(await storeWith(target, 'oggi'), 'restore', '--from', damaged, '--force');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(TEST_STORE === 'sqlite' ? /damaged\.bak is damaged \(SQLite's quick_check/ : /The restore failed and was rolled back: the database is as it was/);
    expect(await administrations(target)).toEqual(['oggi']);
  });

  it.runIf(TEST_STORE === 'postgres')('refuses a database that also holds tables gradimento does not know', async () => {
    const source = dir();
    const file = path.join(source, 'whole.bak');
    expect((await runAdmin(await storeWith(source, 'integro'), 'backup', '--to', file)).code).toBe(0);
    const target = dir();
    const env = await storeEnv(target);
    const store = await open(target);
    await store.db.schema.createTable('visit_tickets').addColumn('id', 'text').execute();
    await store.close();
    const run = await runAdmin(env, 'restore', '--from', file, '--force');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/also holds tables gradimento does not know \(visit_tickets\): a restore replaces the whole database, so it is refused/);
  });

  it.runIf(TEST_STORE === 'sqlite')('refuses a pg_dump archive for an embedded installation, pointing to DATABASE_URL', async () => {
    const d = dir();
    const file = path.join(d, 'site.dump');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('PGDMP', 'latin1'), Buffer.alloc(100)]));
    const run = await runAdmin({ DATA_DIR: d, DATABASE_URL: '' }, 'restore', '--from', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is a pg_dump archive of a PostgreSQL store, and DATABASE_URL is not set/);
  });
});

describe(`backup and restore, wrong paths (${TEST_STORE})`, () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir();
  });
  afterAll(async () => removeTempDir(dir));

  it('says so when --from names a folder', async () => {
    const run = await runAdmin(await storeEnv(dir), 'restore', '--from', dir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/ is a folder, not a backup file\. Fix: --from names a file made by npm run admin -- backup/);
  });

  it('says so when --to is under a file, or is a folder, and writes nothing', async () => {
    const env = await storeEnv(dir);
    await (await openStore({ dataDir: dir, databaseUrl: env.DATABASE_URL || null })).close();
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'x');
    const under = await runAdmin(env, 'backup', '--to', path.join(file, 'x.bak'));
    expect(under.code).toBe(1);
    expect(under.stderr.trim()).toMatch(/^Cannot write .*a-file\/x\.bak: .*a-file is a file, not a folder\. Fix: /);
    const folder = await runAdmin(env, 'backup', '--to', dir);
    expect(folder.code).toBe(1);
    expect(folder.stderr.trim()).toMatch(/ is a folder: --to names the new backup file\. Fix: --to /);
  });

  it.runIf(TEST_STORE === 'sqlite')('blames a damaged source, not the copy, and leaves no partial file', async () => {
    const damaged = makeTempDir();
    try {
      const store = await openStore(damaged);
      await store.db.insertInto('administrations').values({ id: 'a', name: 'A', created_at: '2026-01-01T00:00:00.000Z' }).execute();
      await store.close();
      const live = path.join(damaged, 'gradimento.sqlite');
      // A page in the middle overwritten: SQLite still opens the file, its check does not pass.
      const bytes = fs.readFileSync(live);
      bytes.fill(0x55, 4096 * 2, 4096 * 4);
      fs.writeFileSync(live, bytes);
      const target = path.join(dir, 'of-damaged.bak');
      const run = await runAdmin({ DATA_DIR: damaged, DATABASE_URL: '' }, 'backup', '--to', target);
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toMatch(new RegExp(`^The backup of ${live} failed: ${live} is damaged \\(SQLite's quick_check: .*\\)\\. Nothing was written to .*of-damaged\\.bak\\. Fix: check the disk`));
      expect(run.stderr).not.toMatch(/\.partial/);
      expect(fs.readdirSync(dir).filter((f) => f.startsWith('of-damaged'))).toEqual([]);
    } finally {
      fs.rmSync(damaged, { recursive: true, force: true });
    }
  });
});
