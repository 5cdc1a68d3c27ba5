// The dashboard's live link (kiosk/dashboard/live-socket.ts) watching offices on a real collector: a watch that got
// no answer in time, or that the collector failed to answer, is asked again rather than leaving the badge offline; a
// watch answered after the manager moved on does not leave the socket in that office's room.
import { sql } from 'kysely';
import { io } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FromLiveWorker } from '../../../kiosk/dashboard/live-messages';
import { runLiveSocket, type LiveSocket, type LiveSocketLink, type LiveSocketTiming } from '../../../kiosk/dashboard/live-socket';
import { DEMO } from '../../../server/store/seed-demo';
import { COUNTER, listen, makeVote, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';
import { tcpRelay, type TcpRelay } from '../helpers/tcp-relay';

const [MUNICIPIO, SAN_ROCCO] = DEMO.offices.map((o) => o.id) as [string, string];

let c: TestCollector;
let base = '';
let relay: TcpRelay | undefined;
const ends: (() => void)[] = [];
beforeEach(async () => {
  c = await startCollector();
  base = await listen(c);
});
afterEach(async () => {
  for (const end of ends.splice(0)) end();
  await relay?.close();
  relay = undefined;
  await c?.close();
});

/** The live link on a real socket to `url`, as the worker runs it, and what it told the page. */
function dashboard(url: string, timing: LiveSocketTiming, transports?: ['websocket'] | ['polling']) {
  const told: FromLiveWorker[] = [];
  const socket: LiveSocket = io(url, { forceNew: true, extraHeaders: { cookie: c.admin.cookie }, ...(transports ? { transports } : {}) });
  const link: LiveSocketLink = runLiveSocket(socket, (m) => told.push(m), timing);
  ends.push(() => link.close());
  return { socket, link, told, status: () => told.filter((m) => m.kind === 'status').at(-1)?.status };
}

describe('a watch not answered', () => {
  it('is asked again after no answer in time', async () => {
    relay = await tcpRelay(base);
    // One WebSocket: every answer comes over the connection the relay holds.
    const d = dashboard(relay.url, { retryMs: 1_000, ackTimeoutMs: 500 }, ['websocket']);
    d.link.watch(MUNICIPIO);
    await expect.poll(d.status).toBe('live');
    relay.hold();
    d.link.watch(SAN_ROCCO);
    await expect.poll(d.status).toBe('offline');
    relay.release();
    await expect.poll(d.status, { timeout: 5_000 }).toBe('live');
  });

  it('is asked again after the collector failed to answer it (internal_error)', async () => {
    const d = dashboard(base, { retryMs: 500 });
    d.link.watch(MUNICIPIO);
    await expect.poll(d.status).toBe('live');
    // Not the database being down (that is service_unavailable): a query that fails.
    await sql`alter table offices rename to offices_away`.execute(c.store.db);
    try {
      d.link.watch(SAN_ROCCO);
      await expect.poll(d.status).toBe('offline');
    } finally {
      await sql`alter table offices_away rename to offices`.execute(c.store.db);
    }
    await expect.poll(d.status, { timeout: 5_000 }).toBe('live');
  });
});

describe('a watch answered after the manager moved on', () => {
  it('leaves that office\'s room: the socket hears only the office on screen', async () => {
    // Long-polling: what the link sends in one moment reaches the collector in one request, handled in order.
    const d = dashboard(base, {}, ['polling']);
    d.link.watch(SAN_ROCCO);
    await expect.poll(d.status).toBe('live');
    const heard: string[] = [];
    d.socket.on('vote:stored', (e) => heard.push(e.officeId));
    // A quick look at the municipio and back: the collector looks the office up before joining its room, so the
    // municipio's unwatch is handled before its watch joins.
    d.link.watch(MUNICIPIO);
    d.link.watch(SAN_ROCCO);
    await expect.poll(() => d.told.filter((m) => m.kind === 'status' && m.status === 'live')).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 300));
    const castAt = new Date().toISOString();
    expect((await postVotes(c, [makeVote({ castAt })], TOTEM.id)).status).toBe(200);
    expect((await postVotes(c, [makeVote({ castAt, serviceId: COUNTER.services[0]! })], COUNTER.id)).status).toBe(200);
    // Events reach a socket in order: once San Rocco's has, the municipio's would have too.
    await expect.poll(() => heard).toContain(SAN_ROCCO);
    expect(heard).toEqual([SAN_ROCCO]);
  });
});
