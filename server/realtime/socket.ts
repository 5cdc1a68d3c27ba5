// socket.io on the collector's own HTTP server: signed-in people watch offices they may read,
// enrolled terminals hear about their configuration. Every connection proves who it is first.
import type { Server as HttpServer } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import type { FastifyBaseLogger } from 'fastify';
import { createAdapter } from '@socket.io/postgres-adapter';
import { Server } from 'socket.io';
import { SESSION_COOKIE } from '../contract/auth';
import { HEARTBEAT_MIN_INTERVAL_MS, LIVE_UNAVAILABLE, rooms, type ClientToServerEvents, type ServerToClientEvents, type VotesStoredEvent } from '../contract/events';
import { allows, reaches } from '../contract/permissions';
import { alertRooms, type Alert } from '../contract/alerts';
import { findSession, sessionAlive, type SignedInUser } from '../auth/sessions';
import { officeTarget } from '../auth/targets';
import { findTerminalByToken, markTerminalSeen, type EnrolledTerminal } from '../auth/terminal-tokens';
import { sha256 } from '../auth/tokens';
import type { Db } from '../store/database';
import { storeFailure } from '../store/store-failure';
import { getTerminalConfig } from '../store/get-terminal-config';
import { heartbeatProblem, recordHeartbeat } from '../terminals/heartbeat';
import { requestOrigin, sameOrigin, type TrustProxy } from '../http/origin';
import { terminalCacheOf } from '../auth/terminal-cache';
import { adapterPool, realtimePgPool } from './adapter-pool';
import { ConnectionsPerAddress, UNAUTHENTICATED_GRACE_MS, type Connection } from './connections-per-address';
import { hasAck, tellUnknownEvents } from './protocol-errors';
import { storedEvents } from './stored-events';

export interface Realtime {
  /** Terminals connected to this process now. */
  connectedTerminals(): number;
  /** Tells every dashboard watching the office, with the office's other events of this turn of the event loop (stored-events.ts); never throws. */
  broadcast(event: VotesStoredEvent): void;
  /** Tells the dashboards of people who read the alert's office (or administration); never throws. */
  alertChanged(alert: Alert): void;
  /** Tells terminals their configuration changed (each gets its own new version). */
  configChanged(terminalIds: readonly string[]): Promise<void>;
  /** Tells a terminal its token was revoked, and drops its connections. */
  terminalRevoked(terminalId: string): void;
  /** The terminal was paired again: connections made with its old token are dropped (they cannot reconnect with it). */
  terminalReEnrolled(terminalId: string): void;
  /**
   * Drops a person's live connections (signed out everywhere, disabled, roles changed); with
   * `only`, those of one session (signed out there); with `except`, all but one session's
   * (password changed there). The clients connect again a moment later (socket.io does not by itself after
   * a server's disconnect), and the new handshake says whether their session still holds.
   */
  endUserSockets(userId: string, sessions?: SessionScope): void;
  /** Drops connections whose session expired or ended (runs every minute by itself). */
  sweepSessions(): Promise<void>;
  /** Closes every client's transport (they reconnect by themselves) and ends the adapter's PostgreSQL pool (the HTTP server is closed by its owner). */
  close(): Promise<void>;
}

/** Which of a person's sessions, by session hash. */
export type SessionScope = { only: string } | { except: string };

interface SocketData {
  user?: SignedInUser;
  terminal?: EnrolledTerminal;
  /** The hash of the device token the terminal connected with: the sweep checks it is still the terminal's. */
  tokenHash?: string;
  /** Protocol errors this socket was already told of (protocol-errors.ts). */
  protocolErrors?: Set<string>;
}

const userRoom = (userId: string) => `user:${userId}`;
/** How often live connections are checked against their sessions. */
export const SESSION_SWEEP_MS = 60_000;
const sessionRoom = (sessionHash: string) => `session:${sessionHash}`;
/**
 * Every socket opened with a terminal's device token, from its handshake on: the terminal room
 * (rooms.terminal) holds only those that said hello, and a socket that had not yet was left open by
 * a revocation or a re-pairing, still able to send heartbeats and to hear configuration pushes.
 */
const deviceRoom = (terminalId: string) => `device:${terminalId}`;

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 64;
}

/** What one collector asks the others (through the adapter). */
interface ServerSideEvents {
  'terminal:revoke': (terminalId: string) => void;
  'terminal-cache:clear': () => void;
}

export interface RealtimeOptions {
  /**
   * The PostgreSQL database, when the store is PostgreSQL: broadcasts then reach dashboards and
   * terminals connected to any collector process (LISTEN/NOTIFY, no other broker).
   */
  databaseUrl?: string | null;
  /** PUBLIC_URL's origin ('' when unset) and TRUST_PROXY: a browser's Origin must be this collector's. */
  publicOrigin?: string;
  trustProxy?: TrustProxy;
  /** SOCKETS_PER_ADDRESS: signed-in live connections one client address may hold on this process, and a tenth (at least 20) more not signed in yet (0: no limit). */
  socketsPerAddress?: number;
}

/** A refused address is logged at most this often, so a flood does not become a flood of log lines. */
const REFUSAL_LOG_MS = 60_000;

/**
 * How long a connection may stay open without proving who it is (socket.io's own default: 45 s). A terminal
 * on a slow 3G link needs about two round trips after its handshake (the open packet back, its token
 * sent) and one database query: a few seconds at the very worst, whether over WebSocket or long-polling.
 * 10 s leaves it a wide margin, and an anonymous handshake holds its place (connections-per-address.ts)
 * and its memory for 10 s instead of 45. A database slower than that to answer the handshake's query
 * (PostgreSQL's connection timeout is 10 s too) ends the connection instead of refusing it
 * service_unavailable: socket.io-client then reconnects by itself, as after any dropped connection.
 */
export const CONNECT_TIMEOUT_MS = 10_000;

const REFUSALS = {
  address_full: 'socket.io connection refused: this address holds SOCKETS_PER_ADDRESS signed-in connections already (logged once a minute per address)',
  unauthenticated_full: `socket.io connection refused: this address holds its allowance of connections not signed in yet, all opened in the last ${UNAUTHENTICATED_GRACE_MS / 1000} s (logged once a minute per address)`,
  pushed_out: `socket.io connection that had not signed in after ${UNAUTHENTICATED_GRACE_MS / 1000} s closed to make room for a new one from its address (logged once a minute per address)`,
} as const;

export function attachRealtime(httpServer: HttpServer, db: Db, log: FastifyBaseLogger, now: () => Date, options: RealtimeOptions = {}): Realtime {
  const perAddress = new ConnectionsPerAddress(options.socketsPerAddress ?? 0, options.trustProxy ?? false);
  const refusalLogged = new Map<string, number>();
  const logRefusal = (address: string, what: keyof typeof REFUSALS) => {
    const at = Date.now();
    const key = `${what} ${address}`;
    if (at - (refusalLogged.get(key) ?? -Infinity) < REFUSAL_LOG_MS) return;
    // Many addresses refused at once: forgetting them costs a line each, keeping them memory.
    if (refusalLogged.size >= 10_000) refusalLogged.clear();
    refusalLogged.set(key, at);
    log.warn({ address, max: perAddress.max, unauthenticatedMax: perAddress.unauthenticatedMax }, REFUSALS[what]);
  };
  // Same origin only: the dashboard and the terminal are served by this collector. A page elsewhere
  // could otherwise open a socket with the visitor's cookie (SameSite does not cover WebSockets).
  const io = new Server<ClientToServerEvents, ServerToClientEvents, ServerSideEvents, SocketData>(httpServer, {
    serveClient: false,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // Asked for each new connection only (engine.io's handshake), not for each request of one.
    allowRequest: (req, callback) => {
      const own = requestOrigin(req.headers, req.socket.remoteAddress, Boolean((req.socket as { encrypted?: boolean }).encrypted), options.trustProxy ?? false);
      const ok = sameOrigin(req.headers.origin, own, options.publicOrigin ?? '');
      if (!ok) {
        log.warn({ origin: req.headers.origin }, 'socket.io connection from another origin refused');
        return callback('origin_not_allowed', false);
      }
      const admission = perAddress.admit(req);
      if (admission !== 'open') logRefusal(perAddress.keyOf(req), admission);
      if (admission === 'address_full' || admission === 'unauthenticated_full') return callback('too_many_connections', false);
      callback(null, true);
    },
  });
  io.engine.on('connection', (connection: Connection) => perAddress.track(connection));
  /** An event's answer when reading the database failed: service_unavailable while it is down, else internal_error; logged. */
  const unavailable = (err: unknown, event: string) => {
    const failure = storeFailure(err);
    log.warn({ err, event, ...(failure ? { database: failure } : {}) }, failure ? 'database unavailable' : 'live event failed');
    return { error: failure ? LIVE_UNAVAILABLE : { code: 'internal_error', message: 'The collector failed to answer; the log has the details.' } };
  };
  // A pool of its own: the adapter holds one connection open to LISTEN, which must not keep the
  // store's pool from closing (or take one of its connections for queries).
  const raw = options.databaseUrl ? realtimePgPool(options.databaseUrl) : null;
  raw?.on('error', (err) => log.warn({ err }, 'socket.io PostgreSQL connection lost; it reconnects'));
  // Lent out (a NOTIFY in flight) when the server ends it: heard, not thrown (store/dialect.ts says why).
  raw?.on('connect', (client) => client.on('error', () => {}));
  const pool = raw ? adapterPool(raw, (err) => log.warn({ err }, 'socket.io PostgreSQL listening connection lost; it reconnects')) : null;
  if (pool) io.adapter(createAdapter(pool.pool, { errorHandler: (err) => log.warn({ err }, 'socket.io PostgreSQL adapter error') }));
  /** When (performance.now(), ms) each terminal's last heartbeat was stored by this process, for HEARTBEAT_MIN_INTERVAL_MS; a few bytes per terminal. */
  const lastBeatAt = new Map<string, number>();
  /** Tells this process's sockets of the terminal why, then closes them. */
  const revokeHere = (terminalId: string) => {
    io.local.to(deviceRoom(terminalId)).emit('terminal:revoked', { terminalId });
    io.local.in(deviceRoom(terminalId)).disconnectSockets(true);
  };
  io.on('terminal:revoke', (terminalId) => {
    // Another collector revoked it: forget the token here too, rather than accept its votes for up
    // to the cache's 2 s (docs/deploy.md). A lost notification still leaves that bound.
    terminalCacheOf(db).clear({ fromPeer: true });
    revokeHere(terminalId);
  });
  // Any change that clears a collector's terminal cache (a counter's services, a mode, a scale, an
  // archived service) is announced: without it, another collector judged votes by its remembered
  // set-up for up to 2 s, refusing a valid one (held on the terminal) or storing one in the old mode's channel.
  const stopAnnouncing = pool ? terminalCacheOf(db).onClear(() => io.serverSideEmit('terminal-cache:clear')) : null;
  io.on('terminal-cache:clear', () => terminalCacheOf(db).clear({ fromPeer: true }));

  // A terminal shows its device token in the handshake; a person's browser sends the session cookie.
  io.use(async (socket, next) => {
    try {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      if (typeof token === 'string' && token) {
        const terminal = await findTerminalByToken(db, token);
        if (!terminal) return next(new Error('terminal_not_enrolled'));
        await markTerminalSeen(db, terminal, now());
        socket.data.terminal = terminal;
        socket.data.tokenHash = sha256(token);
        await socket.join(deviceRoom(terminal.id));
        return next();
      }
      const cookie = fastifyCookie.parse(socket.handshake.headers.cookie ?? '')[SESSION_COOKIE];
      const user = cookie ? await findSession(db, cookie, now()) : null;
      if (!user) return next(new Error('unauthenticated'));
      socket.data.user = user;
      await socket.join([userRoom(user.id), sessionRoom(user.sessionHash)]);
      next();
    } catch (err) {
      // The database down is not a refusal of who connects: said as such, and the clients try again
      // (a middleware error is final for socket.io's own reconnection).
      const failure = storeFailure(err);
      log.warn({ err, ...(failure ? { database: failure } : {}) }, failure ? 'socket authentication failed: database unavailable' : 'socket authentication failed');
      next(new Error(failure ? LIVE_UNAVAILABLE.code : 'internal_error'));
    }
  });
  // Signed in: from now on the connection counts against its address's SOCKETS_PER_ADDRESS, not among those
  // still to prove who they are. Refused when several of the address's handshakes signed in at once and
  // filled it; the terminal and the dashboard ask again after LIVE_RETRY_MS, as for any other refusal here.
  io.use((socket, next) => {
    if (perAddress.authenticate(socket.conn)) return next();
    logRefusal(perAddress.keyOf(socket.request), 'address_full');
    next(new Error('too_many_connections'));
  });

  io.on('connection', (socket) => {
    // engine.io keeps the HTTP request that opened the connection for as long as it lasts; once the
    // handshake above has read it (headers, cookie, address), nothing does. Letting it go is what
    // socket.io's memory guide advises: part of what thousands of idle terminals cost (docs/performance.md).
    (socket.conn as { request: unknown }).request = null;
    // Payloads come from the network: check their shape before use, and always answer the ack.
    tellUnknownEvents(socket);
    socket.on('report:watch', async (req, ack) => {
      if (!hasAck(socket, 'report:watch', ack)) return;
      if (!isId(req?.officeId)) return ack({ error: { code: 'validation_failed', message: 'officeId must be a non-empty string.' } });
      const user = socket.data.user;
      if (!user) return ack({ error: { code: 'unauthenticated', message: 'Sign in to watch reports.' } });
      let target: Awaited<ReturnType<typeof officeTarget>>;
      try {
        target = await officeTarget(db, req.officeId);
      } catch (err) {
        // Not "no such office": the database did not answer (or failed), and the dashboard tries again.
        return ack(unavailable(err, 'report:watch'));
      }
      // Another administration's office is answered as one that does not exist (reaches()).
      if (!target || !reaches(user.grants, target)) return ack({ error: { code: 'office_unknown', message: `Office "${req.officeId}" does not exist.` } });
      if (!allows(user.grants, 'reports:read', target)) return ack({ error: { code: 'forbidden', message: 'Your role does not allow reading this office\'s reports.' } });
      await socket.join(rooms.office(req.officeId));
      ack({ data: { officeId: req.officeId } });
    });

    socket.on('report:unwatch', async (req, ack) => {
      if (!hasAck(socket, 'report:unwatch', ack)) return;
      if (!isId(req?.officeId)) return ack({ error: { code: 'validation_failed', message: 'officeId must be a non-empty string.' } });
      await socket.leave(rooms.office(req.officeId));
      ack({ data: { officeId: req.officeId } });
    });

    // Rooms from the person's grants at sign-in: an office manager hears their office's alerts, an
    // administration's people all of its alerts, installation admins every one.
    socket.on('alerts:watch', async (_req, ack) => {
      if (!hasAck(socket, 'alerts:watch', ack)) return;
      const user = socket.data.user;
      if (!user) return ack({ error: { code: 'unauthenticated', message: 'Sign in to watch alerts.' } });
      const joined = user.grants.map((g) => (g.role === 'installation_admin' ? alertRooms.installation : g.officeId ? alertRooms.office(g.officeId) : alertRooms.administration(g.administrationId!)));
      await socket.join(joined);
      ack({ data: { rooms: new Set(joined).size } });
    });

    socket.on('terminal:heartbeat', async (status, ack) => {
      if (!hasAck(socket, 'terminal:heartbeat', ack)) return;
      const terminal = socket.data.terminal;
      if (!terminal || !socket.rooms.has(rooms.terminal(terminal.id))) return ack({ error: { code: 'terminal_not_enrolled', message: 'Say terminal:hello with the terminal\'s device token first.' } });
      const problem = heartbeatProblem(status);
      if (problem) return ack({ error: { code: 'validation_failed', message: problem } });
      // One write per terminal per interval, whatever the number of its sockets: a looping or hostile
      // client cannot turn heartbeats into a stream of database writes.
      // Elapsed time, not the collector's clock (which tests and demos hold still).
      const at = performance.now();
      const wait = (lastBeatAt.get(terminal.id) ?? -Infinity) + HEARTBEAT_MIN_INTERVAL_MS - at;
      if (wait > 0) {
        return ack({ error: { code: 'rate_limited', message: `Heartbeats too frequent: at most one every ${HEARTBEAT_MIN_INTERVAL_MS / 1000} s is stored; this one was not. Send it again in ${Math.ceil(wait / 1000)} s.` } });
      }
      lastBeatAt.set(terminal.id, at);
      try {
        await recordHeartbeat(db, terminal.id, status, now());
        ack({ data: { receivedAt: now().toISOString() } });
      } catch (err) {
        lastBeatAt.delete(terminal.id);
        log.warn({ err, terminalId: terminal.id }, 'heartbeat not stored');
        ack({ error: { code: 'internal_error', message: 'The heartbeat could not be stored; send the next one as usual.' } });
      }
    });

    socket.on('terminal:hello', async (req, ack) => {
      if (!hasAck(socket, 'terminal:hello', ack)) return;
      const terminal = socket.data.terminal;
      if (!terminal) return ack({ error: { code: 'terminal_not_enrolled', message: 'Connect with the terminal\'s device token.' } });
      // A payload that is not the hello at all is bad input, not someone else's terminal.
      if (!isId(req?.terminalId)) return ack({ error: { code: 'validation_failed', message: 'terminal:hello takes { terminalId }: the terminal\'s id, a non-empty string.' } });
      if (req?.terminalId !== terminal.id) return ack({ error: { code: 'forbidden', message: `This device token belongs to terminal "${terminal.id}".` } });
      let config: Awaited<ReturnType<typeof getTerminalConfig>>;
      try {
        config = await getTerminalConfig(db, terminal.id);
      } catch (err) {
        // Not "terminal unknown": the database did not answer (or failed), and the terminal says hello again.
        return ack(unavailable(err, 'terminal:hello'));
      }
      if (!config) return ack({ error: { code: 'terminal_unknown', message: `Terminal "${terminal.id}" is not registered on this collector.` } });
      await socket.join(rooms.terminal(terminal.id));
      ack({ data: { configVersion: config.version } });
    });
  });

  // A live connection outlasts the request that opened it: sessions that expired (or were ended
  // by a way that did not reach this process) lose their sockets within a minute.
  const sweepSessions = async () => {
    const at = now();
    // This process's sockets only: every collector sweeps its own.
    const sockets = await io.local.fetchSockets();
    for (const socket of sockets) {
      const hash = socket.data.user?.sessionHash;
      if (!hash) continue;
      if (!(await sessionAlive(db, hash, at))) socket.disconnect(true);
    }
    await sweepTerminals(sockets);
  };
  /**
   * Terminals too: a revocation, a re-pairing or an archiving made on another collector reaches this
   * one as a notice through PostgreSQL, and a notice sent while the listening connection was down (a
   * restart) is lost; the terminal's socket would stay, storing heartbeats and hearing configuration.
   * So each minute every terminal socket's token is checked against the terminals' live tokens, 500
   * terminals a query (a collector may hold thousands of idle terminal sockets).
   */
  const sweepTerminals = async (sockets: Awaited<ReturnType<typeof io.local.fetchSockets>>) => {
    const terminalSockets = sockets.filter((s) => s.data.terminal && s.data.tokenHash);
    const ids = [...new Set(terminalSockets.map((s) => s.data.terminal!.id))];
    const liveToken = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await db
        .selectFrom('terminals')
        .innerJoin('offices', 'offices.id', 'terminals.office_id')
        .select(['terminals.id', 'terminals.token_hash'])
        .where('terminals.id', 'in', ids.slice(i, i + 500))
        .where('terminals.archived_at', 'is', null)
        .where('offices.archived_at', 'is', null)
        .execute();
      for (const r of rows) if (r.token_hash) liveToken.set(r.id, r.token_hash);
    }
    for (const socket of terminalSockets) {
      const id = socket.data.terminal!.id;
      if (liveToken.get(id) === socket.data.tokenHash) continue;
      socket.emit('terminal:revoked', { terminalId: id });
      socket.disconnect(true);
    }
  };
  const sweep = setInterval(() => void sweepSessions().catch((err: unknown) => log.warn({ err }, 'session sweep of live connections failed')), SESSION_SWEEP_MS);
  sweep.unref();

  const stored = storedEvents((event) => {
    try {
      io.to(rooms.office(event.officeId)).emit('vote:stored', event);
    } catch (err) {
      log.warn({ err }, 'vote:stored broadcast failed');
    }
  });

  return {
    sweepSessions,
    connectedTerminals: () => [...io.of('/').sockets.values()].filter((s) => s.data.terminal).length,
    broadcast: (event) => stored.add(event),
    alertChanged(alert) {
      try {
        const to = [alertRooms.installation, alertRooms.administration(alert.administrationId), ...(alert.officeId ? [alertRooms.office(alert.officeId)] : [])];
        io.to(to).emit('alert:changed', alert);
      } catch (err) {
        log.warn({ err }, 'alert:changed broadcast failed');
      }
    },
    async configChanged(terminalIds) {
      for (const id of terminalIds) {
        const config = await getTerminalConfig(db, id).catch(() => null);
        if (config) io.to(rooms.terminal(id)).emit('terminal:config', { configVersion: config.version });
      }
    },
    terminalRevoked(terminalId) {
      revokeHere(terminalId);
      // One message to the other collectors, each doing the same in order: a cluster-wide emit and
      // a cluster-wide disconnect would travel apart, and the disconnect could arrive first.
      if (pool) io.serverSideEmit('terminal:revoke', terminalId);
    },
    terminalReEnrolled(terminalId) {
      io.in(deviceRoom(terminalId)).disconnectSockets(true);
    },
    endUserSockets(userId, sessions) {
      if (!sessions) io.in(userRoom(userId)).disconnectSockets(true);
      // in(a).in(b) would mean a or b: the session's own room is enough, no one else's hash is in it.
      else if ('only' in sessions) io.in(sessionRoom(sessions.only)).disconnectSockets(true);
      else io.in(userRoom(userId)).except(sessionRoom(sessions.except)).disconnectSockets(true);
    },
    async close() {
      stopAnnouncing?.();
      clearInterval(sweep);
      stored.flush();
      // The transports closed, not a DISCONNECT packet per socket (disconnectSockets): socket.io-client takes that
      // packet as 'io server disconnect' and never reconnects, so terminals and dashboards stayed off after every
      // restart or upgrade. A closed transport is 'transport close': they reconnect, to the collector started next.
      io.engine.close();
      // Releases the adapter's listening connection, and waits for it: a store closed (or a test's
      // database dropped) under a pool still open made it fail with "Connection terminated unexpectedly".
      try {
        await io.of('/').adapter.close();
        await pool?.end();
      } catch (err) {
        log.warn({ err }, 'closing the realtime pool failed');
      }
    },
  };
}
