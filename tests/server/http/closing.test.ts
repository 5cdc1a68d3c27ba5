// A request that reaches the collector while it stops (SIGTERM) is refused in the API's error shape, with Retry-After.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { listen, startCollector, type TestCollector } from '../helpers/test-collector';

let c: TestCollector | undefined;
afterEach(async () => {
  await c?.close().catch(() => {});
  c = undefined;
});

describe('a request during a stop', () => {
  it('is answered 503 with { error: { code, message } } and Retry-After, while the request in flight finishes', async () => {
    c = await startCollector();
    const { port } = new URL(await listen(c));
    const socket = net.connect(Number(port), '127.0.0.1');
    await new Promise<void>((done) => socket.once('connect', () => done()));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    const body = JSON.stringify({ email: 'nobody@comune.example.org', password: 'not the password' });
    // A request in flight: its body still coming when the stop begins.
    socket.write(`POST ${apiPaths.session} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`);
    await new Promise((done) => setTimeout(done, 200));
    const closed = c.app.close();
    await new Promise((done) => setTimeout(done, 200));
    // The rest of it, and a second request behind it on the same connection.
    socket.write(`${body.slice(10)}GET ${apiPaths.health} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    await new Promise<void>((done) => socket.once('close', () => done()));
    await closed;
    const responses = answer.split(/(?=HTTP\/1\.1 )/);
    expect(responses).toHaveLength(2);
    expect(responses[0]).toMatch(/^HTTP\/1\.1 401 /);
    const [head, json] = responses[1]!.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 503 /);
    expect(head).toMatch(/\r\nretry-after: 5\r\n/i);
    expect(JSON.parse(json!)).toEqual({ error: { code: 'service_unavailable', message: expect.stringMatching(/^The collector is stopping .* Try again in 5 s\.$/), retryAfterSeconds: 5 } });
    c = undefined;
  });
});
