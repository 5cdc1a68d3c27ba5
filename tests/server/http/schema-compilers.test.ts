import Fastify from 'fastify';
import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { compilersFactory } from '../../../server/http/schema-compilers';

const options = { customOptions: { allErrors: false, removeAdditional: false, coerceTypes: false } };
const route = (schema: object) => ({ schema, method: 'POST', url: '/x', httpPart: 'body', httpStatus: '200' });

describe('schema compilers shared by every collector of the process', () => {
  it('gives a second instance the validator and serializer the first one compiled for the same schema', () => {
    const body = Type.Object({ n: Type.Integer() });
    const first = compilersFactory.buildValidator!({}, options)(route(body) as never);
    const second = compilersFactory.buildValidator!({}, options)(route(body) as never);
    expect(second).toBe(first);
    const answer = Type.Object({ ok: Type.Boolean() });
    const s1 = compilersFactory.buildSerializer!({}, {})(route(answer) as never);
    const s2 = compilersFactory.buildSerializer!({}, {})(route(answer) as never);
    expect(s2).toBe(s1);
  });

  it('compiles a different schema, or other options, on their own', () => {
    const a = Type.Object({ n: Type.Integer() });
    const b = Type.Object({ n: Type.String() });
    const validate = compilersFactory.buildValidator!({}, options);
    expect(validate(route(a) as never)).not.toBe(validate(route(b) as never));
    const coercing = compilersFactory.buildValidator!({}, { customOptions: { coerceTypes: true } });
    expect((coercing(route(a) as never) as (d: unknown) => boolean)({ n: '3' })).toBe(true);
    expect((validate(route(a) as never) as (d: unknown) => boolean)({ n: '3' })).toBe(false);
    const serialize = compilersFactory.buildSerializer!({}, {});
    expect(serialize(route(a) as never)).not.toBe(serialize(route(b) as never));
  });

  it('still validates and serializes in two instances built one after the other', async () => {
    const body = Type.Object({ n: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
    const reply = Type.Object({ twice: Type.Integer() });
    for (let i = 0; i < 2; i++) {
      const app = Fastify({ ajv: options, schemaController: { compilersFactory } });
      app.post('/x', { schema: { body, response: { 200: reply } } }, async (req) => ({ twice: (req.body as { n: number }).n * 2, secret: 'left out' }));
      expect((await app.inject({ method: 'POST', url: '/x', payload: { n: 0 } })).statusCode).toBe(400);
      expect((await app.inject({ method: 'POST', url: '/x', payload: { n: 2, extra: 1 } })).statusCode).toBe(400);
      const ok = await app.inject({ method: 'POST', url: '/x', payload: { n: 2 } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({ twice: 4 });
      await app.close();
    }
  });
});
