// Errors Fastify raises while routing (an overlong path segment, an address it cannot decode) come in the API's error shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollector, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
beforeAll(async () => {
  c = await startCollector();
});
afterAll(async () => c?.close());

describe('routing errors', () => {
  it('answers a path segment beyond 100 characters with 414 in the error shape (found by route fuzzing)', async () => {
    const res = await c.app.inject({ url: `/pubblico/valdoria/dati.${'x'.repeat(120)}` });
    expect(res.statusCode).toBe(414);
    expect(res.json()).toEqual({ error: { code: 'validation_failed', message: expect.stringContaining('longer than 100 characters') } });
  });

  it('answers an address that cannot be decoded with 400 in the error shape', async () => {
    const res = await c.app.inject({ url: '/api/v1/offices/%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'validation_failed', message: expect.stringContaining('cannot be decoded') } });
  });
});
