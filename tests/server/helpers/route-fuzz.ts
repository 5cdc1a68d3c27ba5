// Requests for every route the collector registered, built by fast-check from the OpenAPI document: arbitrary and
// schema-shaped-then-mutated bodies, query strings, path parameters and headers, as anyone from a stranger to an admin.
import fc from 'fast-check';
import type { RouteAccess } from '../../../server/auth/access';
import { fromSchema, mutated, type Hints, type JsonSchema } from './schema-arbitrary';

export interface Identity {
  name: string;
  /** Which credential it carries: most cases go to the identities a route accepts, so they get past its door. */
  kind: 'anonymous' | 'terminal' | 'apiKey' | 'person';
  headers: Record<string, string>;
}

const accepts = (route: RouteAccess, identity: Identity) => {
  const a = route.access;
  if ('public' in a) return true;
  if ('terminal' in a) return identity.kind === 'terminal';
  if ('apiKey' in a) return identity.kind === 'apiKey';
  return identity.kind === 'person';
};

export interface FuzzRequest {
  route: RouteAccess;
  identity: Identity;
  method: string;
  url: string;
  headers: Record<string, string>;
  /** A JSON value (sent as JSON), a raw string (sent with `headers['content-type']`), or nothing. */
  payload?: unknown;
  raw: boolean;
}

interface Operation {
  parameters?: { in: string; name: string; schema?: JsonSchema; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

const WEIRD_SEGMENTS = ['', '.', '..', '%', '%00', '%2F', 'x'.repeat(300), 'ünïcødé', '1e309', '-1', 'null', '00000000-0000-0000-0000-000000000000', "' or 1=1 --", '<script>'];

/** A path parameter: a known id most of the time, else something odd (encoded, so it stays one segment). */
function segment(name: string, hints: Hints): fc.Arbitrary<string> {
  const known = hints[name] ?? [];
  const odd = fc.oneof(fc.constantFrom(...WEIRD_SEGMENTS), fc.string({ maxLength: 40, unit: 'binary' }));
  const raw = known.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...(known as string[])), weight: 4 }, { arbitrary: odd, weight: 1 }) : odd;
  return raw.map((s) => encodeURIComponent(String(s)));
}

function queryString(op: Operation | undefined, doc: JsonSchema, hints: Hints): fc.Arbitrary<string> {
  const params = (op?.parameters ?? []).filter((p) => p.in === 'query');
  const known = fc.record(Object.fromEntries(params.map((p) => [p.name, mutated(fromSchema(p.schema ?? {}, doc, hints, p.name))])), { requiredKeys: [] });
  const extra = fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.oneof(fc.string({ maxLength: 20 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 })), { maxKeys: 2 });
  return fc.tuple(known, fc.oneof({ arbitrary: fc.constant({}), weight: 3 }, { arbitrary: extra, weight: 1 })).map(([a, b]) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...a, ...b })) {
      if (v === undefined) continue;
      for (const item of Array.isArray(v) ? v : [v]) q.append(k, typeof item === 'string' ? item : JSON.stringify(item));
    }
    const s = q.toString();
    return s ? `?${s}` : '';
  });
}

const CONTENT_TYPES = ['application/json', 'text/plain', 'text/csv; charset=utf-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'image/png', 'application/json; charset=latin1', ';;;'];

function body(op: Operation | undefined, doc: JsonSchema, hints: Hints): fc.Arbitrary<{ payload?: unknown; raw: boolean; type?: string }> {
  const content = op?.requestBody?.content ?? {};
  const json = content['application/json']?.schema;
  const shaped = json ? mutated(fromSchema(json, doc, hints)).map((payload) => ({ payload, raw: false })) : fc.jsonValue({ maxDepth: 3 }).map((payload) => ({ payload, raw: false }));
  const rawText = fc.tuple(fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), fc.constantFrom('{', '[1,2', '{"a":', 'null', '""', 'giorno;servizio;persone\n2026-03-10;x;1\n', '\u0000\u0001', '{"__proto__":{"x":1}}')), fc.constantFrom(...CONTENT_TYPES)).map(([payload, type]) => ({ payload, raw: true, type }));
  return fc.oneof({ arbitrary: shaped, weight: 5 }, { arbitrary: rawText, weight: 2 }, { arbitrary: fc.constant({ raw: false }), weight: 1 });
}

/** Headers beyond who is calling: spoofed proxies, foreign origins, broken credentials. */
const EXTRA_HEADERS = fc.record(
  {
    origin: fc.constantFrom('https://evil.example', 'null', 'http://localhost:80', 'not a url'),
    'x-forwarded-host': fc.constantFrom('evil.example', 'localhost'),
    'x-forwarded-proto': fc.constantFrom('https', 'gopher'),
    'x-forwarded-for': fc.constantFrom('1.2.3.4', '::1, 10.0.0.1', 'garbage'),
    authorization: fc.constantFrom('Bearer ', 'bearer x', 'Bearer gk_nope', 'Basic YTpi', 'Bearer ' + 'x'.repeat(500)),
    'accept-language': fc.constantFrom('de', 'it-IT,it;q=0.9', '*', ';q=x'),
    'x-csrf-token': fc.string({ maxLength: 40 }),
    cookie: fc.constantFrom('gradimento_session=nope', 'a=b; c', '='),
  },
  { requiredKeys: [] },
);

/** One request to any route, as any identity. */
export function requests(routes: readonly RouteAccess[], doc: JsonSchema, hints: Hints, identities: readonly Identity[]): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...routes).chain((route) => {
    const op = ((doc.paths as Record<string, Record<string, Operation>>)?.[route.url.replace(/:([A-Za-z]+)/g, '{$1}')] ?? {})[route.method.toLowerCase()];
    const names = [...route.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
    return fc
      .record({
        identity: fc.oneof(...identities.map((i) => ({ arbitrary: fc.constant(i), weight: accepts(route, i) ? 4 : 1 }))),
        params: fc.tuple(...names.map((n) => segment(n, hints))),
        query: queryString(op, doc, hints),
        body: route.method === 'GET' || route.method === 'DELETE' ? fc.oneof({ arbitrary: fc.constant({ raw: false } as { payload?: unknown; raw: boolean; type?: string }), weight: 5 }, { arbitrary: body(op, doc, hints), weight: 1 }) : body(op, doc, hints),
        extra: fc.oneof({ arbitrary: fc.constant({}), weight: 3 }, { arbitrary: EXTRA_HEADERS, weight: 1 }),
      })
      .map(({ identity, params, query, body: b, extra }) => {
        let i = 0;
        const path = route.url.replace(/:([A-Za-z]+)/g, () => params[i++]!);
        // The identity's credentials are added when the request is sent (a session may be renewed meanwhile).
        const headers: Record<string, string> = { ...extra };
        if (b.raw && b.type) headers['content-type'] = b.type;
        return { route, identity, method: route.method, url: `${path}${query}`, headers, payload: b.payload, raw: b.raw };
      });
  });
}
