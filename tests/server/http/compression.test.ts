// The collector compresses its answers for browsers that ask (brotli first, then gzip) and leaves them plain for those that do not.
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { subscriptionPaths } from '../../../server/contract/subscriptions';
import { startCollector, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
beforeAll(async () => {
  c = await startCollector();
}, 30_000);
afterAll(async () => c?.close());

describe('compressed requests', () => {
  it('are not unpacked: 36 bytes of brotli must not become a megabyte of JSON to parse and walk', async () => {
    const bomb = brotliCompressSync(Buffer.from(`{"x":[${Array(499_000).fill('0').join(',')}]}`));
    expect(bomb.length).toBeLessThan(100);
    const res = await c.app.inject({ method: 'POST', url: subscriptionPaths.unsubscribeCheck, headers: { 'content-type': 'application/json', 'content-encoding': 'br' }, payload: bomb });
    // Read as it came: not JSON. Unpacked, it would have been parsed and walked, then refused by its schema.
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('not valid JSON') });
  });

  it('still reads a plain body of a megabyte of numbers, and refuses a NUL deep in it by its place', async () => {
    const zeros = Array(200_000).fill(0);
    const ok = await c.app.inject({ method: 'POST', url: subscriptionPaths.unsubscribeCheck, payload: { token: 'x'.repeat(10), x: zeros } });
    // Refused by its schema (no such field), not by the text check, and not a 500.
    expect(ok.statusCode).toBe(400);
    const nul = await c.app.inject({ method: 'POST', url: subscriptionPaths.unsubscribeCheck, payload: { token: 'x'.repeat(10), x: [...zeros.slice(0, 5), { a: ['b', 'c\u0000'] }] } });
    expect(nul.json().error.problems).toEqual([{ field: '/x/5/a/1', reason: expect.any(String) }]);
  });
});

describe('compression', () => {
  it('answers an API request in brotli or gzip as asked, with the same JSON inside', async () => {
    const plain = await c.app.inject({ url: apiPaths.openapi });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const body = plain.body;
    expect(body.length).toBeGreaterThan(10_000);

    const br = await c.app.inject({ url: apiPaths.openapi, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const brBody = brotliDecompressSync(br.rawPayload).toString('utf8');
    expect(brBody).toBe(body);
    expect(br.rawPayload.length).toBeLessThan(body.length / 4);

    const gz = await c.app.inject({ url: apiPaths.openapi, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(body);
  });

  it('leaves small answers alone: the headers would cost more than they save', async () => {
    const res = await c.app.inject({ url: apiPaths.session, headers: { 'accept-encoding': 'br' } });
    expect(res.body.length).toBeLessThan(1024);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
