// Security headers, cache headers on the built apps, request timeouts as configured, the bearer scheme in any case.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { BUILD_STAMP } from '../../../server/front-end-sources';
import { listen, makeTempDir, makeVote, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

let c: TestCollector | undefined;
let dist: string | undefined;
afterEach(async () => {
  await c?.close();
  c = undefined;
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
  dist = undefined;
});

/** A built front-end in miniature: the two pages, a hashed asset, the service worker. */
function fakeDist(): string {
  const dir = makeTempDir();
  for (const [file, text] of [
    ['terminal/index.html', '<!doctype html><title>t</title>'],
    ['dashboard/index.html', '<!doctype html><title>d</title>'],
    ['assets/app-3f2a1b.js', 'console.log(1)'],
    ['sw.js', 'self.skipWaiting()'],
    [BUILD_STAMP, '{"root":"/srv/gradimento","sha256":"0"}'],
  ]) {
    fs.mkdirSync(path.dirname(path.join(dir, file!)), { recursive: true });
    fs.writeFileSync(path.join(dir, file!), text!);
  }
  return dir;
}

describe('security headers', () => {
  it('send a strict CSP with no inline script, no framing, nosniff and a referrer policy; no HSTS over plain http', async () => {
    c = await startCollector();
    const res = await c.app.inject({ url: apiPaths.health });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('keep a person\'s answers out of the browser\'s cache (no-store on the API), and leave public data its own caching', async () => {
    c = await startCollector();
    for (const url of [apiPaths.session, `${apiPaths.officeReport(TOTEM.officeId)}?from=2026-03-01&to=2026-03-31`]) {
      const res = await c.app.inject({ url, headers: c.admin.headers });
      expect([res.statusCode, res.headers['cache-control']], url).toEqual([200, 'no-store']);
    }
    // Refusals too: an error names what was asked.
    expect((await c.app.inject({ url: apiPaths.session })).headers['cache-control']).toBe('no-store');
  });

  it('send HSTS when the collector is reached over TLS (PUBLIC_URL https, in any letter case)', async () => {
    for (const url of ['https://gradimento.comune.example.org', 'HTTPS://gradimento.comune.example.org']) {
      c = await startCollector({ env: { PUBLIC_URL: url } });
      const res = await c.app.inject({ url: apiPaths.health });
      expect(res.headers['strict-transport-security'], url).toMatch(/max-age=31536000/);
      await c.close();
      c = undefined;
    }
  });
});

describe('the built apps', () => {
  it('are served no-cache (pages, service worker) and immutable (hashed assets), not max-age=0', async () => {
    dist = fakeDist();
    c = await startCollector({ env: { DIST_DIR: dist } });
    const get = async (url: string) => (await c!.app.inject({ url })).headers['cache-control'];
    expect(await get('/terminal/')).toBe('no-cache');
    expect(await get('/sw.js')).toBe('no-cache');
    expect(await get('/assets/app-3f2a1b.js')).toBe('public, max-age=31536000, immutable');
  });

  it('keep the build stamp to themselves: it names the folder the collector was built in', async () => {
    dist = fakeDist();
    c = await startCollector({ env: { DIST_DIR: dist } });
    // However the path is written: a proxy passes a doubled slash on as it came.
    for (const url of [`/${BUILD_STAMP}`, `//${BUILD_STAMP}`, `///${BUILD_STAMP}`, `/./${BUILD_STAMP}`, `/assets/../${BUILD_STAMP}`, `/%2F${BUILD_STAMP}`]) {
      const res = await c.app.inject({ url });
      expect([url, res.statusCode]).not.toEqual([url, 200]);
      expect(res.body).not.toContain('/srv/gradimento');
    }
    expect((await c.app.inject({ url: '/sw.js' })).statusCode).toBe(200);
  });
});

describe('requests', () => {
  /** Sends headers and part of a body, then nothing; resolves with what came back and when the socket closed. */
  async function stall(base: URL, authorization?: string) {
    const started = Date.now();
    return new Promise<{ ms: number; answer: string }>((resolve, reject) => {
      let answer = '';
      const socket = net.connect(Number(base.port), base.hostname, () => {
        const auth = authorization ? `Authorization: ${authorization}\r\n` : '';
        socket.write(`POST ${apiPaths.votes} HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"terminalId":`);
      });
      socket.on('data', (d) => (answer += String(d)));
      socket.on('close', () => resolve({ ms: Date.now() - started, answer }));
      socket.on('error', () => undefined);
      setTimeout(() => reject(new Error('still open after 15 s')), 15_000);
    });
  }

  it('are cut off after REQUEST_TIMEOUT_SECONDS when the client stalls mid-body', async () => {
    c = await startCollector({ env: { REQUEST_TIMEOUT_SECONDS: '2' } });
    const { ms, answer } = await stall(new URL(await listen(c)), `Bearer ${c.tokens[TOTEM.id]}`);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    // Node checks every second: a 2 s timeout ends between 2 and about 3 s, not after 60 or 80.
    expect(ms).toBeGreaterThanOrEqual(1900);
    expect(ms).toBeLessThan(8000);
  });

  it('close the connection after refusing a request whose body never came', async () => {
    c = await startCollector({ env: { REQUEST_TIMEOUT_SECONDS: '30' } });
    const { ms, answer } = await stall(new URL(await listen(c)));
    expect(answer).toMatch(/^HTTP\/1\.1 401/);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(ms).toBeLessThan(8000);
  });

  it('take the bearer scheme in any letter case', async () => {
    c = await startCollector();
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const res = await c.app.inject({ method: 'POST', url: apiPaths.votes, headers: { authorization: `${scheme} ${c.tokens[TOTEM.id]}` }, payload: { terminalId: TOTEM.id, votes: [makeVote()] } });
      expect(res.statusCode, scheme).toBe(200);
    }
  });
});
