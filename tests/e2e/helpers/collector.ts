// Starts a real collector on 127.0.0.1 (a free port, a fresh database file) for one test file, with a signed-in installation admin.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type App } from '../../../server/app';
import { issuePairingCode } from '../../../server/auth/terminal-tokens';
import { apiPaths, PAGES } from '../../../server/contract/api';
import { CSRF_HEADER, SESSION_COOKIE, type SessionInfo } from '../../../server/contract/auth';
import { loadConfig } from '../../../server/config';
import { createUser } from '../../../server/store/create-user';
import { openStore, type Store } from '../../../server/store/database';
import { seedDemo } from '../../../server/store/seed-demo';

export const ADMIN_EMAIL = 'admin@e2e.example.org';
export const ADMIN_PASSWORD = 'e2e correct horse battery staple';

/** The installation admin's session, signed in through the real route. */
export interface AdminSession {
  email: string;
  password: string;
  /** The session cookie's value (httpOnly: a page never reads it; tests may hand it to a browser context). */
  sessionId: string;
  csrfToken: string;
}

export interface RunningCollector {
  url: string;
  app: FastifyInstance;
  store: Store;
  realtime: App['realtime'];
  /** Every API route with its declared access, as buildApp registered them. */
  routes: App['routes'];
  admin: AdminSession;
  /** fetch on the collector as the admin: the session cookie always, the CSRF header on state-changing methods. */
  adminFetch(pathAndQuery: string, init?: RequestInit): Promise<Response>;
  /** The kiosk URL with a fresh pairing code for the terminal, as the dashboard and `npm start` give it. */
  pairingUrl(terminalId: string): Promise<string>;
  /** A fresh pairing code (ABCD2345) for the terminal, for staff to type. */
  pairingCode(terminalId: string): Promise<string>;
  /** Enrols a device through POST /api/v1/enrolment, as a terminal does; returns its device token. */
  deviceToken(terminalId: string): Promise<string>;
  /** Whether buildApp registered this route (the management API grows while its tests are written). */
  hasRoute(method: string, url: string): boolean;
  close(): Promise<void>;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `env`: more settings, e.g. SMTP_URL for the pages that need e-mail on. */
export async function startCollector(distDir: string, env: Record<string, string> = {}): Promise<RunningCollector> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-e2e-'));
  const config = loadConfig({ DATA_DIR: dataDir, DIST_DIR: distDir, LOG_LEVEL: 'silent', PORT: '0', ...env } as NodeJS.ProcessEnv, dataDir);
  const store = await openStore(config.dataDir);
  await seedDemo(store.db);
  // As if the demo terminals had been paired long ago, and without the misuse thresholds: these runs
  // send votes of past days and several at one instant by HTTP, which a terminal paired today or a
  // citizen's taps could not (tests/server/ingest/vote-dates.test.ts and misuse.test.ts cover both).
  await store.db.updateTable('terminals').set({ first_enrolled_at: '2000-01-01T00:00:00.000Z', min_interval_seconds: 0, burst_per_minute: 1_000_000 }).execute();
  await createUser(
    store.db,
    { email: ADMIN_EMAIL, name: 'Amministratore e2e', password: ADMIN_PASSWORD, grants: [{ role: 'installation_admin', administrationId: null, officeId: null }] },
    null,
    new Date(),
    { via: 'e2e test' },
  );
  const { app, realtime, routes } = await buildApp(config, { store });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const admin = await signIn(url, ADMIN_EMAIL, ADMIN_PASSWORD);

  const adminFetch = (pathAndQuery: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', `${SESSION_COOKIE}=${admin.sessionId}`);
    if (UNSAFE.has((init.method ?? 'GET').toUpperCase())) headers.set(CSRF_HEADER, admin.csrfToken);
    if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
    return fetch(`${url}${pathAndQuery}`, { ...init, headers });
  };
  const pairingCode = async (terminalId: string) => (await issuePairingCode(store.db, terminalId, new Date())).code;

  return {
    url,
    app,
    store,
    realtime,
    routes,
    admin,
    adminFetch,
    pairingCode,
    pairingUrl: async (terminalId) => `${url}${PAGES.terminal}?pair=${await pairingCode(terminalId)}`,
    async deviceToken(terminalId) {
      const res = await fetch(`${url}${apiPaths.enrolment}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: await pairingCode(terminalId) }),
      });
      if (res.status !== 200) throw new Error(`enrolment of ${terminalId} answered ${res.status}: ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    hasRoute: (method, routeUrl) => routes.some((r) => r.method === method && r.url === routeUrl),
    async close() {
      await app.close();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** POST /api/v1/session, as the dashboard's sign-in form does; keeps the cookie and the CSRF token. */
export async function signIn(url: string, email: string, password: string): Promise<AdminSession> {
  const res = await fetch(`${url}${apiPaths.session}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`sign-in of ${email} set no ${SESSION_COOKIE} cookie`);
  const sessionId = cookie.slice(SESSION_COOKIE.length + 1).split(';')[0]!;
  const info = (await res.json()) as SessionInfo;
  return { email, password, sessionId, csrfToken: info.csrfToken };
}
