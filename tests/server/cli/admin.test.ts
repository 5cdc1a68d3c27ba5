// The admin command, run as the IT staff run it (npm run admin -- ...): create-user, set-password, list-users, its errors.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { MAX_FAILED_SIGN_INS } from '../../../server/auth/sign-in';
import { DEMO } from '../../../server/store/seed-demo';
import { runAdmin, runAdminProcess, runAdminWithTsx } from '../helpers/admin-cli';
import { emptyStoreEnv, makeTempDir, removeTempDir, signInAs, startCollector, storeEnv, TEST_PASSWORD, TEST_STORE, type TestCollector } from '../helpers/test-collector';
import pg from 'pg';
import { Kysely, Migrator } from 'kysely';
import { chooseDialect } from '../../../server/store/dialect';
import { openStore } from '../../../server/store/database';
import { migrationProvider } from '../../../server/store/migrations';

// A few runs start a Node process of their own; some tests run several.
vi.setConfig({ testTimeout: 60_000 });

let dir: string;
let c: TestCollector | undefined;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(async () => {
  await c?.close();
  c = undefined;
  await removeTempDir(dir);
});

const admin = async (...args: string[]) => runAdmin(await storeEnv(dir), ...args);

const signIn = (email: string, password: string) => c!.app.inject({ method: 'POST', url: apiPaths.session, payload: { email, password } });

describe('create-user', () => {
  it('creates an installation admin who can sign in, with that role', async () => {
    // Through tsx, as npm run admin runs it; the other tests run the same sources compiled once (admin-cli.ts).
    const run = await runAdminWithTsx(await storeEnv(dir), 'create-user', '--email', 'Capo@Comune.example.org', '--name', 'Capo CED', '--role', 'installation_admin', '--password', TEST_PASSWORD);
    expect(run).toMatchObject({ code: 0, stderr: expect.not.stringMatching(/error/i) });
    expect(run.stdout).toMatch(/^Created capo@comune\.example\.org \(installation_admin\), id [\w-]+/);
    expect(run.stdout).not.toContain(TEST_PASSWORD);
    c = await startCollector({ dir, noAdmin: true });
    const session = await signInAs(c.app, 'capo@comune.example.org');
    const me = await c.app.inject({ url: apiPaths.session, headers: { cookie: session.cookie } });
    expect(me.json()).toMatchObject({ user: { name: 'Capo CED' }, grants: [{ role: 'installation_admin', administrationId: null, officeId: null }] });
  });

  it('generates, prints and sets a strong password when none is given', async () => {
    c = await startCollector({ dir, noAdmin: true });
    const office = DEMO.offices[0]!.id;
    const run = await admin('create-user', '--email', 'resp@comune.example.org', '--name', 'Responsabile', '--role', 'office_manager', '--administration', DEMO.administration.id, '--office', office);
    expect(run.code).toBe(0);
    const password = /Password: (\S+)/.exec(run.stdout)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(12);
    const session = await signInAs(c.app, 'resp@comune.example.org', password);
    const me = await c.app.inject({ url: apiPaths.session, headers: { cookie: session.cookie } });
    expect(me.json().grants).toEqual([{ role: 'office_manager', administrationId: DEMO.administration.id, officeId: office }]);
  });

  it.each([
    ['a role that does not exist', ['--role', 'superuser'], /--role must be one of installation_admin, administration_admin, office_manager, viewer/],
    ['a role without the scope it needs', ['--role', 'office_manager', '--administration', 'valdoria'], /office_manager needs an administrationId and an officeId/],
    ['a short password', ['--role', 'installation_admin', '--password', 'short'], /at least 12 characters/],
    ['a password of spaces', ['--role', 'installation_admin', '--password', ' '.repeat(12)], /not all spaces/],
    ['a missing --name', ['--role', 'installation_admin', '--name', ''], /needs --email, --name and --role/],
    // As the dashboard would refuse them: nothing visible, or longer than any name there.
    ['a --name of spaces and invisible characters', ['--role', 'installation_admin', '--name', '  \u200B '], /--name must have something visible in it, not only spaces/],
    ['a --name of 201 characters', ['--role', 'installation_admin', '--name', 'x'.repeat(201)], /--name may have at most 200 characters, as on the dashboard/],
  ])('exits with 1 and says what to fix for %s, creating nobody', async (_name, extra, message) => {
    const run = await admin('create-user', '--email', 'x@comune.example.org', '--name', 'X', ...extra);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    const list = await admin('list-users');
    expect(list.stdout.trim()).toBe('No users yet.');
  });

  it('says when it made a new installation, and where; not when one was there', async () => {
    // An empty database on either store (storeEnv's PostgreSQL one comes with the tables made).
    const env = await emptyStoreEnv(dir);
    const admin = (...args: string[]) => runAdmin(env, ...args);
    const first = await admin('create-user', '--email', 'a@comune.example.org', '--name', '  Anna  ', '--role', 'installation_admin');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/\nThis was a new installation, created at \S+: the collector finds this person only if it uses the same (DATA_DIR|DATABASE_URL) \(npm start prints it as "Data:"\)\.\n?$/);
    const second = await admin('create-user', '--email', 'b@comune.example.org', '--name', 'Bruno', '--role', 'installation_admin');
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('new installation');
    // Stored as the dashboard stores names, without the spaces around.
    expect((await admin('list-users')).code).toBe(0);
    const store = await openStore({ dataDir: dir, databaseUrl: env.DATABASE_URL || null });
    try {
      expect((await store.db.selectFrom('users').select('name').where('email', '=', 'a@comune.example.org').executeTakeFirstOrThrow()).name).toBe('Anna');
    } finally {
      await store.close();
    }
  });

  it('exits with 1 for an e-mail already in use', async () => {
    expect((await admin('create-user', '--email', 'a@comune.example.org', '--name', 'A', '--role', 'installation_admin')).code).toBe(0);
    const again = await admin('create-user', '--email', 'A@comune.example.org', '--name', 'A bis', '--role', 'installation_admin');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('exits with 1 and the usage for an unknown command', async () => {
    // In a process of its own, as the other tests' refusals are not: the exit code is the process's.
    const run = await runAdminProcess(await storeEnv(dir), 'make-coffee');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Usage/);
    expect(run.stderr).toMatch(/create-user/);
  });
});

describe('set-password', () => {
  it('sets a new password, unlocks the account and ends its sessions', async () => {
    expect((await admin('create-user', '--email', 'a@comune.example.org', '--name', 'A', '--role', 'installation_admin', '--password', TEST_PASSWORD)).code).toBe(0);
    c = await startCollector({ dir, noAdmin: true });
    const session = await signInAs(c.app, 'a@comune.example.org');
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await signIn('a@comune.example.org', 'wrong');
    expect((await signIn('a@comune.example.org', TEST_PASSWORD)).statusCode).toBe(429);

    const run = await admin('set-password', '--email', 'A@comune.example.org', '--password', 'the new passphrase');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/New password set for a@comune\.example\.org/);
    expect((await c.app.inject({ url: apiPaths.session, headers: { cookie: session.cookie } })).json()).toEqual({ user: null });
    expect((await signIn('a@comune.example.org', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn('a@comune.example.org', 'the new passphrase')).statusCode).toBe(200);
  });

  it('says that a disabled account stays disabled', async () => {
    c = await startCollector({ dir, noAdmin: true });
    expect((await admin('create-user', '--email', 'd@comune.example.org', '--name', 'D', '--role', 'installation_admin')).code).toBe(0);
    await c.store.db.updateTable('users').set({ disabled_at: '2026-03-01T00:00:00.000Z' }).where('email', '=', 'd@comune.example.org').execute();
    const run = await admin('set-password', '--email', 'd@comune.example.org', '--password', 'the new passphrase');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('New password set for d@comune.example.org\nThe account is disabled: it signs in only once an administrator enables it again (dashboard, page «Persone»).\n');
  });

  it('exits with 1 for an unknown e-mail', async () => {
    c = await startCollector({ dir, noAdmin: true });
    const run = await admin('set-password', '--email', 'nobody@comune.example.org');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No person with the e-mail nobody@comune\.example\.org/);
  });
});

describe('a database at an older schema', () => {
  it('is refused, not upgraded under a collector of that version, and left as it was', async () => {
    // The installation as the version before the last migration left it.
    const env = await emptyStoreEnv(dir);
    const choice = chooseDialect({ dataDir: dir, databaseUrl: env.DATABASE_URL || null });
    const old = new Kysely<any>({ dialect: choice.dialect, plugins: choice.plugins });
    const all = Object.keys(await migrationProvider.getMigrations());
    const last = all.at(-1)!;
    try {
      expect((await new Migrator({ db: old, provider: migrationProvider }).migrateTo(all.at(-2)!)).error).toBeUndefined();
      await old.insertInto('users').values({ id: 'u1', email: 'a@comune.example.org', name: 'A', password_hash: 'x', created_at: '2026-03-01T00:00:00.000Z' }).execute();
    } finally {
      await old.destroy();
    }
    for (const args of [['list-users'], ['set-password', '--email', 'a@comune.example.org'], ['create-user', '--email', 'b@comune.example.org', '--name', 'B', '--role', 'installation_admin']]) {
      const run = await runAdmin(env, ...args);
      expect(run.code, args[0]).toBe(1);
      expect(run.stderr).toContain(`is at an older schema than this version (1 migration to run: ${last}), and this command does not upgrade it under a collector of the older version. Fix: start this version's collector once`);
    }
    const again = new Kysely<any>({ dialect: chooseDialect({ dataDir: dir, databaseUrl: env.DATABASE_URL || null }).dialect });
    try {
      const done = await again.selectFrom('kysely_migration').select('name').execute();
      expect(done.map((m) => m.name)).not.toContain(last);
    } finally {
      await again.destroy();
    }
  });
});

describe('list-users', () => {
  it('lists people with their roles', async () => {
    // The demo gives the installation an administration and offices to grant roles over.
    c = await startCollector({ dir, noAdmin: true });
    await admin('create-user', '--email', 'v@comune.example.org', '--name', 'V', '--role', 'viewer', '--administration', 'valdoria', '--office', 'valdoria-municipio');
    await admin('create-user', '--email', 'a@comune.example.org', '--name', 'A', '--role', 'installation_admin');
    const run = await admin('list-users');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual(['a@comune.example.org\tinstallation_admin\t', 'v@comune.example.org\tviewer\tvaldoria/valdoria-municipio']);
  });

  it('exits with 1 and names the problem for an administration or office that does not exist, is another\'s, or is archived', async () => {
    c = await startCollector({ dir, noAdmin: true });
    await c.store.db.insertInto('administrations').values({ id: 'altrove', name: 'Comune di Altrove', created_at: '2026-01-01T00:00:00Z', archived_at: '2026-02-01T00:00:00Z' }).execute();
    await c.store.db.updateTable('offices').set({ archived_at: '2026-02-02T00:00:00Z' }).where('id', '=', 'valdoria-san-rocco').execute();
    const cases: [string[], RegExp][] = [
      [['--administration', 'nowhere'], /administration "nowhere"/],
      [['--administration', 'valdoria', '--office', 'nowhere'], /office "nowhere"/],
      [['--administration', 'altrove', '--office', 'valdoria-municipio'], /office "valdoria-municipio".*altrove/],
      [['--administration', 'altrove'], /^The administration "altrove" was archived on 2026-02-01: it takes no new roles\.$/m],
      [['--administration', 'valdoria', '--office', 'valdoria-san-rocco'], /^The office "valdoria-san-rocco" was archived on 2026-02-02: it takes no new roles\.$/m],
    ];
    // At once: each is refused before it writes anything.
    const runs = await Promise.all(cases.map(([extra]) => admin('create-user', '--email', 'b@comune.example.org', '--name', 'B', '--role', 'viewer', ...extra)));
    runs.forEach((run, i) => {
      expect(run.code, cases[i]![0].join(' ')).toBe(1);
      expect(run.stderr).toMatch(cases[i]![1]);
    });
    expect((await admin('list-users')).stdout.trim()).toBe('No users yet.');
  });
});

describe.runIf(TEST_STORE === 'postgres')('a DATABASE_URL naming a database without an installation', () => {
  it('is refused for every command but create-user, and nothing is created in it', async () => {
    const env = await emptyStoreEnv(dir);
    const run = await runAdmin(env, 'list-users');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^There is no installation in the database postgres(ql)?:\/\/\S+ \(no gradimento tables there\): list-users would find nothing, and nothing was created\. Fix: set DATABASE_URL/);
    expect(run.stderr).not.toMatch(/:[^@/\s]+@/);
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from information_schema.tables where table_schema = 'public'`);
      expect(Number(rows[0]!.n)).toBe(0);
    } finally {
      await client.end();
    }
  });
});

