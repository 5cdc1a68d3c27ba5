// The log keeps no address of the citizens who rate from a QR code or a comune's website (the QR page
// tells them nothing personal is kept); every other request's line still says where it came from.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { channelPaths } from '../../../server/contract/channel-points';
import { DEMO } from '../../../server/store/seed-demo';
import { as } from '../admin/admin-api';
import { startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

const CITIZEN = '203.0.113.9';
const STAFF = '198.51.100.23';
let c: TestCollector;
const lines: Record<string, unknown>[] = [];
let text = '';

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  c = await startCollector({ env: { LOG_LEVEL: 'info' }, logStream: stream });
});
afterAll(async () => c?.close());

describe('request lines', () => {
  it('leave out the address of a citizen rating on the web widget or opening the QR page, and keep everyone else\'s', async () => {
    const point = await as(c.app, c.admin).post(apiPaths.officeChannelPoints(DEMO.offices[0]!.id), { kind: 'web', serviceId: TOTEM.services[0]! });
    expect(point.status).toBe(201);
    const rated = await c.app.inject({ method: 'POST', url: channelPaths.webVotes(point.body.id), payload: { stars: 2, answer: 'altro-negativo' }, headers: { origin: 'https://www.comune.valdoria.it' }, remoteAddress: CITIZEN });
    expect(rated.statusCode, rated.body).toBe(201);
    expect((await c.app.inject({ url: channelPaths.mobilePage, remoteAddress: CITIZEN })).statusCode).toBe(200);
    expect((await c.app.inject({ url: apiPaths.health, remoteAddress: STAFF })).statusCode).toBe(200);

    const incoming = lines.filter((l) => l.msg === 'incoming request').map((l) => l.req as { url: string; remoteAddress?: string });
    const citizens = incoming.filter((r) => r.url.startsWith('/canali/'));
    expect(citizens.map((r) => r.url)).toEqual([channelPaths.webVotes(point.body.id), channelPaths.mobilePage]);
    expect(citizens.every((r) => !('remoteAddress' in r) && !('remotePort' in r))).toBe(true);
    expect(incoming.find((r) => r.url === apiPaths.health)).toMatchObject({ remoteAddress: STAFF });
    // Nowhere in the log, not in another line either.
    expect(text).not.toContain(CITIZEN);
  });

  it('leave out an unsubscribe link\'s token, which stops someone\'s e-mails', async () => {
    const token = 'a-secret-unsubscribe-token-0123456789';
    await c.app.inject({ url: `/api/v1/unsubscribe?token=${token}&lang=it` });
    await c.app.inject({ method: 'POST', url: `/api/v1/unsubscribe?token=${encodeURIComponent(token)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    const urls = lines.filter((l) => l.msg === 'incoming request').map((l) => (l.req as { url: string }).url).filter((u) => u.startsWith('/api/v1/unsubscribe'));
    expect(urls).toEqual(['/api/v1/unsubscribe?token=…&lang=it', '/api/v1/unsubscribe?token=…']);
    expect(text).not.toContain(token);
    // A malformed escape in a parameter's name is logged as it came, not a failure of the log.
    expect((await c.app.inject({ url: '/api/v1/unsubscribe?%E0%A4%A=1&token=x' })).statusCode).toBeLessThan(500);
  });
});
