// CSRF: every state-changing request of a signed-in person needs this session's token, and no foreign Origin is accepted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { CSRF_HEADER } from '../../../server/contract/auth';
import { ADMIN_EMAIL, signInAs, startCollector, TEST_PASSWORD, type SignedIn, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
let other: SignedIn;
beforeEach(async () => {
  c = await startCollector();
  other = await signInAs(c.app, ADMIN_EMAIL);
});
afterEach(async () => c?.close());

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Any value fits a path parameter: the check comes before the route looks at it. */
const concrete = (url: string) => url.replace(/:(\w+)/g, 'csrf-probe');

/** The unsafe routes a session can call, enumerated from the server, not listed by hand. */
function sessionRoutes() {
  return c.routes.filter((r) => UNSAFE.has(r.method) && !('public' in r.access) && !('terminal' in r.access) && !('apiKey' in r.access));
}

const stillSignedIn = async (s: SignedIn) => (await c.app.inject({ url: apiPaths.session, headers: { cookie: s.cookie } })).json().user !== null;

describe('the CSRF token', () => {
  it('is required by every unsafe route behind a session: 403 csrf_failed without it or with another session\'s', async () => {
    const routes = sessionRoutes();
    // At least sign-out, sign-out everywhere and the password change: the enumeration works.
    expect(routes.map((r) => `${r.method} ${r.url}`)).toEqual(expect.arrayContaining([`DELETE ${apiPaths.session}`, `DELETE ${apiPaths.sessionsEverywhere}`, `PUT ${apiPaths.password}`]));
    for (const route of routes) {
      for (const token of [undefined, other.csrfToken, '', `${c.admin.csrfToken}x`]) {
        const headers: Record<string, string> = { cookie: c.admin.cookie, ...(token === undefined ? {} : { [CSRF_HEADER]: token }) };
        const res = await c.app.inject({ method: route.method as 'POST', url: concrete(route.url), headers, payload: {} });
        expect(res.statusCode, `${route.method} ${route.url} with ${token === undefined ? 'no token' : 'a wrong token'}`).toBe(403);
        expect(res.json()).toMatchObject({ error: { code: 'csrf_failed', message: expect.stringContaining(CSRF_HEADER) } });
      }
    }
    // Nothing happened: both sessions live on, and the password is the old one.
    expect(await stillSignedIn(c.admin)).toBe(true);
    expect(await stillSignedIn(other)).toBe(true);
    await signInAs(c.app, ADMIN_EMAIL, TEST_PASSWORD);
  });

  it('is not asked of safe requests', async () => {
    const res = await c.app.inject({ url: apiPaths.offices, headers: { cookie: c.admin.cookie } });
    expect(res.statusCode).toBe(200);
  });

  it('lets the request through when it is this session\'s', async () => {
    const res = await c.app.inject({ method: 'DELETE', url: apiPaths.session, headers: c.admin.headers });
    expect(res.statusCode).toBe(204);
    expect(await stillSignedIn(c.admin)).toBe(false);
    expect(await stillSignedIn(other)).toBe(true);
  });
});

describe('the Origin header', () => {
  const HOST = 'gradimento.comune.example.org';

  it.each(['https://evil.example.com', `https://${HOST}.evil.example.com`, 'not a url'])('refuses %s with 403 csrf_failed, even with the right token', async (origin) => {
    const res = await c.app.inject({ method: 'DELETE', url: apiPaths.session, headers: { ...c.admin.headers, host: HOST, origin } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'csrf_failed', message: expect.any(String) } });
    expect(await stillSignedIn(c.admin)).toBe(true);
  });

  it('refuses a sign-in posted from another site (login CSRF)', async () => {
    const res = await c.app.inject({ method: 'POST', url: apiPaths.session, headers: { host: HOST, origin: 'https://evil.example.com' }, payload: { email: ADMIN_EMAIL, password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('accepts the collector\'s own origin, scheme, host and port alike', async () => {
    const same = await c.app.inject({ method: 'DELETE', url: apiPaths.session, headers: { ...c.admin.headers, host: HOST, origin: `http://${HOST}` } });
    expect(same.statusCode).toBe(204);
  });

  it('refuses the same host under another scheme, and believes no X-Forwarded-Host unless TRUST_PROXY says so', async () => {
    const scheme = await c.app.inject({ method: 'DELETE', url: apiPaths.session, headers: { ...other.headers, host: HOST, origin: `https://${HOST}` } });
    expect(scheme.statusCode).toBe(403);
    const forged = await c.app.inject({ method: 'DELETE', url: apiPaths.session, headers: { ...other.headers, host: '127.0.0.1:3000', 'x-forwarded-host': 'evil.example.com', origin: 'http://evil.example.com' } });
    expect(forged.statusCode).toBe(403);
    expect(await stillSignedIn(other)).toBe(true);
  });
});
