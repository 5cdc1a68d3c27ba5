// Live links whose connection the collector ends: a collector restarted on the same port and store, a session signed
// out, a person's sockets ended (roles changed), a terminal paired again. The clients' own modules on real sockets:
// the dashboard's live link (kiosk/dashboard/live-socket.ts, on socket.io-client as its worker makes it), the alerts
// page's (kiosk/dashboard/alerts/use-live-alerts.ts) and the terminal's (kiosk/terminal/net/socket.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { connectTerminal, type TerminalLink } from '../../../kiosk/terminal/net/socket';
import { runLiveSocket, type LiveSocket, type LiveSocketLink } from '../../../kiosk/dashboard/live-socket';
import type { FromLiveWorker } from '../../../kiosk/dashboard/live-messages';
import { watchAlerts } from '../../../kiosk/dashboard/alerts/use-live-alerts';
import type { Alert } from '../../../server/contract/alerts';
import { apiPaths } from '../../../server/contract/api';
import type { TerminalHeartbeat } from '../../../server/contract/events';
import { DEMO } from '../../../server/store/seed-demo';
import { ADMIN_EMAIL, enrol, listen, makeTempDir, makeVote, postVotes, removeTempDir, startCollector, TOTEM, type SignedIn, type TestCollector } from '../helpers/test-collector';

let dir = '';
let c: TestCollector;
let base = '';
/** The first collector's admin session and device tokens: the store keeps them across a restart. */
let admin: SignedIn;
let tokens: Record<string, string>;
const ends: (() => void)[] = [];

beforeEach(async () => {
  dir = makeTempDir();
  c = await startCollector({ dir });
  base = await listen(c);
  admin = c.admin;
  tokens = c.tokens;
});
afterEach(async () => {
  for (const end of ends.splice(0)) end();
  await c?.close();
  if (dir) await removeTempDir(dir);
});

/** Stops the collector and starts another on the same port and store, as `systemctl restart` does. */
async function restart() {
  await c.close();
  c = await startCollector({ dir, enrolTerminals: false });
  await c.app.listen({ port: Number(new URL(base).port), host: '127.0.0.1' });
}

/** A socket as the dashboard's worker opens one: default reconnection; the cookie, which a browser sends by itself. */
function browserSocket(cookie: string): LiveSocket {
  const socket: LiveSocket = io(base, { forceNew: true, extraHeaders: { cookie } });
  ends.push(() => socket.disconnect());
  return socket;
}

/** The dashboard's live link on a real socket, and what it told the page. */
function dashboard(cookie = admin.cookie): { link: LiveSocketLink; told: FromLiveWorker[]; status: () => string | undefined } {
  const told: FromLiveWorker[] = [];
  const link = runLiveSocket(browserSocket(cookie), (m) => told.push(m), { retryMs: 300 });
  ends.push(() => link.close());
  link.watch(TOTEM.officeId);
  return { link, told, status: () => told.filter((m) => m.kind === 'status').at(-1)?.status };
}

const adminId = async () => (await c.store.db.selectFrom('users').select('id').where('email', '=', ADMIN_EMAIL).executeTakeFirstOrThrow()).id;
const vote = () => makeVote({ castAt: new Date().toISOString() });

describe('the dashboard\'s live link', () => {
  it('connects again to the collector started after a restart, and watches its office again', async () => {
    const d = dashboard();
    await expect.poll(d.status).toBe('live');
    await restart();
    await expect.poll(() => d.told.some((m) => m.kind === 'status' && m.status === 'offline')).toBe(true);
    await expect.poll(d.status, { timeout: 15_000 }).toBe('live');
    // Watching on the new collector: its votes are told.
    expect((await postVotes(c, [vote()], TOTEM.id, tokens[TOTEM.id])).status).toBe(200);
    await expect.poll(() => d.told.filter((m) => m.kind === 'votes')).toHaveLength(1);
    expect(d.told).not.toContainEqual({ kind: 'signed-out' });
  });

  it('ends signed out once the session it watched with was signed out', async () => {
    const d = dashboard();
    await expect.poll(d.status).toBe('live');
    expect((await c.app.inject({ method: 'DELETE', url: apiPaths.session, headers: admin.headers })).statusCode).toBe(204);
    await expect.poll(() => d.told.at(-1), { timeout: 10_000 }).toEqual({ kind: 'signed-out' });
  });

  it('connects again when the collector ended the person\'s sockets with the session still open (roles changed)', async () => {
    const d = dashboard();
    await expect.poll(d.status).toBe('live');
    const before = d.told.length;
    c.realtime.endUserSockets(await adminId());
    await expect.poll(() => d.told.slice(before)).toContainEqual({ kind: 'status', status: 'offline' });
    await expect.poll(d.status, { timeout: 10_000 }).toBe('live');
    expect(d.told).not.toContainEqual({ kind: 'signed-out' });
  });
});

describe('the alerts page\'s live link', () => {
  const alert = { id: 'al-1', administrationId: DEMO.administration.id, officeId: TOTEM.officeId, status: 'open' } as unknown as Alert;

  function alerts() {
    const heard = { live: [] as boolean[], changed: [] as Alert[], signedOut: 0, reconnected: 0 };
    const end = watchAlerts(browserSocket(admin.cookie), {
      onChange: (a) => heard.changed.push(a),
      // Asking ('connecting') is neither: the page shows it, these tests follow live and not live.
      onStatus: (status) => status !== 'connecting' && heard.live.push(status === 'live'),
      onSignedOut: () => heard.signedOut++,
      onReconnect: () => heard.reconnected++,
    });
    ends.push(end);
    return heard;
  }

  it('connects again after a restart, says so once watching (the page reloads its list) and hears the new collector\'s alerts', async () => {
    const heard = alerts();
    await expect.poll(() => heard.live.at(-1)).toBe(true);
    expect(heard.reconnected).toBe(0);
    await restart();
    await expect.poll(() => heard.live).toContain(false);
    await expect.poll(() => heard.live.at(-1), { timeout: 15_000 }).toBe(true);
    expect(heard.reconnected).toBe(1);
    c.realtime.alertChanged(alert);
    await expect.poll(() => heard.changed.map((a) => a.id)).toEqual(['al-1']);
  });

  it('connects again when the collector ended the person\'s sockets with the session still open', async () => {
    const heard = alerts();
    await expect.poll(() => heard.live.at(-1)).toBe(true);
    c.realtime.endUserSockets(await adminId());
    await expect.poll(() => heard.live).toContain(false);
    await expect.poll(() => heard.live.at(-1), { timeout: 10_000 }).toBe(true);
    expect(heard.signedOut).toBe(0);
  });

  it('says signed out once the session it watched with was signed out', async () => {
    const heard = alerts();
    await expect.poll(() => heard.live.at(-1)).toBe(true);
    expect((await c.app.inject({ method: 'DELETE', url: apiPaths.session, headers: admin.headers })).statusCode).toBe(204);
    await expect.poll(() => heard.signedOut, { timeout: 10_000 }).toBe(1);
    expect(heard.live.at(-1)).toBe(false);
  });
});

describe('the terminal\'s live link', () => {
  const heartbeat = (appVersion: string): TerminalHeartbeat => ({ appVersion, pending: 0, held: 0, oldestQueuedAt: null, lastDeliveryAt: null, storage: null, persisted: null });
  const storedVersion = async () => (await c.store.db.selectFrom('terminal_status').select('app_version').where('terminal_id', '=', TOTEM.id).executeTakeFirst())?.app_version;

  function terminal(token: string) {
    const seen = { connected: [] as boolean[], notEnrolled: 0, stale: [] as string[] };
    let appVersion = 'before-restart';
    let known: string | null = null;
    const link: TerminalLink = connectTerminal({
      terminalId: TOTEM.id,
      token,
      url: base,
      configVersion: () => known,
      onConfigStale: (v) => {
        known = v;
        seen.stale.push(v);
      },
      onConnection: (connected) => seen.connected.push(connected),
      onNotEnrolled: () => seen.notEnrolled++,
      heartbeat: async () => heartbeat(appVersion),
      retryMs: 300,
    });
    ends.push(() => link.close());
    return { link, seen, setVersion: (v: string) => (appVersion = v), forget: () => (known = 'older') };
  }

  it('connects again after a restart: greeted, heard from and told of configuration changes by the new collector', async () => {
    const t = terminal(tokens[TOTEM.id]!);
    await expect.poll(storedVersion).toBe('before-restart');
    t.setVersion('after-restart');
    await restart();
    await expect.poll(() => t.seen.connected).toContain(false);
    await expect.poll(storedVersion, { timeout: 15_000 }).toBe('after-restart');
    expect(t.link.connected()).toBe(true);
    // In its room on the new collector: a configuration push reaches it.
    const pushes = t.seen.stale.length;
    t.forget();
    await c.realtime.configChanged([TOTEM.id]);
    await expect.poll(() => t.seen.stale.length).toBe(pushes + 1);
    expect(t.seen.notEnrolled).toBe(0);
  });

  it('ends unpaired when the terminal was paired again: its reconnection with the old token is refused', async () => {
    const t = terminal(tokens[TOTEM.id]!);
    await expect.poll(() => t.link.connected()).toBe(true);
    await enrol(c.app, c.store, TOTEM.id);
    await expect.poll(() => t.seen.notEnrolled, { timeout: 10_000 }).toBe(1);
    expect(t.link.connected()).toBe(false);
  });
});
