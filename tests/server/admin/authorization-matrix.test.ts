// The authorization matrix: every guarded route, enumerated from the server, for every role, on another
// administration's items is refused; on one's own it works as the role allows; no route ships without a scope check.
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteAccess } from '../../../server/auth/access';
import { installAccessControl } from '../../../server/auth/access';
import { PERMISSIONS, type Permission } from '../../../server/contract/permissions';
import { apiPaths } from '../../../server/contract/api';
import type { Grant, Role } from '../../../server/contract/auth';
import { DEMO } from '../../../server/store/seed-demo';
import { personWith, startCollector, type SignedIn, type TestCollector } from '../helpers/test-collector';
import { as, createOtherAdministration, Csv, grant, Upload, type Method, type OtherAdministration } from './admin-api';
import { LOGO_PNG } from '../helpers/png-file';
import { deliveryItems, type DeliveryItems } from '../helpers/delivery-items';
import { MATRIX_MAIL_ENV, subscriptionItems, type SubscriptionItems } from '../helpers/subscription-items';
import { alertItems, type AlertItems } from '../helpers/alert-items';
import { channelItems, type ChannelItems } from '../helpers/channel-items';

const VALDORIA = DEMO.administration.id;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What each role may do, as the issue defines it (installation admins may do everything). */
const MAY: Record<Exclude<Role, 'installation_admin'>, readonly Permission[]> = {
  administration_admin: ['administration:manage', 'users:manage', 'terminals:manage', 'reports:read', 'people-served:write', 'audit:read'],
  office_manager: ['terminals:manage', 'reports:read', 'people-served:write'],
  viewer: ['reports:read'],
};

/** The items of the management API, those of issue 8 (webhooks, the outbox, scheduled e-mails) and of issue 9 (channel points). */
type Items = OtherAdministration & DeliveryItems & SubscriptionItems & ChannelItems & AlertItems;

const isGuarded = (r: RouteAccess) => 'permission' in r.access;
const permissionOf = (r: RouteAccess) => ('permission' in r.access ? r.access.permission : null);
const isOpenList = (r: RouteAccess) => r.method === 'GET' && 'permission' in r.access && r.access.target === 'somewhere' && !r.url.includes(':');

/** The kind of item a path parameter names: by its name, or for a bare `:id` by the collection before it. */
const KIND_OF_SEGMENT: Record<string, keyof Items | undefined> = { administrations: 'administrationId', offices: 'officeId', services: 'serviceId', terminals: 'terminalId', users: 'userId', 'api-keys': 'apiKeyId' };
function fill(url: string, items: Items): string {
  const parts = url.split('/');
  return parts
    .map((part, i) => {
      if (!part.startsWith(':')) return part;
      const name = part.slice(1);
      const key = name === 'id' ? KIND_OF_SEGMENT[parts[i - 1]!] : (name as keyof Items);
      const value = key ? items[key] : undefined;
      if (value === undefined) throw new Error(`${url}: no rule for the path parameter :${name}; teach fill() which item it names`);
      return encodeURIComponent(value);
    })
    .join('/');
}

let serial = 0;
/** A valid body for each route that takes one, aimed at the given items: so what is tested is the scope, not validation. */
const BODIES: Record<string, (items: Items) => unknown> = {
  [`POST ${apiPaths.administrations}`]: () => ({ name: `Comune ${++serial}` }),
  'PATCH /api/v1/administrations/:administrationId': () => ({ name: `Comune ${++serial}` }),
  [`POST ${apiPaths.offices}`]: (i) => ({ administrationId: i.administrationId, name: `Sede ${++serial}` }),
  'PATCH /api/v1/offices/:officeId': () => ({ name: `Sede ${++serial}`, timeZone: 'Europe/Rome' }),
  [`POST ${apiPaths.services}`]: (i) => ({ administrationId: i.administrationId, name: `Servizio ${++serial}`, standard: { minPositivePct: 80 } }),
  'PATCH /api/v1/services/:serviceId': () => ({ name: `Servizio ${++serial}` }),
  'PUT /api/v1/administrations/:administrationId/reasons': () => ({ reasons: [{ label: 'Tempo di attesa', dimension: 'timeliness' }] }),
  [`POST ${apiPaths.terminals}`]: (i) => ({ officeId: i.officeId, name: `Totem ${++serial}`, mode: 'totem', serviceIds: [i.serviceId, i.spareServiceId] }),
  'PATCH /api/v1/terminals/:terminalId': () => ({ name: `Totem ${++serial}`, scale: 5 }),
  [`POST ${apiPaths.users}`]: (i) => ({ email: `p${++serial}@example.org`, name: 'P', password: 'a long enough password', grants: [grant.viewer(i.administrationId)] }),
  'PATCH /api/v1/users/:userId': () => ({ name: `Persona ${++serial}` }),
  'POST /api/v1/administrations/:administrationId/api-keys': () => ({ name: `Eliminacode ${++serial}` }),
  'PUT /api/v1/offices/:officeId/people-served': (i) => ({ entries: [{ serviceId: i.serviceId, day: '2026-03-10', served: 10 + (++serial % 5) }] }),
  'POST /api/v1/offices/:officeId/people-served.csv': (i) => new Csv(`giorno;servizio;persone\n2026-03-11;${i.serviceId};${12 + (++serial % 5)}\n`),
  'POST /api/v1/administrations/:administrationId/webhooks': () => ({ name: `Ricevitore ${++serial}`, url: 'https://hooks.example.org/gradimento' }),
  // Issue 8: the public page's settings.
  'PUT /api/v1/administrations/:administrationId/public-page': () => ({ enabled: (++serial % 2) === 0, licence: 'CC-BY-4.0', note: '' }),
  'PATCH /api/v1/administrations/:administrationId/public-page': () => ({ note: `Nota ${++serial}` }),
  // Issue 8: the administration's logo for its PDF reports.
  'PUT /api/v1/administrations/:administrationId/logo': () => new Upload(LOGO_PNG, 'image/png'),
  // Issue 8: scheduled e-mails: oneself to an office's report, a person of the administration to its report.
  'POST /api/v1/subscriptions': (i) => ({ officeId: i.officeId, frequency: 'daily' }),
  'POST /api/v1/administrations/:administrationId/subscriptions': (i) => ({ userId: i.userId, frequency: 'monthly' }),
  // Its frequency kept (the person is subscribed monthly above), its language changed.
  'PUT /api/v1/subscriptions/:subscriptionId': () => ({ frequency: 'weekly', language: ++serial % 2 ? 'en' : 'it' }),
  // Issue 8: alerts: a rule on the office, changed on the same office (its open alert stays open to be acknowledged), a comment acknowledging its alert.
  'POST /api/v1/administrations/:administrationId/alert-rules': (i) => ({ name: `Regola ${++serial}`, officeId: i.officeId, params: { kind: 'negative-share', lastVotes: 20, openAbovePct: 30, closeBelowPct: 15 } }),
  'PUT /api/v1/alert-rules/:ruleId': (i) => ({ name: `Regola ${++serial}`, officeId: i.officeId, params: { kind: 'negative-share', lastVotes: 20, openAbovePct: 35, closeBelowPct: 15 } }),
  'PATCH /api/v1/alert-rules/:ruleId': () => ({ name: `Regola ${++serial}` }),
  'POST /api/v1/alerts/:alertId/acknowledge': () => ({ comment: `Visto ${++serial}` }),
  // Issue 9: channel points, a QR code sheet, the operator's phone vote, how long web comments are kept.
  // On the spare service: the office already has a web and a QR point for the other, and its phone point (one live point of a kind each).
  'POST /api/v1/offices/:officeId/channel-points': (i) => ({ kind: 'web', serviceId: i.spareServiceId }),
  'POST /api/v1/channel-points/:qrPointId/codes': () => ({ count: 1 }),
  'POST /api/v1/channel-points/:phonePointId/phone-votes': (i) => ({ serviceId: i.serviceId, face: 'positivo' }),
  'PUT /api/v1/administrations/:administrationId/channel-settings': () => ({ commentDays: 30 + (++serial % 5) }),
};
const QUERY = (items: Items) => `?from=2026-03-01&to=2026-03-31&month=2026-03&administrationId=${encodeURIComponent(items.administrationId)}`;
/** The yearly report asks for a year alone (a month beside it would be ambiguous elsewhere, so it gets its own query). */
const queryOf = (route: RouteAccess, items: Items) => (route.url.includes('/yearly-report') ? '?year=2025' : QUERY(items));

/**
 * Routes whose item is wider than the permission's usual reach: the installation's reports need
 * a grant over the whole installation, an administration's a grant over all of it (not one office).
 */
const REACH: Record<string, readonly Role[]> = {
  'GET /api/v1/installation/report': [],
  'GET /api/v1/installation/bulletin': [],
  'GET /api/v1/installation/bulletin.pdf': [],
  'GET /api/v1/administrations/:administrationId/report': ['viewer', 'administration_admin'],
  'GET /api/v1/administrations/:administrationId/bulletin': ['viewer', 'administration_admin'],
  'GET /api/v1/administrations/:administrationId/bulletin.pdf': ['viewer', 'administration_admin'],
  // Issue 8: an administration's report files and yearly report, with the report's own reach.
  ...Object.fromEntries(
    ['report.csv', 'report.xlsx', 'report.pdf', 'yearly-report', 'yearly-report.xlsx', 'yearly-report.pdf'].map((f) => [`GET /api/v1/administrations/:administrationId/${f}`, ['viewer', 'administration_admin'] as const]),
  ),
};

async function call(c: TestCollector, who: SignedIn, route: RouteAccess, items: Items) {
  const url = fill(route.url, items) + (route.method === 'GET' ? queryOf(route, items) : '');
  const body = BODIES[`${route.method} ${route.url}`]?.(items);
  return as(c.app, who).call(route.method as Method, url, body);
}

/** Archiving last, the widest last: each one would make later calls on the same items answer 409. */
function destructiveness(r: RouteAccess): number {
  // A deleted item (a webhook) answers 404 to whatever comes after: deletions go after the rest, before archiving.
  if (r.method === 'DELETE') return 0.5;
  if (!r.url.endsWith('/archive') && !r.url.endsWith('/revoke')) return 0;
  return ['/terminals/', '/services/', '/offices/', '/administrations/'].findIndex((s) => r.url.includes(s)) + 1;
}
const inOrder = (routes: readonly RouteAccess[]) => [...routes].sort((a, b) => destructiveness(a) - destructiveness(b));

/** A fresh set of items in valdoria, made through the API by the installation admin. */
async function valdoriaItems(c: TestCollector): Promise<Items> {
  const admin = as(c.app, c.admin);
  const officeId = (await admin.post(apiPaths.offices, { administrationId: VALDORIA, name: `Sede ${++serial}` })).body.id;
  const serviceId = (await admin.post(apiPaths.services, { administrationId: VALDORIA, name: `Servizio ${++serial}` })).body.id;
  const spare = (await admin.post(apiPaths.services, { administrationId: VALDORIA, name: `Servizio ${++serial}` })).body.id;
  const terminalId = (await admin.post(apiPaths.terminals, { officeId, name: `Totem ${++serial}`, mode: 'totem', serviceIds: [serviceId, spare] })).body.id;
  const userId = (await admin.post(apiPaths.users, { email: `v${++serial}@example.org`, name: 'V', password: 'a long enough password', grants: [grant.viewer(VALDORIA)] })).body.id;
  const apiKeyId = (await admin.post(apiPaths.administrationApiKeys(VALDORIA), { name: `Eliminacode ${++serial}` })).body.id;
  return {
    administrationId: VALDORIA,
    officeId,
    serviceId,
    spareServiceId: spare,
    terminalId,
    userId,
    apiKeyId,
    ...(await deliveryItems(c, VALDORIA)),
    ...(await subscriptionItems(c, VALDORIA, userId)),
    ...(await alertItems(c, VALDORIA, officeId)),
    ...(await channelItems(c, officeId, serviceId)),
  };
}

/** A signed-in person with no role at all (createUser needs one, so it is taken away afterwards). */
async function personWithoutRoles(c: TestCollector, email: string): Promise<SignedIn> {
  const signedIn = await personWith(c, email, [grant.viewer(VALDORIA)]);
  const user = await c.store.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  await c.store.db.deleteFrom('grants').where('user_id', '=', user.id).execute();
  return signedIn;
}

describe('on another administration\'s items', () => {
  let c: TestCollector;
  let other: Items;
  let people: Record<string, SignedIn>;

  beforeAll(async () => {
    c = await startCollector({ env: MATRIX_MAIL_ENV });
    const created = await createOtherAdministration(c);
    other = {
      ...created,
      ...(await deliveryItems(c, created.administrationId)),
      ...(await subscriptionItems(c, created.administrationId, created.userId)),
      ...(await alertItems(c, created.administrationId, created.officeId)),
      ...(await channelItems(c, created.officeId, created.serviceId)),
    };
    people = {
      'administration admin of valdoria': await personWith(c, 'aa@example.org', [grant.administration(VALDORIA)]),
      'office manager of valdoria-municipio': await personWith(c, 'om@example.org', [grant.office(VALDORIA, DEMO.offices[0]!.id)]),
      'viewer of valdoria': await personWith(c, 'v@example.org', [grant.viewer(VALDORIA)]),
      'person with no role': await personWithoutRoles(c, 'none@example.org'),
    };
    // Another administration with its items through the API, and four people (a password hash each): more than 10 s on busy cores.
  }, 60_000);
  afterAll(async () => c?.close());

  it('covers the management API: the matrix is not empty', () => {
    const urls = c.routes.filter(isGuarded).map((r) => `${r.method} ${r.url}`);
    expect(urls.length).toBeGreaterThanOrEqual(30);
    expect(urls).toEqual(expect.arrayContaining([`POST ${apiPaths.terminals}`, `PATCH /api/v1/users/:userId`, `GET ${apiPaths.audit}`, `GET /api/v1/offices/:officeId/report`]));
  });

  it('refuses every guarded route to every role of valdoria (403 or 404, never 2xx); open lists leak nothing', async () => {
    const leaks = [other.administrationId, other.userId];
    const failures: string[] = [];
    for (const route of inOrder(c.routes.filter(isGuarded))) {
      for (const [role, who] of Object.entries(people)) {
        const res = await call(c, who, route, other);
        const where = `${role}: ${route.method} ${route.url} answered ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
        if (isOpenList(route)) {
          if (![200, 403].includes(res.status)) failures.push(where);
          if (leaks.some((id) => JSON.stringify(res.body ?? '').includes(id))) failures.push(`${where} (shows the other administration)`);
        } else if (![403, 404].includes(res.status)) failures.push(where);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers another administration\'s items exactly as items that do not exist (status, code and words), so their ids cannot be probed', async () => {
    const missing = Object.fromEntries(Object.entries(other).map(([key, value]) => [key, typeof value === 'string' ? `nessuno-${key}` : value])) as Items;
    const ids = [...Object.values(other), ...Object.values(missing)].filter((v): v is string => typeof v === 'string').sort((x, y) => y.length - x.length);
    /** The answer with every id in it written ID: the words may name the id asked for, and nothing else. */
    const seen = (res: { status: number; body: { error?: { code?: string; message?: string } } | undefined }) =>
      ids.reduce((text, id) => text.replaceAll(id, 'ID'), `${res.status} ${res.body?.error?.code} ${res.body?.error?.message}`);
    const failures: string[] = [];
    // Open lists too: they take the administration in their query (the audit log).
    for (const route of inOrder(c.routes.filter(isGuarded))) {
      for (const [role, who] of Object.entries(people)) {
        const [another, none] = [seen(await call(c, who, route, other)), seen(await call(c, who, route, missing))];
        if (another !== none) failures.push(`${role}: ${route.method} ${route.url}: another's answered ${another}; a missing one ${none}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('lets the installation admin make the very same calls (2xx), so the refusals above are about scope', async () => {
    const failures: string[] = [];
    for (const route of inOrder(c.routes.filter(isGuarded))) {
      const res = await call(c, c.admin, route, other);
      if (res.status < 200 || res.status > 299) failures.push(`${route.method} ${route.url} answered ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('on one\'s own administration\'s items', () => {
  let c: TestCollector;
  beforeAll(async () => {
    c = await startCollector({ env: MATRIX_MAIL_ENV });
  });
  afterAll(async () => c?.close());

  const roles: { role: keyof typeof MAY; grants: (items: Items) => Grant[] }[] = [
    { role: 'viewer', grants: () => [grant.viewer(VALDORIA)] },
    { role: 'office_manager', grants: (i) => [grant.office(VALDORIA, i.officeId)] },
    { role: 'administration_admin', grants: () => [grant.administration(VALDORIA)] },
  ];

  for (const { role, grants } of roles) {
    it(`lets ${role} do exactly what the role allows: ${MAY[role].join(', ')}`, async () => {
      const items = await valdoriaItems(c);
      const who = await personWith(c, `${role}-${++serial}@example.org`, grants(items));
      const failures: string[] = [];
      for (const route of inOrder(c.routes.filter(isGuarded))) {
        const res = await call(c, who, route, items);
        const reach = REACH[`${route.method} ${route.url}`];
        const allowed = MAY[role].includes(permissionOf(route)!) && (!reach || reach.includes(role));
        const ok = allowed ? res.status >= 200 && res.status < 300 : res.status === 403;
        if (!ok) failures.push(`${route.method} ${route.url} (${permissionOf(route)}) answered ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('every route checks who calls', () => {
  let c: TestCollector;
  beforeAll(async () => {
    c = await startCollector();
  });
  afterAll(async () => c?.close());

  it('declares its access in one of the five known forms, with a known permission', () => {
    for (const route of c.routes) {
      const a = route.access;
      const known = 'public' in a || 'terminal' in a || 'apiKey' in a || 'signedIn' in a || ('permission' in a && PERMISSIONS.includes(a.permission));
      expect(known, `${route.method} ${route.url}`).toBe(true);
    }
  });

  it('answers 401 to a caller without a session (or device token) on every non-public route', async () => {
    const failures: string[] = [];
    for (const route of c.routes.filter((r) => !('public' in r.access))) {
      const url = route.url.replace(/:[A-Za-z]+/g, 'x');
      const res = await c.app.inject({ method: route.method as Method, url });
      if (res.statusCode !== 401) failures.push(`${route.method} ${route.url} answered ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 csrf_failed to a state-changing request without the CSRF header', async () => {
    const failures: string[] = [];
    // Terminals and queue-ticket systems prove themselves with a bearer token a browser never adds: no forgery to fear.
    for (const route of c.routes.filter((r) => UNSAFE.has(r.method) && !('public' in r.access) && !('terminal' in r.access) && !('apiKey' in r.access))) {
      const url = route.url.replace(/:[A-Za-z]+/g, 'x');
      const res = await c.app.inject({ method: route.method as Method, url, headers: { cookie: c.admin.cookie } });
      if (res.statusCode !== 403 || res.json().error.code !== 'csrf_failed') failures.push(`${route.method} ${route.url} answered ${res.statusCode} ${res.body}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses to build with an /api route that declares no access', async () => {
    const app = Fastify();
    installAccessControl(app, c.store.db, () => new Date(), []);
    expect(() => app.get('/api/v1/forgotten', async () => 'open to all')).toThrow(/declares no access/);
    expect(() => app.get('/api/v1/remembered', { config: { access: { signedIn: true } } }, async () => 'ok')).not.toThrow();
    await app.close();
  });

  it('documents every guarded route in the OpenAPI document with a tag and its answers', async () => {
    const doc = (await c.app.inject({ url: apiPaths.openapi })).json();
    for (const route of c.routes.filter(isGuarded)) {
      const op = doc.paths[route.url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.url}`).toBeDefined();
      expect(op.tags?.length, `${route.method} ${route.url} tags`).toBeGreaterThan(0);
      expect(Object.keys(op.responses), `${route.method} ${route.url} responses`).toEqual(expect.arrayContaining(['401', '403']));
    }
  });
});
