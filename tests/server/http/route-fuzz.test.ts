// Property-based fuzzing of every route the collector registered (as the authorization matrix enumerates them):
// whatever the body, query, path or headers, and whoever calls, never a 5xx; a 4xx always in the shared error
// shape and with nothing changed in the store; and after the run every rollup still equals a recount of the votes.
// FUZZ_RUNS sets the cases per route (npm run fuzz runs many more); FUZZ_SEED replays a run.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findApiKey } from '../../../server/admin/api-keys/api-keys';
import { createSession } from '../../../server/auth/sessions';
import { findTerminalByToken } from '../../../server/auth/terminal-tokens';
import { apiPaths } from '../../../server/contract/api';
import { CSRF_HEADER, SESSION_COOKIE, type SessionInfo } from '../../../server/contract/auth';
import { ERROR_CODES } from '../../../server/contract/errors';
import { DEMO } from '../../../server/store/seed-demo';
import { as, grant } from '../admin/admin-api';
import { rollupDifferences } from '../helpers/recount-rollups';
import { requests, type FuzzRequest, type Identity } from '../helpers/route-fuzz';
import { digestChanges, storeDigest } from '../helpers/store-digest';
import { ADMIN_EMAIL, asTerminal, enrol, personWith, startCollector, TOTEM, type SignedIn, type TestCollector } from '../helpers/test-collector';

const RUNS = Number(process.env.FUZZ_RUNS) || 4;
const SEED = Number(process.env.FUZZ_SEED) || Date.now() % 2 ** 31;
const VALDORIA = DEMO.administration.id;

let c: TestCollector;
let identities: Identity[];
let doc: Record<string, unknown>;
const people: Record<string, { email: string; signedIn: SignedIn }> = {};

const signedInIdentity = (name: string, s: SignedIn): Identity => ({ name, kind: 'person', headers: s.headers });

beforeAll(async () => {
  c = await startCollector();
  const admin = as(c.app, c.admin);
  const apiKey = (await admin.post(apiPaths.administrationApiKeys(VALDORIA), { name: 'Eliminacode' })).body.key as string;
  for (const [role, grants] of [
    ['administration admin', [grant.administration(VALDORIA)]],
    ['office manager', [grant.office(VALDORIA, DEMO.offices[0]!.id)]],
    ['viewer', [grant.viewer(VALDORIA)]],
  ] as const) {
    const email = `${role.replace(' ', '-')}@fuzz.example.org`;
    people[role] = { email, signedIn: await personWith(c, email, [...grants]) };
  }
  identities = [
    { name: 'anonymous', kind: 'anonymous', headers: {} },
    { name: 'terminal', kind: 'terminal', headers: asTerminal(c.tokens[TOTEM.id]!) },
    { name: 'api key', kind: 'apiKey', headers: { authorization: `Bearer ${apiKey}` } },
    signedInIdentity('installation admin', c.admin),
    ...Object.entries(people).map(([role, p]) => signedInIdentity(role, p.signedIn)),
  ];
  doc = (await c.app.inject({ url: apiPaths.openapi })).json();
}, 60_000);
afterAll(async () => c?.close());

/** The ids the demo and the set-up made, by the names routes give their parameters and fields. */
async function hints(): Promise<Record<string, readonly unknown[]>> {
  const ids = async (table: 'administrations' | 'offices' | 'services' | 'terminals' | 'users' | 'reasons' | 'api_keys' | 'webhooks') => (await c.store.db.selectFrom(table).select('id').execute()).map((r) => r.id as string);
  const [administrations, offices, services, terminals, users, reasons, apiKeys, webhooks] = await Promise.all(
    (['administrations', 'offices', 'services', 'terminals', 'users', 'reasons', 'api_keys', 'webhooks'] as const).map(ids),
  );
  return {
    administrationId: administrations!,
    officeId: offices!,
    serviceId: services!,
    terminalId: terminals!,
    userId: users!,
    apiKeyId: apiKeys!,
    webhookId: webhooks!,
    id: [...offices!, ...services!, ...terminals!, ...users!],
    reasonId: reasons!,
    serviceIds: [services!.slice(0, 2), services!.slice(0, 1)],
    reasons: [reasons!.slice(0, 1), []],
    email: Object.values(people).map((p) => p.email),
  };
}

/**
 * Gives an identity its credentials back when a case took them (a terminal revoked, an API key
 * revoked, a person signed out or disabled): people straight in the store, since the sign-in route
 * is rate-limited per address and the cases sign in too. True when it did (the store's "before"
 * must then be taken again).
 */
async function refresh(identity: Identity): Promise<boolean> {
  const token = identity.headers.authorization?.slice('Bearer '.length) ?? '';
  if (identity.kind === 'terminal') {
    if (await findTerminalByToken(c.store.db, token)) return false;
    // Revoked by an earlier case: paired again (an archived totem stays archived, and refused; its
    // pairing code is written all the same).
    try {
      identity.headers = asTerminal(await enrol(c.app, c.store, TOTEM.id));
    } catch {
      // Still refused: the cases go on with the old token.
    }
    return true;
  }
  if (identity.kind === 'apiKey') {
    if (await findApiKey(c.store.db, token, new Date())) return false;
    const admin = identities.find((i) => i.name === 'installation admin')!;
    await refresh(admin);
    const created = await c.app.inject({ method: 'POST', url: apiPaths.administrationApiKeys(VALDORIA), headers: admin.headers, payload: { name: 'Eliminacode' } });
    if (created.statusCode >= 300) return false;
    identity.headers = { authorization: `Bearer ${created.json().key as string}` };
    return true;
  }
  if (identity.kind !== 'person') return false;
  const res = await c.app.inject({ url: apiPaths.session, headers: identity.headers });
  if (res.json().user !== null) return false;
  const email = identity.name === 'installation admin' ? ADMIN_EMAIL : people[identity.name]!.email;
  const user = await c.store.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  await c.store.db.updateTable('users').set({ disabled_at: null }).where('id', '=', user.id).execute();
  const { cookieValue } = await createSession(c.store.db, user.id, 'route fuzzing', new Date());
  const cookie = `${SESSION_COOKIE}=${cookieValue}`;
  const info = (await c.app.inject({ url: apiPaths.session, headers: { cookie } })).json() as SessionInfo;
  identity.headers = { cookie, [CSRF_HEADER]: info.csrfToken };
  return true;
}

async function send(r: FuzzRequest) {
  // The identity's own credentials (as of now: refresh may have renewed them) over any junk ones.
  const headers = { ...r.headers, ...r.identity.headers };
  let payload: string | undefined;
  if (r.payload !== undefined) {
    payload = r.raw ? String(r.payload) : JSON.stringify(r.payload);
    if (!r.raw) headers['content-type'] ??= 'application/json';
  }
  return c.app.inject({ method: r.method as 'GET', url: r.url, headers, ...(payload === undefined ? {} : { payload }) });
}

describe('every route under fuzzing', () => {
  it(`never answers 5xx, answers every 4xx in the error shape, and a 4xx changes nothing in the store (${RUNS} cases a route, seed ${SEED})`, { timeout: 3_600_000 }, async () => {
    expect(c.routes.length).toBeGreaterThan(50);
    const h = await hints();
    const statuses = new Map<number, number>();
    let cases = 0;
    let before = await storeDigest(c.store.db);
    // Route by route, so that each gets its share of cases; in the order they were registered.
    for (const [i, route] of c.routes.entries()) {
      await fc.assert(
        fc.asyncProperty(requests([route], doc, h, identities), async (r) => {
          cases++;
          if (await refresh(r.identity)) before = await storeDigest(c.store.db);
          const res = await send(r);
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const where = `${r.identity.name}: ${r.method} ${r.url} ${r.payload === undefined ? '' : JSON.stringify(r.payload).slice(0, 300)} -> ${res.statusCode} ${res.body.slice(0, 300)}`;
          expect(res.statusCode, where).toBeLessThan(500);
          const after = await storeDigest(c.store.db);
          if (res.statusCode >= 400) {
            let error: unknown;
            try {
              error = res.json().error;
            } catch {
              error = undefined;
            }
            expect(error, `not the error shape: ${where}`).toMatchObject({ code: expect.any(String), message: expect.any(String) });
            expect(ERROR_CODES, where).toContain((error as { code: string }).code);
            expect(digestChanges(before, after), `a refused request changed the store: ${where}`).toEqual([]);
          }
          before = after;
        }),
        // One seed per route, derived from the run's: FUZZ_SEED replays the whole run.
        { numRuns: RUNS, seed: SEED + i, endOnFailure: true },
      );
    }
    console.log(`route fuzzing: ${cases} cases on all ${c.routes.length} routes as ${identities.length} identities (seed ${SEED}); answers ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);

    // The server is still up, and nothing stored is half-stored: every rollup equals a recount of the votes.
    expect((await c.app.inject({ url: apiPaths.health })).statusCode).toBe(200);
    expect(await rollupDifferences(c.store.db)).toEqual([]);
  });
});
