// Memory of one collector holding 5,000 idle terminal sockets: socket.io-client connections with device tokens, each past terminal:hello, and the collector's RSS before and after.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../server/contract/events';
import { BenchFailure, now } from '../stats';
import { inParallel } from './load';
import { startCollectorProcess } from './processes';
import type { BenchStores } from './stores';
import { writeTerminals } from './terminals';

export const IDLE_SOCKETS = 5_000;
/** Sockets opening at once: a wave of terminals switched on, not a single burst of 5,000 handshakes. */
const OPENING = 100;
const SETTLE_MS = 3_000;

type TerminalSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface IdleSocketsResult {
  rssBeforeBytes: number;
  rssAfterBytes: number;
  sockets: number;
  /** The collector's own count (gradimento_connected_terminals). */
  connectedOnCollector: number;
  connectMs: number;
}

/**
 * Connects as the kiosk does (kiosk/terminal/net/socket.ts: token in auth) and says hello. Straight
 * over WebSocket, where the kiosk starts with long-polling and upgrades: the idle socket the
 * collector then holds is the same, and 5,000 polling handshakes would only add minutes.
 */
function connectTerminal(url: string, terminal: { id: string; token: string }): Promise<TerminalSocket> {
  return new Promise((resolve, reject) => {
    // forceNew: one engine.io connection per socket, as on separate devices (the default shares one per URL).
    const socket: TerminalSocket = io(url, { auth: { token: terminal.token }, transports: ['websocket'], forceNew: true, reconnection: false, timeout: 60_000 });
    const fail = (why: string) => {
      socket.close();
      reject(new BenchFailure(`socket of ${terminal.id}: ${why}`));
    };
    socket.once('connect_error', (err) => fail(`connect_error ${err.message}`));
    socket.once('connect', () => {
      socket.timeout(60_000).emit('terminal:hello', { terminalId: terminal.id }, (err, res) => {
        if (err) return fail('no answer to terminal:hello');
        if ('error' in res) return fail(`terminal:hello answered ${res.error.code}`);
        resolve(socket);
      });
    });
  });
}

export async function measureIdleSockets(stores: BenchStores): Promise<IdleSocketsResult> {
  const location = await stores.fresh('sqlite', 'idle-sockets');
  // Tokens written into the store: this measures memory; the storm enrols its terminals through the API.
  const terminals = await writeTerminals(stores, location, IDLE_SOCKETS, 'idle', true);
  const collector = await startCollectorProcess(location, `${location.dataDir}.log`);
  const sockets: TerminalSocket[] = [];
  try {
    // Warm: one socket and its hello have run every code path once, then let it settle.
    const first = await connectTerminal(collector.url, terminals[0]!);
    first.close();
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const rssBeforeBytes = collector.rssBytes();
    const start = now();
    await inParallel(terminals, OPENING, async (t) => {
      sockets.push(await connectTerminal(collector.url, t));
    });
    const connectMs = now() - start;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const rssAfterBytes = collector.rssBytes();
    const connectedOnCollector = await collector.metric('gradimento_connected_terminals');
    if (connectedOnCollector !== IDLE_SOCKETS) throw new BenchFailure(`the collector counts ${connectedOnCollector} connected terminals, expected ${IDLE_SOCKETS}`);
    const dropped = sockets.filter((s) => !s.connected).length;
    if (dropped > 0) throw new BenchFailure(`${dropped} sockets were dropped while idle`);
    return { rssBeforeBytes, rssAfterBytes, sockets: sockets.length, connectedOnCollector, connectMs };
  } finally {
    for (const s of sockets) s.close();
    await collector.stop();
  }
}
