// The log tells the operator when a reverse proxy makes every citizen one address: a proxy TRUST_PROXY
// does not name, one that forwards the address in a header the collector does not read, or no address.
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { NOTICE_EVERY_MS } from '../../../server/http/proxy-notices';
import { listen, movableClock, startCollector, type TestCollector } from '../helpers/test-collector';

let c: TestCollector | undefined;
afterEach(async () => {
  await c?.close();
  c = undefined;
});

interface Line {
  level: number;
  msg: string;
  notice?: string;
}

/** A collector whose warnings are read back from its log stream. */
async function collector(env: Record<string, string>) {
  const lines: Line[] = [];
  let text = '';
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Line);
  });
  const clock = movableClock('2026-11-30T10:00:00.000Z');
  c = await startCollector({ env: { LOG_LEVEL: 'warn', ...env }, logStream: stream, now: clock.now });
  const base = await listen(c);
  return { c, base, clock, notices: () => lines.filter((l) => l.notice !== undefined), text: () => text };
}

describe('a proxy TRUST_PROXY does not name', () => {
  it('is said in the log with the address seen and the setting to fix, at most once an hour', async () => {
    const { c, base, clock, notices } = await collector({});
    // From a public address these headers are a client's own invention: no notice.
    await c.app.inject({ url: apiPaths.health, headers: { 'x-forwarded-for': '198.51.100.4' }, remoteAddress: '203.0.113.50' });
    // Straight from this machine, without forwarding headers: no notice.
    expect((await fetch(`${base}${apiPaths.health}`)).status).toBe(200);
    expect(notices()).toEqual([]);

    // A real request through a real socket from 127.0.0.1, as nginx on this machine sends it.
    expect((await fetch(`${base}${apiPaths.health}`, { headers: { 'x-forwarded-for': '198.51.100.4' } })).status).toBe(200);
    expect(notices()).toHaveLength(1);
    const [first] = notices();
    expect(first).toMatchObject({ level: 40, notice: 'proxy-not-trusted' });
    expect(first!.msg).toContain('from 127.0.0.1 carries X-Forwarded-For');
    expect(first!.msg).toContain('Fix: TRUST_PROXY=loopback');
    expect(first!.msg).toContain('sign-in attempts');

    // Not once per request: Forwarded and X-Real-IP within the hour add no line.
    await fetch(`${base}${apiPaths.health}`, { headers: { forwarded: 'for=198.51.100.4' } });
    await fetch(`${base}${apiPaths.health}`, { headers: { 'x-real-ip': '198.51.100.4' } });
    expect(notices()).toHaveLength(1);

    // An hour later it is said again; a proxy on a private address is named by its address.
    clock.advance(NOTICE_EVERY_MS);
    await c.app.inject({ url: apiPaths.health, headers: { 'x-real-ip': '198.51.100.4' }, remoteAddress: '10.1.2.3' });
    expect(notices()).toHaveLength(2);
    expect(notices()[1]!.msg).toContain('from 10.1.2.3 carries X-Real-IP');
    expect(notices()[1]!.msg).toContain('Fix: TRUST_PROXY=10.1.2.3');
  });
});

describe('a proxy TRUST_PROXY names', () => {
  it('is quiet when it forwards the address in X-Forwarded-For, and said when it uses another header or forwards no address', async () => {
    const { base, notices, text } = await collector({ TRUST_PROXY: 'loopback' });
    await fetch(`${base}${apiPaths.health}`, { headers: { 'x-forwarded-for': '198.51.100.4' } });
    await fetch(`${base}${apiPaths.health}`, { headers: { 'x-forwarded-for': '198.51.100.4:51234' } });
    expect(notices()).toEqual([]);

    await fetch(`${base}${apiPaths.health}`, { headers: { 'x-real-ip': '198.51.100.4' } });
    expect(notices()).toMatchObject([{ level: 40, notice: 'proxy-no-x-forwarded-for' }]);
    expect(notices()[0]!.msg).toContain('in X-Real-IP only');

    await fetch(`${base}${apiPaths.health}`, { headers: { 'x-forwarded-for': 'garbage-from-a-client' } });
    await fetch(`${base}${apiPaths.health}`, { headers: { 'x-forwarded-for': 'garbage-again' } });
    expect(notices().map((l) => l.notice)).toEqual(['proxy-no-x-forwarded-for', 'proxy-forwards-no-address']);
    expect(notices()[1]!.msg).toContain('is no IP address: such requests count as 127.0.0.1');
    // What a client typed stays out of the log.
    expect(text()).not.toContain('garbage');
  });
});
