// fast-check arbitraries from the JSON schemas of the OpenAPI document: values a route should accept, and the same mutated.
import fc from 'fast-check';

export type JsonSchema = Record<string, unknown>;

/** Known ids by property name: random strings alone would never get past "not found". */
export type Hints = Record<string, readonly unknown[]>;

const MAX_ARRAY = 4;
const MAX_DEPTH = 6;

/** '#/components/schemas/X' against the document. */
function resolve(schema: JsonSchema, doc: JsonSchema): JsonSchema {
  let s = schema;
  for (let i = 0; i < 10 && typeof s.$ref === 'string'; i++) {
    const parts = (s.$ref as string).replace(/^#\//, '').split('/');
    s = parts.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[decodeURIComponent(key)], doc) as JsonSchema;
    if (!s) return {};
  }
  return s;
}

function stringOf(s: JsonSchema): fc.Arbitrary<string> {
  const minLength = typeof s.minLength === 'number' ? s.minLength : 0;
  const maxLength = typeof s.maxLength === 'number' ? Math.min(s.maxLength, minLength + 40) : minLength + 20;
  switch (s.format) {
    case 'date-time':
      return fc.date({ min: new Date('1999-01-01T00:00:00Z'), max: new Date('2031-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'date':
      return fc.date({ min: new Date('1999-01-01T00:00:00Z'), max: new Date('2031-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
    case 'uuid':
      return fc.uuid();
  }
  if (typeof s.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length >= minLength && x.length <= (typeof s.maxLength === 'number' ? s.maxLength : Infinity));
    } catch {
      // A pattern fast-check cannot generate from: any string will do as a mutation.
    }
  }
  return fc.string({ minLength, maxLength, unit: 'grapheme' });
}

/** Values shaped by the schema (mostly valid; constraints fast-check cannot follow are left to chance). */
export function fromSchema(schema: JsonSchema, doc: JsonSchema, hints: Hints = {}, name = '', depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  const hint = name ? hints[name] : undefined;
  const shaped = shapedBy(s, doc, hints, depth);
  return hint && hint.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...hint), weight: 3 }, { arbitrary: shaped, weight: 1 }) : shaped;
}

function shapedBy(s: JsonSchema, doc: JsonSchema, hints: Hints, depth: number): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null);
  if (Array.isArray(s.enum) && s.enum.length > 0) return fc.constantFrom(...(s.enum as unknown[]));
  if ('const' in s) return fc.constant(s.const);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = s[key];
    if (Array.isArray(branches) && branches.length > 0) return fc.oneof(...branches.map((b) => fromSchema(b as JsonSchema, doc, hints, '', depth + 1)));
  }
  if (Array.isArray(s.allOf) && s.allOf.length > 0) return fromSchema(s.allOf[0] as JsonSchema, doc, hints, '', depth + 1);
  const types = Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => shapedBy({ ...s, type }, doc, hints, depth)));
  switch (types[0]) {
    case 'string':
      return stringOf(s);
    case 'integer':
      return fc.integer({ min: typeof s.minimum === 'number' ? s.minimum : -1_000_000, max: typeof s.maximum === 'number' ? s.maximum : 1_000_000 });
    case 'number':
      return fc.double({ min: typeof s.minimum === 'number' ? s.minimum : -1e6, max: typeof s.maximum === 'number' ? s.maximum : 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = typeof s.minItems === 'number' ? s.minItems : 0;
      const maxLength = Math.max(minLength, Math.min(typeof s.maxItems === 'number' ? s.maxItems : MAX_ARRAY, MAX_ARRAY));
      const items = s.items && typeof s.items === 'object' ? fromSchema(s.items as JsonSchema, doc, hints, '', depth + 1) : fc.anything();
      return s.uniqueItems ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) }) : fc.array(items, { minLength, maxLength });
    }
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, JsonSchema>;
      const required = Array.isArray(s.required) ? (s.required as string[]) : [];
      const record = Object.fromEntries(Object.entries(props).map(([key, p]) => [key, fromSchema(p, doc, hints, key, depth + 1)]));
      return fc.record(record, { requiredKeys: required.filter((k) => k in props) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

type Path = (string | number)[];

function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

const MUTATIONS = ['replace', 'drop', 'extra', 'wrap', 'stringify'] as const;

/** One change somewhere in a value: a node replaced by anything, dropped, wrapped, stringified, or an unknown key added. */
function mutateAt(value: unknown, n: number, kind: (typeof MUTATIONS)[number], junk: unknown, key: string): unknown {
  const all = paths(value);
  const path = all[n % all.length]!;
  const copy = structuredClone(value);
  const change = (node: unknown): unknown => {
    switch (kind) {
      case 'replace':
        return junk;
      case 'wrap':
        return [node];
      case 'stringify':
        return JSON.stringify(node) ?? String(node);
      case 'extra':
        return node && typeof node === 'object' && !Array.isArray(node) ? { ...node, [key]: junk } : junk;
      case 'drop':
        return undefined;
    }
  };
  if (path.length === 0) return change(copy) ?? null;
  const parent = path.slice(0, -1).reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], copy) as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const next = change(parent[last]);
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = next;
  return copy;
}

/** Mostly-valid values, the same with one mutation, and anything at all. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const mutation = fc
    .tuple(valid, fc.nat(), fc.constantFrom(...MUTATIONS), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 12 }))
    .map(([v, n, kind, junk, key]) => mutateAt(v, n, kind, junk, key || 'x'));
  return fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: mutation, weight: 4 }, { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 });
}
