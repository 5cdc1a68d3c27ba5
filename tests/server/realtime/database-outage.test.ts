// The live link while PostgreSQL refuses connections: a handshake, a watch and a hello are answered
// service_unavailable (not "sign in", "no such office" or "terminal unknown"), and the terminal's own
// link (kiosk/terminal/net/socket.ts) asks again by itself, since socket.io does not after a refused
// handshake, and is back (hello answered, heartbeat stored) once the database is. So is the dashboard's
// (kiosk/dashboard/live-socket.ts), also when a watch or hello waiting to be asked again was pending as the
// connection dropped, and the alerts page's, which goes through the same link (kiosk/dashboard/alerts/use-live-alerts.ts).
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FromLiveWorker, LiveStatus } from '../../../kiosk/dashboard/live-messages';
import { watchAlerts } from '../../../kiosk/dashboard/alerts/use-live-alerts';
import { runLiveSocket, type LiveSocket } from '../../../kiosk/dashboard/live-socket';
import { connectTerminal, type TerminalLink } from '../../../kiosk/terminal/net/socket';
import { terminalCacheOf } from '../../../server/auth/terminal-cache';
import { LIVE_UNAVAILABLE, type TerminalHeartbeat } from '../../../server/contract/events';
import { postgresOutage, type PostgresOutage } from '../helpers/postgres-outage';
import { socketClients } from '../helpers/sockets';
import { tcpRelay } from '../helpers/tcp-relay';
import { listen, startCollector, TEST_STORE, TOTEM, type TestCollector } from '../helpers/test-collector';
import { DEMO } from '../../../server/store/seed-demo';

const heartbeat: TerminalHeartbeat = { appVersion: 'outage-test', pending: 0, held: 0, oldestQueuedAt: null, lastDeliveryAt: null, storage: null, persisted: null };

describe.runIf(TEST_STORE === 'postgres')('the live link while PostgreSQL refuses connections', () => {
  let c: TestCollector;
  let base = '';
  let outage: PostgresOutage;
  const clients = socketClients(() => base);
  const refuse = async (refused: boolean) => {
    await outage.refuse(refused);
    // Token lookups are cached for 2 s: forgotten, so the handshake does ask the database.
    terminalCacheOf(c.store.db).clear();
  };
  beforeAll(async () => {
    c = await startCollector();
    base = await listen(c);
    outage = await postgresOutage(c.config.databaseUrl!);
  });
  afterAll(async () => {
    clients.closeAll();
    await outage?.end();
    await c?.close();
  });

  it('answers service_unavailable to a handshake and a watch, then takes both once the database is back', async () => {
    const dashboard = await clients.connect({ cookie: c.admin.cookie });
    await refuse(true);
    try {
      expect(await dashboard.emitWithAck('report:watch', { officeId: TOTEM.officeId })).toEqual({ error: LIVE_UNAVAILABLE });
      expect((await clients.refusal({ cookie: c.admin.cookie })).message).toBe(LIVE_UNAVAILABLE.code);
      expect((await clients.refusal({ token: c.tokens[TOTEM.id]! })).message).toBe(LIVE_UNAVAILABLE.code);
    } finally {
      await refuse(false);
    }
    expect(await dashboard.emitWithAck('report:watch', { officeId: TOTEM.officeId })).toEqual({ data: { officeId: TOTEM.officeId } });
    await clients.connect({ token: c.tokens[TOTEM.id]! });
  });

  it('leaves the terminal\'s link trying again by itself: connected, greeted and heard from once the database is back', async () => {
    await refuse(true);
    const seen: boolean[] = [];
    let link: TerminalLink | undefined;
    try {
      link = connectTerminal({
        terminalId: TOTEM.id,
        token: c.tokens[TOTEM.id]!,
        url: base,
        configVersion: () => null,
        onConfigStale: () => {},
        onConnection: (connected) => seen.push(connected),
        onNotEnrolled: () => seen.push(false),
        heartbeat: async () => heartbeat,
        retryMs: 300,
      });
      await expect.poll(() => seen.length).toBeGreaterThan(0);
      expect(seen).not.toContain(true);
      // Refused more than once meanwhile: it keeps asking, never giving up as for a revoked token.
      await new Promise((r) => setTimeout(r, 1_000));
      expect(link.connected()).toBe(false);
      await refuse(false);
      await expect.poll(() => link!.connected(), { timeout: 10_000 }).toBe(true);
      // Greeted (the collector joined its room) and heard from: its heartbeat is stored.
      await expect.poll(async () => (await c.store.db.selectFrom('terminal_status').select('app_version').where('terminal_id', '=', TOTEM.id).executeTakeFirst())?.app_version, { timeout: 10_000 }).toBe('outage-test');
    } finally {
      link?.close();
      await refuse(false);
    }
  });

  // One timer served both a watch (or hello) to ask again and a refused handshake to ask again: the first pending
  // swallowed the second, and the link stayed off for good after the outage.
  it('brings the dashboard\'s link back when its connection dropped while a refused watch waited to be asked again', async () => {
    const relay = await tcpRelay(base);
    const told: FromLiveWorker[] = [];
    const socket: LiveSocket = io(relay.url, { forceNew: true, extraHeaders: { cookie: c.admin.cookie } });
    const link = runLiveSocket(socket, (m) => told.push(m), { retryMs: 3_000 });
    const status = () => told.filter((m) => m.kind === 'status').at(-1)?.status;
    try {
      link.watch(DEMO.offices[0]!.id);
      await expect.poll(status).toBe('live');
      await refuse(true);
      // Refused for the outage: asked again in 3 s. Then the connection drops, and its new handshake is refused too.
      link.watch(DEMO.offices[1]!.id);
      await expect.poll(status).toBe('offline');
      relay.cut();
      await new Promise((r) => setTimeout(r, 4_000));
      await refuse(false);
      await expect.poll(status, { timeout: 15_000 }).toBe('live');
    } finally {
      link.close();
      await relay.close();
      await refuse(false);
    }
  });

  // The alerts page's link left a refused handshake there: socket.io does not try again after a middleware's refusal,
  // so a connection dropped during a database hiccup (or a collector restarted into one) left the page not live, for good.
  it('brings the alerts page\'s link back when its connection dropped and its new handshake was refused for the database down', async () => {
    const relay = await tcpRelay(base);
    const statuses: LiveStatus[] = [];
    let reconnected = 0;
    const socket: LiveSocket = io(relay.url, { forceNew: true, extraHeaders: { cookie: c.admin.cookie } });
    const end = watchAlerts(socket, { onStatus: (s) => statuses.push(s), onChange: () => {}, onReconnect: () => reconnected++ }, { retryMs: 300 });
    try {
      await expect.poll(() => statuses.at(-1)).toBe('live');
      await refuse(true);
      relay.cut();
      await expect.poll(() => statuses.at(-1)).toBe('offline');
      // Refused more than once meanwhile (socket.io's own retry after the cut, then the link's).
      await new Promise((r) => setTimeout(r, 2_000));
      expect(statuses.at(-1)).toBe('offline');
      await refuse(false);
      await expect.poll(() => statuses.at(-1), { timeout: 15_000 }).toBe('live');
      // Watching again: the page asks for its list again.
      expect(reconnected).toBe(1);
    } finally {
      end();
      await relay.close();
      await refuse(false);
    }
  });

  it('brings the terminal\'s link back when its connection dropped while a refused hello waited to be asked again', async () => {
    const relay = await tcpRelay(base);
    let link: TerminalLink | undefined;
    let appVersion = 'before-blip';
    try {
      link = connectTerminal({
        terminalId: TOTEM.id,
        token: c.tokens[TOTEM.id]!,
        url: relay.url,
        configVersion: () => null,
        onConfigStale: () => {},
        onConnection: () => {},
        onNotEnrolled: () => {},
        heartbeat: async () => ({ ...heartbeat, appVersion }),
        helloEveryMs: 300,
        retryMs: 3_000,
      });
      await expect.poll(() => link!.connected()).toBe(true);
      await refuse(true);
      // A fallback hello refused for the outage: asked again in 3 s. Then the connection drops, and its handshake is refused too.
      await new Promise((r) => setTimeout(r, 600));
      relay.cut();
      await new Promise((r) => setTimeout(r, 4_000));
      appVersion = 'after-blip';
      await refuse(false);
      await expect.poll(() => link!.connected(), { timeout: 15_000 }).toBe(true);
      await expect.poll(async () => (await c.store.db.selectFrom('terminal_status').select('app_version').where('terminal_id', '=', TOTEM.id).executeTakeFirst())?.app_version, { timeout: 10_000 }).toBe('after-blip');
    } finally {
      link?.close();
      await relay.close();
      await refuse(false);
    }
  });
});
