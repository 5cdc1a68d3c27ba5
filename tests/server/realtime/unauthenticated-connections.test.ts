// Connections that never prove who they are cannot take a terminal's or a dashboard's place: SOCKETS_PER_ADDRESS counts signed-in ones, the rest have a place of their own for CONNECT_TIMEOUT_MS.
import { afterEach, describe, expect, it } from 'vitest';
import { Manager } from 'socket.io-client';
import { apiPaths } from '../../../server/contract/api';
import { UNAUTHENTICATED_GRACE_MS, unauthenticatedAllowance } from '../../../server/realtime/connections-per-address';
import { CONNECT_TIMEOUT_MS } from '../../../server/realtime/socket';
import { DEMO } from '../../../server/store/seed-demo';
import { asTerminal, COUNTER, listen, makeVote, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';
import { next, socketClients, type Client } from '../helpers/sockets';

const LIMIT = 20;
const MUNICIPIO = DEMO.offices[0]!.id;

let c: TestCollector | undefined;
let base = '';
const clients = socketClients(() => base);
const managers: Manager[] = [];
afterEach(async () => {
  clients.closeAll();
  for (const m of managers.splice(0)) m.engine?.close();
  await c?.close();
  c = undefined;
});

async function collector(): Promise<TestCollector> {
  c = await startCollector({ env: { SOCKETS_PER_ADDRESS: String(LIMIT) } });
  base = await listen(c);
  return c;
}

interface Bare {
  manager: Manager;
  openedAt: number;
  /** When the collector closed it (Date.now()), once it has. */
  closedAt?: number;
}

/**
 * What the audit did: an engine.io connection over WebSocket (ws://…/socket.io/?EIO=4&transport=websocket), no
 * cookie, no token, never joining a namespace. Null when the collector refused the handshake.
 */
function bare(): Promise<Bare | null> {
  const manager = new Manager(base, { transports: ['websocket'], reconnection: false, autoConnect: false });
  managers.push(manager);
  return new Promise((resolve) => {
    manager.open((err) => {
      if (err) return resolve(null);
      const b: Bare = { manager, openedAt: Date.now() };
      manager.on('close', () => (b.closedAt = Date.now()));
      resolve(b);
    });
  });
}

/** An engine.io handshake over long-polling, as in connections-per-address.test.ts: 'connected' or the refusal. */
async function handshake(): Promise<string> {
  const res = await fetch(`${base}/socket.io/?EIO=4&transport=polling`);
  const body = await res.text();
  return res.status === 200 ? 'connected' : `${res.status} ${(JSON.parse(body) as { message: string }).message}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('connections that do not sign in', () => {
  it('leave the address\'s places to a signed-in dashboard and an enrolled terminal, which hear their broadcasts, and are closed after CONNECT_TIMEOUT_MS', async () => {
    const { tokens, admin } = await collector();
    const opened: Bare[] = [];
    for (let i = 0; i < LIMIT + 5; i++) {
      const b = await bare();
      if (b) opened.push(b);
    }
    // More than the address's allowance tried; the unauthenticated ones have a place of their own, bounded.
    expect(opened).toHaveLength(unauthenticatedAllowance(LIMIT));

    // Past their grace, the oldest of them make room for connections that go on to sign in.
    await sleep(UNAUTHENTICATED_GRACE_MS + 200);
    const dashboard = await clients.connect({ cookie: admin.cookie });
    expect(await dashboard.emitWithAck('report:watch', { officeId: MUNICIPIO })).toEqual({ data: { officeId: MUNICIPIO } });
    const terminal = await clients.connect({ token: tokens[TOTEM.id]! });
    const hello = await terminal.emitWithAck('terminal:hello', { terminalId: TOTEM.id });
    expect(hello).toMatchObject({ data: { configVersion: expect.any(String) } });

    const stored = next(dashboard, 'vote:stored');
    const res = await fetch(`${base}${apiPaths.votes}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asTerminal(tokens[TOTEM.id]!) },
      body: JSON.stringify({ terminalId: TOTEM.id, votes: [makeVote()] }),
    });
    expect(res.status).toBe(200);
    expect(await stored).toMatchObject({ officeId: MUNICIPIO, count: 1 });
    const config = next(terminal, 'terminal:config');
    await c!.realtime.configChanged([TOTEM.id]);
    expect(await config).toEqual({ configVersion: expect.any(String) });

    // One was pushed out for the dashboard (the terminal took the place the dashboard left by signing in); the
    // others are closed by the collector once their time to sign in is over.
    expect(opened.filter((b) => b.closedAt !== undefined)).toHaveLength(1);
    await sleep(Math.max(...opened.map((b) => b.openedAt)) + CONNECT_TIMEOUT_MS + 1_000 - Date.now());
    const timedOut = opened.filter((b) => b.closedAt! - b.openedAt >= CONNECT_TIMEOUT_MS - 500);
    expect(opened.every((b) => b.closedAt !== undefined)).toBe(true);
    expect(timedOut).toHaveLength(opened.length - 1);
    expect(Math.max(...timedOut.map((b) => b.closedAt! - b.openedAt))).toBeLessThan(CONNECT_TIMEOUT_MS + 1_000);
    // Signed-in connections have no such timeout.
    expect(dashboard.connected && terminal.connected).toBe(true);
  }, 60_000);

  it('still refuses the signed-in connection beyond SOCKETS_PER_ADDRESS, at its handshake or, when several sign in at once, at its sign-in', async () => {
    const { tokens, admin } = await collector();
    const signedIn: Client[] = [];
    for (let i = 0; i < LIMIT - 1; i++) signedIn.push(await clients.connect(i % 3 === 0 ? { cookie: admin.cookie } : { token: tokens[i % 3 === 1 ? TOTEM.id : COUNTER.id]! }));

    // Two handshakes while one place is left: both let in, not yet counted; the first to sign in takes the place.
    const [a, b] = [await bare(), await bare()];
    expect([a, b].every(Boolean)).toBe(true);
    const first = a!.manager.socket('/', { auth: { token: tokens[TOTEM.id]! } });
    await new Promise<void>((resolve, reject) => {
      first.once('connect', resolve);
      first.once('connect_error', reject);
      first.connect();
    });
    const second = b!.manager.socket('/', { auth: { token: tokens[COUNTER.id]! } });
    const refused = await new Promise<Error>((resolve, reject) => {
      second.once('connect', () => reject(new Error('the sign-in was accepted')));
      second.once('connect_error', resolve);
      second.connect();
    });
    expect(refused.message).toBe('too_many_connections');

    // The address is full: a new connection is refused at its handshake, before it shows anything.
    expect(await handshake()).toBe('403 too_many_connections');
    await clients.refusal({ cookie: admin.cookie });
    // One signed-in connection closed frees its place.
    signedIn[0]!.disconnect();
    await expect.poll(async () => (await clients.refusal({ cookie: admin.cookie }).then(() => 'refused', () => 'connected'))).toBe('connected');
  });
});
