// What a schema refuses, said in the catalogue's words beside the field (as a form shows them), in Italian and English; what the catalogue does not cover keeps the validator's own.
import Fastify, { type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { installErrorHandler, PATTERNS } from '../../../server/http/errors';
import { startCollector } from '../helpers/test-collector';

let app: FastifyInstance;
beforeAll(async () => {
  // The collector's validator options (server/app.ts): no coercion, stop at the first failure.
  app = Fastify({ ajv: { customOptions: { allErrors: false, removeAdditional: false, coerceTypes: false } } }).withTypeProvider<TypeBoxTypeProvider>();
  installErrorHandler(app);
  app.post(
    '/form',
    {
      schema: {
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 5 })),
            code: Type.Optional(Type.String({ minLength: 3 })),
            email: Type.Optional(Type.String({ format: 'email' })),
            day: Type.Optional(Type.String({ format: 'date' })),
            at: Type.Optional(Type.String({ format: 'date-time' })),
            url: Type.Optional(Type.String({ format: 'uri' })),
            count: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
            ratio: Type.Optional(Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 })),
            list: Type.Optional(Type.Array(Type.String(), { minItems: 1, maxItems: 2 })),
            kind: Type.Optional(Type.Enum(['daily', 'weekly'])),
            id: Type.Optional(Type.String({ pattern: '^[a-z]+$' })),
            opens: Type.Optional(Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' })),
            month: Type.Optional(Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' })),
            limit: Type.Optional(Type.String({ pattern: '^([1-9]\\d?|[1-4]\\d\\d|500)$' })),
            standard: Type.Optional(Type.Union([Type.Object({ minPositivePct: Type.Integer({ minimum: 0, maximum: 100 }) }), Type.Null()])),
            needed: Type.String(),
          },
          { additionalProperties: false },
        ),
      },
    },
    async () => ({ ok: true }),
  );
  await app.ready();
});
afterAll(async () => app?.close());

async function reason(body: object, language: 'it' | 'en'): Promise<[string, string]> {
  const res = await app.inject({ method: 'POST', url: '/form', payload: { needed: 'x', ...body }, headers: { 'accept-language': language } });
  expect(res.statusCode).toBe(400);
  const [problem, ...more] = res.json().error.problems as { field: string; reason: string }[];
  expect(more).toEqual([]);
  return [problem!.field, problem!.reason];
}

const CASES: [string, object, string, string][] = [
  ['an empty text', { name: '' }, 'cannot be empty', 'non può essere vuoto'],
  ['a text too long', { name: 'abcdefg' }, 'can have at most 5 characters', 'può avere al massimo 5 caratteri'],
  ['a text too short', { code: 'ab' }, 'must have at least 3 characters', 'deve avere almeno 3 caratteri'],
  ['not an e-mail address', { email: 'nobody' }, 'is not an e-mail address (name@example.org)', 'non è un indirizzo e-mail (nome@esempio.it)'],
  ['not a date', { day: '31/12/2026' }, 'is not a date (YYYY-MM-DD)', 'non è una data (AAAA-MM-GG)'],
  ['not a date and time', { at: 'ieri' }, 'is not a date and time (ISO 8601, as 2026-11-29T10:00:00Z)', 'non è una data con ora (ISO 8601, come 2026-11-29T10:00:00Z)'],
  ['not a web address', { url: 'nowhere' }, 'is not a web address (https://…)', 'non è un indirizzo web (https://…)'],
  ['a number too small', { count: -1 }, 'must be at least 0', 'deve essere almeno 0'],
  ['a number too big', { count: 11 }, 'can be at most 10', 'può essere al massimo 10'],
  ['a number not above its bound', { ratio: 0 }, 'must be more than 0', 'deve essere più di 0'],
  ['a number not below its bound', { ratio: 1 }, 'must be less than 1', 'deve essere meno di 1'],
  ['too few items', { list: [] }, 'must list at least 1', 'deve indicarne almeno 1'],
  ['too many items', { list: ['a', 'b', 'c'] }, 'can list at most 2', 'può indicarne al massimo 2'],
  ['a value not offered', { kind: 'yearly' }, 'must be one of: daily, weekly', 'deve essere uno tra: daily, weekly'],
  ['a field no form has', { colour: 'blu' }, 'is not a known field', 'non è un campo previsto'],
  // The API's patterns, in words instead of their regular expression.
  ['not a time of day', { opens: '25:00' }, 'is not a time of day (HH:MM, from 00:00 to 23:59)', 'non è un orario (HH:MM, da 00:00 a 23:59)'],
  ['not a month', { month: '2026-13' }, 'is not a month (YYYY-MM)', 'non è un mese (AAAA-MM)'],
  ['not a whole number in range', { limit: '0' }, 'must be a whole number from 1 to 500', 'deve essere un numero intero da 1 a 500'],
];

describe('a field a schema refuses', () => {
  it.each(CASES)('%s: said beside the field, in English and in Italian', async (_what, body, english, italian) => {
    const field = `/${Object.keys(body)[0]}`;
    expect(await reason(body, 'en')).toEqual([field, english]);
    expect(await reason(body, 'it')).toEqual([field, italian]);
  });

  it('a value that may also be null says what is wrong with the value, not that it must be null', async () => {
    const res = await app.inject({ method: 'POST', url: '/form', payload: { needed: 'x', standard: { minPositivePct: 101 } } });
    expect(res.json().error.problems).toEqual([{ field: '/standard/minPositivePct', reason: 'can be at most 100' }]);
  });

  it('a missing field is named, with its own pointer', async () => {
    const res = await app.inject({ method: 'POST', url: '/form', payload: {}, headers: { 'accept-language': 'it' } });
    expect(res.json().error.problems).toEqual([{ field: '/needed', reason: 'manca' }]);
  });

  it('has words for every pattern of the API\'s contract', async () => {
    const c = await startCollector();
    try {
      const doc = (await c.app.inject({ url: apiPaths.openapi })).json();
      const patterns = new Set<string>();
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          for (const [k, v] of Object.entries(node)) {
            if (k === 'pattern' && typeof v === 'string') patterns.add(v);
            else walk(v);
          }
        }
      };
      walk(doc.paths);
      expect(patterns.size).toBeGreaterThan(5);
      expect([...patterns].filter((p) => !(p in PATTERNS))).toEqual([]);
    } finally {
      await c.close();
    }
  });

  it('keeps the validator\'s words for what the catalogue does not cover (a pattern, a type), translated in Italian', async () => {
    const [, english] = await reason({ id: 'ABC' }, 'en');
    expect(english).toBe('must match pattern "^[a-z]+$"');
    const [, italian] = await reason({ id: 'ABC' }, 'it');
    expect(italian).toBe('deve corrispondere al formato "^[a-z]+$"');
    expect((await reason({ count: 'tre' }, 'it'))[1]).toBe('deve essere di tipo integer');
  });
});
