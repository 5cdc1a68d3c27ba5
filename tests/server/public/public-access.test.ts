// The public routes from outside: unpublished administrations indistinguishable from unknown ones, embeddable headers (and the dashboard still not), caching, bad input, rate limit, OpenAPI.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { publicPaths } from '../../../server/contract/public-page';
import { as } from '../admin/admin-api';
import { makeTempDir, makeVote, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';
import { ANAGRAFE, NOW, publish, startFixture, VALDORIA } from './fixture';

let c: TestCollector;
let clock: Awaited<ReturnType<typeof startFixture>>['clock'];
let dist: string;
/** Never published; published then switched off; published then archived. */
let never = '';
let switchedOff = '';
let archived = '';

/** A built front-end in miniature, to check the dashboard's own headers beside the public ones. */
function fakeDist(): string {
  const dir = makeTempDir();
  for (const [file, text] of [['terminal/index.html', '<!doctype html><title>t</title>'], ['dashboard/index.html', '<!doctype html><title>d</title>']] as const) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

beforeAll(async () => {
  dist = fakeDist();
  ({ c, clock } = await startFixture({ DIST_DIR: dist }));
  await publish(c);
  const admin = as(c.app, c.admin);
  const create = async (name: string) => (await admin.post(apiPaths.administrations, { name })).body.id as string;
  never = await create('Comune di Mai');
  switchedOff = await create('Comune di Spento');
  await publish(c, switchedOff);
  expect((await admin.put(apiPaths.administrationPublicPage(switchedOff), { enabled: false, licence: 'CC-BY-4.0', note: '' })).status).toBe(200);
  archived = await create('Comune di Archiviato');
  await publish(c, archived);
  expect((await admin.post(apiPaths.administrationArchive(archived))).status).toBe(200);
});
afterAll(async () => {
  await c?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

let address = 0;
/** Each call from its own client address: rate-limit counters start alike, so every header can be compared. */
const get = (url: string, headers: Record<string, string> = {}) => c.app.inject({ url, headers, remoteAddress: `10.0.${Math.floor(++address / 250)}.${address % 250}` });

describe('an administration that has not published its page', () => {
  const addresses = (id: string) => [
    publicPaths.page(id),
    `${publicPaths.page(id)}?to=2026-09`,
    publicPaths.data(id, 'csv'),
    publicPaths.data(id, 'json'),
    `${publicPaths.data(id, 'json')}?from=2026-01&to=2026-03`,
    publicPaths.badge(id),
    `${publicPaths.badge(id)}?month=2026-10`,
    // Bad input is judged before anyone is looked up: it answers alike too.
    `/pubblico/${id}/dati.xml`,
    `${publicPaths.page(id)}?to=2026-13`,
    `${publicPaths.badge(id)}?month=2026-11`,
  ];

  /** Everything an answer says, but the date it was sent. */
  async function answer(url: string) {
    const res = await get(url);
    const { date: _date, ...headers } = res.headers;
    return { status: res.statusCode, body: res.body, headers };
  }

  it('answers exactly as an unknown one: same status, body and headers, whether never published, switched off or archived', async () => {
    for (const [i, unknownUrl] of addresses('comune-che-non-esiste').entries()) {
      const unknown = await answer(unknownUrl);
      expect(unknown.status, unknownUrl).toBe(i < 7 ? 404 : 400);
      for (const id of [never, switchedOff, archived]) {
        const url = addresses(id)[i]!;
        const theirs = await answer(url);
        expect(theirs, url).toEqual(unknown);
      }
    }
    const res = await get(publicPaths.page(never));
    expect(res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers in the same time as an unknown one', async () => {
    const time = async (url: string) => {
      const start = process.hrtime.bigint();
      await get(url);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const unknown: number[] = [];
    const off: number[] = [];
    const published: number[] = [];
    for (let i = 0; i < 10; i++) await time(publicPaths.page(switchedOff));
    // Interleaved, so that a busy moment of the machine falls on all three alike.
    for (let i = 0; i < 80; i++) {
      unknown.push(await time(publicPaths.page('comune-che-non-esiste')));
      off.push(await time(publicPaths.page(switchedOff)));
      if (i % 4 === 0) published.push(await time(publicPaths.page(VALDORIA)));
    }
    const [u, o, p] = [median(unknown), median(off), median(published)];
    const seen = `unknown ${u.toFixed(2)} ms, switched off ${o.toFixed(2)} ms, published ${p.toFixed(2)} ms`;
    // One query either way (server/public/settings.ts, findPublished): the same class of time,
    // well apart from the work of a published page.
    expect(Math.abs(u - o), seen).toBeLessThan(Math.max(1, 0.5 * Math.min(u, o)));
    expect(p, seen).toBeGreaterThan(Math.max(u, o));
  });

  it('shows up once switched on, and is gone again as soon as it is switched off', async () => {
    expect((await get(publicPaths.page(never))).statusCode).toBe(404);
    await publish(c, never);
    expect((await get(publicPaths.page(never))).statusCode).toBe(200);
    expect((await as(c.app, c.admin).put(apiPaths.administrationPublicPage(never), { enabled: false, licence: 'CC-BY-4.0', note: '' })).status).toBe(200);
    expect((await get(publicPaths.page(never))).statusCode).toBe(404);
  });
});

describe('headers', () => {
  it('let any site frame the page, with a policy that allows no script, form or <base>', async () => {
    const res = await get(publicPaths.page(VALDORIA));
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain('frame-ancestors *');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/script-src|unsafe/);
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('let any site show the badge, in an <img> or a frame', async () => {
    const res = await get(publicPaths.badge(VALDORIA));
    expect(res.statusCode).toBe(200);
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(String(res.headers['content-security-policy'])).toContain('frame-ancestors *');
    expect(res.headers['x-frame-options']).toBeUndefined();
  });

  it('let any site read the data and the schema, but frame neither them nor the shared files', async () => {
    const page = String((await get(publicPaths.page(VALDORIA))).body);
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page)![1]!;
    for (const url of [publicPaths.data(VALDORIA, 'json'), publicPaths.data(VALDORIA, 'csv'), publicPaths.schema, stylesheet]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cross-origin-resource-policy'], url).toBe('cross-origin');
      if (url !== stylesheet) expect(res.headers['access-control-allow-origin'], url).toBe('*');
      expect(String(res.headers['content-security-policy']), url).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options'], url).toBe('DENY');
    }
  });

  // docs/privacy.md: "The terminal, the public page and the web widget set no cookie."
  it('set no cookie on the page, its open data, its badge or its files, published or not', async () => {
    const page = String((await get(publicPaths.page(VALDORIA))).body);
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page)![1]!;
    for (const url of [publicPaths.page(VALDORIA), publicPaths.data(VALDORIA, 'csv'), publicPaths.data(VALDORIA, 'json'), publicPaths.badge(VALDORIA), publicPaths.schema, stylesheet, publicPaths.page(never)]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(url === publicPaths.page(never) ? 404 : 200);
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
  });

  it('leave the dashboard, the terminal and the API unframeable, as before', async () => {
    for (const url of ['/dashboard/', '/terminal/', apiPaths.health, apiPaths.administrationPublicPage(VALDORIA)]) {
      const res = await c.app.inject({ url, headers: c.admin.headers });
      expect(String(res.headers['content-security-policy']), url).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['cross-origin-resource-policy'], url).toBe('same-origin');
      expect(res.headers['access-control-allow-origin'], url).toBeUndefined();
    }
  });
});

describe('caching', () => {
  /** The request headers an answer says it depends on, lower case. */
  const varyOf = (res: { headers: Record<string, unknown> }) => String(res.headers.vary ?? '').toLowerCase().split(',').map((h) => h.trim()).filter(Boolean);

  it('sends a weak ETag and a few minutes of freshness; a conditional GET of an unchanged answer is a 304', async () => {
    for (const [url, maxAge] of [[publicPaths.page(VALDORIA), 300], [publicPaths.data(VALDORIA, 'csv'), 300], [publicPaths.data(VALDORIA, 'json'), 300], [publicPaths.badge(VALDORIA), 900]] as const) {
      const first = await get(url);
      expect(first.headers.etag, url).toMatch(/^W\/"[\w-]{27}"$/);
      expect(first.headers['cache-control'], url).toBe(`public, max-age=${maxAge}`);
      const again = await get(url, { 'if-none-match': String(first.headers.etag) });
      expect([again.statusCode, again.body], url).toEqual([304, '']);
      expect(again.headers.etag, url).toBe(first.headers.etag);
      expect(again.headers['cache-control'], url).toBe(`public, max-age=${maxAge}`);
      // A tag of another version: the whole answer.
      expect((await get(url, { 'if-none-match': 'W/"something-else"' })).statusCode, url).toBe(200);
    }
  });

  it('keeps the tag when only the time of reading changes, and changes it when a late vote changes a figure', async () => {
    const url = publicPaths.data(VALDORIA, 'json');
    const before = await get(url);
    clock.set('2026-11-03T12:30:00.000Z');
    const later = await get(url, { 'if-none-match': String(before.headers.etag) });
    expect(later.statusCode).toBe(304);
    // A terminal back from an outage delivers an October vote.
    expect((await postVotes(c, [makeVote({ serviceId: ANAGRAFE, castAt: '2026-10-30T09:00:00.000Z' })], TOTEM.id)).status).toBe(200);
    const changed = await get(url, { 'if-none-match': String(before.headers.etag) });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(before.headers.etag);
    expect(changed.json().rows.find((r: { month: string; group: string }) => r.month === '2026-10' && r.group === 'all').votes).toBe(26);
    clock.set(NOW);
  });

  it('without PUBLIC_URL, names the schema by the host asked, with Vary: Host and a tag per host, so that a shared cache never hands one host\'s answer to another', async () => {
    const url = publicPaths.data(VALDORIA, 'json');
    const own = await get(url, { host: 'gradimento.comune.example.it' });
    const forged = await get(url, { host: 'evil3.example' });
    expect(own.json().schema).toBe('http://gradimento.comune.example.it/pubblico/-/schema/dati-v1.json');
    expect(forged.json().schema).toBe('http://evil3.example/pubblico/-/schema/dati-v1.json');
    for (const res of [own, forged]) {
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      expect(varyOf(res)).toEqual(expect.arrayContaining(['host', 'x-forwarded-host', 'x-forwarded-proto']));
    }
    // A cache revalidating with the other host's tag gets the whole answer, and a 304 says what it varies on.
    expect(forged.headers.etag).not.toBe(own.headers.etag);
    expect((await get(url, { host: 'evil3.example', 'if-none-match': String(own.headers.etag) })).statusCode).toBe(200);
    const again = await get(url, { host: 'gradimento.comune.example.it', 'if-none-match': String(own.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(varyOf(again)).toContain('host');
    // The page, the CSV and the badge name no address (their links are paths): one answer for every host.
    for (const other of [publicPaths.page(VALDORIA), publicPaths.data(VALDORIA, 'csv'), publicPaths.badge(VALDORIA)]) {
      const [a, b] = [await get(other, { host: 'gradimento.comune.example.it' }), await get(other, { host: 'evil3.example' })];
      expect([a.statusCode, a.body, a.headers.etag], other).toEqual([200, b.body, b.headers.etag]);
      expect(a.body, other).not.toContain('gradimento.comune.example.it');
      expect(varyOf(a), other).not.toContain('host');
    }
  });

  it('with PUBLIC_URL, names the schema by it whatever the host asked, and does not vary on Host', async () => {
    const other = await startCollector({ env: { PUBLIC_URL: 'https://gradimento.comune.example.org' } });
    try {
      await publish(other);
      const url = publicPaths.data(VALDORIA, 'json');
      const [own, forged] = [await other.app.inject({ url, headers: { host: 'gradimento.comune.example.org' } }), await other.app.inject({ url, headers: { host: 'evil3.example' } })];
      for (const res of [own, forged]) {
        expect(res.statusCode).toBe(200);
        expect(res.json().schema).toBe('https://gradimento.comune.example.org/pubblico/-/schema/dati-v1.json');
        expect(varyOf(res)).not.toContain('host');
      }
      expect(forged.headers.etag).toBe(own.headers.etag);
    } finally {
      await other.close();
    }
  });

  it('answers HEAD with the same validators and no body', async () => {
    const res = await c.app.inject({ method: 'HEAD', url: publicPaths.page(VALDORIA) });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toMatch(/^W\//);
    expect(res.body).toBe('');
  });
});

describe('bad input', () => {
  const problems = async (url: string) => {
    const res = await get(url);
    return { status: res.statusCode, body: res.json() };
  };

  it('an unknown format', async () => {
    const { status, body } = await problems(`/pubblico/${VALDORIA}/dati.xml`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.problems).toEqual([{ field: '/format', reason: expect.stringContaining('csv, json') }]);
  });

  it('a month that is no month, one not over yet, a period backwards or too long, an unknown parameter', async () => {
    const cases: [string, string, RegExp][] = [
      [`${publicPaths.page(VALDORIA)}?to=2026-13`, '/to', /not a month \(YYYY-MM\)/],
      [`${publicPaths.page(VALDORIA)}?to=2026-11`, '/to', /2026-11 is not over yet: the last complete month is 2026-10/],
      [`${publicPaths.data(VALDORIA, 'json')}?from=2026-10&to=2026-01`, '/from', /must not be after to \(2026-01\)/],
      [`${publicPaths.data(VALDORIA, 'csv')}?from=2020-01&to=2026-10`, '/from', /at most 36 months/],
      [`${publicPaths.badge(VALDORIA)}?month=ottobre`, '/month', /not a month \(YYYY-MM\)/],
      [`${publicPaths.badge(VALDORIA)}?mese=2026-10`, '/mese', /not a known field/],
    ];
    for (const [url, field, reason] of cases) {
      const { status, body } = await problems(url);
      expect(status, url).toBe(400);
      expect(body.error.code, url).toBe('validation_failed');
      expect(body.error.problems?.[0]?.field, url).toBe(field);
      expect(body.error.problems?.[0]?.reason, url).toMatch(reason);
    }
  });

  it('a month outside the years the collector counts: a 400 naming it, quickly, on every route', async () => {
    const cases: [string, string, string][] = [
      [`${publicPaths.data(VALDORIA, 'json')}?to=9999-12`, '/to', '9999-12'],
      [`${publicPaths.page(VALDORIA)}?to=0000-01`, '/to', '0000-01'],
      [`${publicPaths.data(VALDORIA, 'json')}?from=0050-06&to=0050-08`, '/from', '0050-06'],
      [`${publicPaths.badge(VALDORIA)}?month=0000-01`, '/month', '0000-01'],
      [`${publicPaths.data(VALDORIA, 'csv')}?to=0001-01`, '/to', '0001-01'],
      // Unknown administrations answer the same: bad input is refused before the lookup.
      [`${publicPaths.badge('comune-che-non-esiste')}?month=2100-01`, '/month', '2100-01'],
    ];
    for (const [url, field, month] of cases) {
      const started = performance.now();
      const { status, body } = await problems(url);
      expect(performance.now() - started, url).toBeLessThan(1000);
      expect(status, url).toBe(400);
      expect(body.error.code, url).toBe('validation_failed');
      expect(body.error.problems?.[0], url).toEqual({ field, reason: `"${month}" is outside the years the collector counts, 2000 to 2099` });
    }
  });

  it('an id that cannot be an administration\'s', async () => {
    const { status, body } = await problems('/pubblico/%3Cscript%3E');
    expect(status).toBe(400);
    expect(body.error.problems[0].field).toBe('/administrationId');
  });
});

describe('limits and documents', () => {
  it('limits each client address to 120 requests a minute per address, in the shared error shape', async () => {
    const from = { remoteAddress: '192.0.2.77' };
    for (let i = 0; i < 120; i++) expect((await c.app.inject({ url: publicPaths.badge('comune-che-non-esiste'), ...from })).statusCode).toBe(404);
    const refused = await c.app.inject({ url: publicPaths.badge('comune-che-non-esiste'), ...from });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    expect(refused.headers['retry-after']).toBeDefined();
    // Not to be cached by a proxy: on every public address, the open data's schema too.
    expect(refused.headers['cache-control']).toBe('no-store');
    // Each address counts on its own: the schema's, from another client.
    const other = { remoteAddress: '192.0.2.79' };
    for (let i = 0; i < 120; i++) expect((await c.app.inject({ url: publicPaths.schema, ...other })).statusCode).toBe(200);
    const schema = await c.app.inject({ url: publicPaths.schema, ...other });
    expect([schema.statusCode, schema.headers['cache-control']]).toEqual([429, 'no-store']);
    // Another address is not held back.
    expect((await c.app.inject({ url: publicPaths.badge(VALDORIA), remoteAddress: '192.0.2.78' })).statusCode).toBe(200);
  });

  it('counts an IPv6 client by its /64: a new address of the same /64 is held back too', async () => {
    const badge = (remoteAddress: string) => c.app.inject({ url: publicPaths.badge('comune-che-non-esiste'), remoteAddress });
    for (let i = 1; i <= 120; i++) expect((await badge(`2001:db8:77:1::${i.toString(16)}`)).statusCode).toBe(404);
    expect((await badge('2001:db8:77:1::ffff')).statusCode).toBe(429);
    expect((await badge('2001:db8:77:2::1')).statusCode).toBe(404);
  });

  it('lists the public routes in the OpenAPI document, with their formats', async () => {
    const doc = (await c.app.inject({ url: apiPaths.openapi })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/pubblico/{administrationId}', '/pubblico/{administrationId}/dati.{format}', '/pubblico/{administrationId}/badge.svg', '/pubblico/-/schema/dati-v1.json']));
    const data = doc.paths['/pubblico/{administrationId}/dati.{format}'].get;
    expect(Object.keys(data.responses['200'].content)).toEqual(['application/json', 'text/csv']);
    expect(data.tags).toEqual(['public']);
    expect(doc.paths['/pubblico/{administrationId}'].get.security ?? []).toEqual([]);
  });
});
