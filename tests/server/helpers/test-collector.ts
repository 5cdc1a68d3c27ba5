// Builds a real collector for tests: a temp data dir, a real database (SQLite, or PostgreSQL in server-pg), the demo seeded, the app not listening.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp, type App } from '../../../server/app';
import { hashPassword } from '../../../server/auth/passwords';
import { issuePairingCode } from '../../../server/auth/terminal-tokens';
import type { Grant } from '../../../server/contract/auth';
import { createUser } from '../../../server/store/create-user';
import { createSession, findSession } from '../../../server/auth/sessions';
import { SESSION_COOKIE } from '../../../server/contract/limits';
import { loadConfig, type Config } from '../../../server/config';
import { apiPaths } from '../../../server/contract/api';
import type { Vote } from '../../../server/contract/vote';
import { openStore, type Store } from '../../../server/store/database';
import { DEMO, seedDemo } from '../../../server/store/seed-demo';
import { databaseUrl, TEMPLATE_DATABASE, TEST_STORE_VARIABLE } from './postgres';
import { makeTempDir } from './temp-dirs';

export const TOTEM = DEMO.terminals[0]!;
/** When the demo terminals count as first paired in tests. */
export const PAIRED_LONG_AGO = '2000-01-01T00:00:00.000Z';
export const COUNTER = DEMO.terminals[1]!;
export const REASON_IDS = ['valdoria-attesa', 'valdoria-servizio', 'valdoria-ritorno', 'valdoria-altro'] as const;

export interface TestCollector {
  app: FastifyInstance;
  store: Store;
  dir: string;
  config: Readonly<Config>;
  /** Every API route with its declared access (from buildApp). */
  routes: App['routes'];
  realtime: App['realtime'];
  /** Background jobs: tests run them with scheduler.tick(). */
  scheduler: App['scheduler'];
  /** Device tokens of the demo terminals, enrolled with real pairing codes. */
  tokens: Record<string, string>;
  /** Session cookie header of an installation admin, and that session's CSRF token. */
  admin: SignedIn;
  close(): Promise<void>;
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  /** Headers for app.inject: the cookie, plus the CSRF token (needed by POST, PUT, PATCH, DELETE). */
  headers: Record<string, string>;
}

export const ADMIN_EMAIL = 'admin@test.example.org';
export const TEST_PASSWORD = 'correct horse battery staple';

/** Signs in through the real route and returns the session cookie and CSRF token. */
export async function signInAs(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const res = await app.inject({ method: 'POST', url: apiPaths.session, payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrfToken = res.json().csrfToken as string;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** Creates a person with the given roles straight in the store, then signs them in. */
export async function personWith(c: { app: FastifyInstance; store: Store }, email: string, grants: Grant[]): Promise<SignedIn> {
  await createUser(c.store.db, { email, name: email, password: TEST_PASSWORD, grants }, null, new Date());
  return signInAs(c.app, email);
}

/**
 * Enrols a terminal the way a real one does: a pairing code, then POST /enrolment.
 * `at` is when the code is issued: pass the collector's clock when it is not the real one.
 */
export async function enrol(app: FastifyInstance, store: Store, terminalId: string, at: Date = new Date()): Promise<string> {
  const { code } = await issuePairingCode(store.db, terminalId, at);
  const res = await app.inject({ method: 'POST', url: apiPaths.enrolment, payload: { code } });
  if (res.statusCode !== 200) throw new Error(`enrolment of ${terminalId} failed: ${res.statusCode} ${res.body}`);
  return res.json().token as string;
}

/**
 * Makes terminals fit for hand-made fixtures: paired long ago (votes a test dates in the past are
 * not re-dated) and without the misuse thresholds (tests send many votes with one castAt, which a
 * real terminal could not; tests/server/ingest/misuse.test.ts covers the thresholds themselves).
 */
export async function pairedLongAgo(store: Store, ...terminalIds: string[]): Promise<void> {
  await store.db
    .updateTable('terminals')
    .set({ first_enrolled_at: PAIRED_LONG_AGO, min_interval_seconds: 0, burst_per_minute: 1_000_000 })
    .where('id', 'in', terminalIds)
    .execute();
}

// Their home is temp-dirs.ts; the suites that also start a collector keep importing them from here.
export { makeTempDir, tempDirsRemovedAfterEach } from './temp-dirs';

/** Which store the tests run on: the server-pg project sets GRADIMENTO_TEST_STORE=postgres. */
export const TEST_STORE: 'sqlite' | 'postgres' = process.env[TEST_STORE_VARIABLE] === 'postgres' ? 'postgres' : 'sqlite';

/** The test server's URL, from postgres-setup.ts: only the server-pg project starts one. */
function postgresUrl(): string {
  const url = inject('postgresUrl');
  if (!url) throw new Error(`${TEST_STORE_VARIABLE}=postgres, but no test PostgreSQL was started: run the server-pg project (npx vitest run --project server-pg).`);
  return url;
}

let maintenance: pg.Pool | undefined;
/** One small pool per test worker on the server's maintenance database, for CREATE and DROP DATABASE. */
function maintenancePool(): pg.Pool {
  maintenance ??= new pg.Pool({ connectionString: postgresUrl(), max: 2, allowExitOnIdle: true });
  return maintenance;
}

/** A data dir's own PostgreSQL database: the same dir opens the same database again (a restart). */
const databaseOf = (dir: string) => `test_${createHash('sha256').update(dir).digest('hex').slice(0, 24)}`;

/**
 * The environment that points the collector (or `npm run admin`) at the store of a data dir:
 * DATA_DIR, plus on PostgreSQL a DATABASE_URL to that dir's database, created from the migrated
 * template the first time (a file copy: about 20 ms, against a second to migrate).
 */
export async function storeEnv(dir: string): Promise<Record<string, string>> {
  // Empty, not absent: a DATABASE_URL in the developer's shell must not leak into a SQLite run.
  if (TEST_STORE === 'sqlite') return { DATA_DIR: dir, DATABASE_URL: '' };
  const name = databaseOf(dir);
  try {
    await maintenancePool().query(`create database ${name} template ${TEMPLATE_DATABASE} strategy file_copy`);
  } catch (err) {
    // 42P04 duplicate_database: the dir was opened before, and its data must still be there.
    if ((err as { code?: string }).code !== '42P04') throw err;
  }
  return { DATA_DIR: dir, DATABASE_URL: databaseUrl(postgresUrl(), name) };
}

/**
 * Like storeEnv, but an empty database (no migration run yet) on PostgreSQL: for tests that
 * migrate step by step. On SQLite a fresh data dir is empty anyway.
 */
export async function emptyStoreEnv(dir: string): Promise<Record<string, string>> {
  if (TEST_STORE === 'sqlite') return { DATA_DIR: dir, DATABASE_URL: '' };
  const name = databaseOf(dir);
  await maintenancePool().query(`create database ${name} template template0`);
  return { DATA_DIR: dir, DATABASE_URL: databaseUrl(postgresUrl(), name) };
}

/** Removes a data dir made by makeTempDir, and on PostgreSQL its database. */
export async function removeTempDir(dir: string): Promise<void> {
  if (TEST_STORE === 'postgres') await maintenancePool().query(`drop database if exists ${databaseOf(dir)} with (force)`);
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * The API only: DIST_DIR names a folder inside the test's own data dir that nothing creates, so the
 * collector serves no front-end whatever else lives on the machine (a shared path such as
 * /nonexistent could be built into by anyone, and every collector here would then serve it).
 */
export function testConfig(dir: string, env: Record<string, string> = {}): Readonly<Config> {
  return loadConfig({ DATA_DIR: dir, DIST_DIR: path.join(dir, 'no-front-end'), LOG_LEVEL: 'silent', ...env } as NodeJS.ProcessEnv, dir);
}

export interface CollectorOptions {
  /** The collector's clock (see fixedClock, movableClock). */
  now?: () => Date;
  /** Reuse an existing data dir (to test a restart); it is then left in place. */
  dir?: string;
  /** No installation admin is created or signed in (first run); reading `admin` then throws. */
  noAdmin?: boolean;
  /** Extra environment for loadConfig, e.g. PUBLIC_URL. */
  env?: Record<string, string>;
  /** false: the demo terminals are left unpaired (`tokens` is empty). */
  enrolTerminals?: boolean;
  /** The log's lines go here (set LOG_LEVEL in env: the tests' default is silent). */
  logStream?: NodeJS.WritableStream;
}

let adminHash: Promise<string> | undefined;
/**
 * The installation admin every collector starts with, stored as createUser stores a person but
 * with one scrypt hash per test worker: hashing costs ~150 ms of CPU, and hundreds of collectors
 * start in a run (createUser itself is tested, and used by personWith).
 */
async function insertAdmin(store: Store, at: Date): Promise<void> {
  adminHash ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID();
  await store.db.insertInto('users').values({ id, email: ADMIN_EMAIL, name: 'Test admin', password_hash: await adminHash, created_at: at.toISOString() }).execute();
  await store.db.insertInto('grants').values({ user_id: id, role: 'installation_admin', administration_id: null, office_id: null }).execute();
}

/**
 * The installation admin's session, opened as the sign-in route opens one once the password has
 * matched (createSession): checking the password is scrypt again, ~130 ms of CPU for each of the
 * hundreds of collectors a run starts. The sign-in route itself is tested in tests/server/auth, and
 * personWith still signs in through it.
 */
async function adminSession(store: Store, at: Date): Promise<SignedIn> {
  const user = await store.db.selectFrom('users').select('id').where('email', '=', ADMIN_EMAIL).executeTakeFirstOrThrow();
  const { cookieValue } = await createSession(store.db, user.id, 'test collector', at);
  const session = await findSession(store.db, cookieValue, at);
  if (!session) throw new Error('the admin session just opened was not found');
  const cookie = `${SESSION_COOKIE}=${cookieValue}`;
  return { cookie, csrfToken: session.csrfToken, headers: { cookie, 'x-csrf-token': session.csrfToken } };
}

/** A seeded collector in a fresh temp dir; `dir` reuses an existing one (to test a restart). */
export async function startCollector(options: CollectorOptions = {}): Promise<TestCollector> {
  const dir = options.dir ?? makeTempDir();
  const config = testConfig(dir, { ...(await storeEnv(dir)), ...options.env });
  const store = await openStore(config);
  await seedDemo(store.db);
  const { app, routes, realtime, scheduler } = await buildApp(config, { store, now: options.now, jobsOnTimer: false, logStream: options.logStream });
  await app.ready();
  const clock = options.now ?? (() => new Date());
  const tokens: Record<string, string> = {};
  if (options.enrolTerminals !== false) {
    for (const t of DEMO.terminals) tokens[t.id] = await enrol(app, store, t.id, clock());
    // As if paired long ago: tests send votes dated years back, which a terminal paired today
    // could not have cast (they would be re-dated; tests/server/ingest/vote-dates.test.ts).
    await pairedLongAgo(store, ...DEMO.terminals.map((t) => t.id));
  }
  let admin: SignedIn | null = null;
  if (!options.noAdmin) {
    if (!(await store.db.selectFrom('users').select('id').where('email', '=', ADMIN_EMAIL).executeTakeFirst())) {
      await insertAdmin(store, clock());
    }
    admin = await adminSession(store, clock());
  }
  let closed = false;
  return {
    app,
    store,
    dir,
    config,
    routes,
    realtime,
    scheduler,
    tokens,
    get admin(): SignedIn {
      if (!admin) throw new Error('this collector was started with noAdmin: sign someone in first');
      return admin;
    },
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await store.close();
      if (!options.dir) await removeTempDir(dir);
    },
  };
}

/** A collector clock for tests whose days must not depend on when they run. */
export const fixedClock = (iso: string) => () => new Date(iso);

/** A fixed clock a test can move: `now` goes to the collector, `advance` and `set` move it. */
export function movableClock(iso: string) {
  let at = Date.parse(iso);
  return {
    now: () => new Date(at),
    advance(ms: number) {
      at += ms;
    },
    set(next: string) {
      at = Date.parse(next);
    },
  };
}

/** Starts listening on a free port of 127.0.0.1 and returns the base URL (for real sockets and fetch). */
export async function listen(c: Pick<TestCollector, 'app'>): Promise<string> {
  await c.app.listen({ port: 0, host: '127.0.0.1' });
  const address = c.app.server.address();
  if (!address || typeof address === 'string') throw new Error('the collector did not get a port');
  return `http://127.0.0.1:${address.port}`;
}

/** A valid vote of the demo totem: positive, on the totem's first service. */
export function makeVote(overrides: Partial<Vote> = {}): Vote {
  return {
    id: randomUUID(),
    serviceId: TOTEM.services[0]!,
    face: 'positivo',
    reasons: [],
    followUp: 'not-asked',
    castAt: '2026-03-10T09:15:00.000Z',
    ...overrides,
  };
}

/** The Authorization header of an enrolled terminal. */
export const asTerminal = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * POSTs a batch with app.inject as the terminal itself and returns status and parsed body.
 * `token` defaults to the named terminal's own (from `c.tokens`), or to the totem's for unknown ids.
 */
export async function postVotes(c: Pick<TestCollector, 'app' | 'tokens'>, votes: unknown[], terminalId: string = TOTEM.id, token = c.tokens[terminalId] ?? c.tokens[TOTEM.id]!) {
  const res = await c.app.inject({ method: 'POST', url: apiPaths.votes, payload: { terminalId, votes }, headers: asTerminal(token) });
  return { status: res.statusCode, body: res.json(), headers: res.headers };
}

export async function countRows(store: Store, table: 'votes' | 'vote_reasons' | 'face_counts' | 'reason_counts' | 'follow_up_counts'): Promise<number> {
  const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A second administration with one office (and a terminal there), to check that scopes keep them apart. */
export const ALTROVE = { administrationId: 'altrove', officeId: 'altrove-sede', terminalId: 'altrove-sportello', serviceId: 'altrove-anagrafe' } as const;

export async function addAltrove(store: Store): Promise<typeof ALTROVE> {
  const at = '2026-01-01T00:00:00.000Z';
  await store.db.insertInto('administrations').values({ id: ALTROVE.administrationId, name: 'Comune di Altrove', created_at: at }).execute();
  await store.db.insertInto('offices').values({ id: ALTROVE.officeId, administration_id: ALTROVE.administrationId, name: 'Sede di Altrove', time_zone: 'Europe/Rome', archived_at: null, created_at: at }).execute();
  await store.db.insertInto('services').values({ id: ALTROVE.serviceId, administration_id: ALTROVE.administrationId, name: 'Anagrafe', archived_at: null, created_at: at }).execute();
  await store.db.insertInto('terminals').values({ id: ALTROVE.terminalId, office_id: ALTROVE.officeId, name: 'Sportello', mode: 'counter', channel: 'sportello', scale: 3, archived_at: null, created_at: at }).execute();
  await store.db.insertInto('terminal_services').values({ terminal_id: ALTROVE.terminalId, service_id: ALTROVE.serviceId, position: 0 }).execute();
  return ALTROVE;
}
