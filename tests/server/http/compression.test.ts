// The collector compresses its answers for browsers that ask (brotli first, then gzip) and leaves them plain for those that do not.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { startCollector, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
beforeAll(async () => {
  c = await startCollector();
}, 30_000);
afterAll(async () => c?.close());

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
