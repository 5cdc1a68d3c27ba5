// The live link to the collector: proves who the terminal is, hears about configuration changes and revocation, and wakes the sync loop.
import { io, type Socket } from 'socket.io-client';
import { HEARTBEAT_MIN_INTERVAL_MS, LIVE_RETRY_MS, LIVE_UNAVAILABLE, type ClientToServerEvents, type ServerToClientEvents, type TerminalHeartbeat } from '../../../server/contract/events';

export type TerminalSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The message the collector's handshake fails with for a revoked or unknown token (server/realtime/socket.ts). */
const NOT_ENROLLED = 'terminal_not_enrolled';
/** A hello answered with these is asked again later; the others are refusals. */
const ASK_AGAIN = new Set<string>([LIVE_UNAVAILABLE.code, 'internal_error']);
/** After the collector ended the connection itself, connect again this much later. */
const RECONNECT_AFTER_SERVER_DISCONNECT_MS = 1_000;

export interface TerminalLinkOptions {
  terminalId: string;
  /** The device token, shown in the handshake (`auth: { token }`). */
  token: string;
  /** Version of the configuration on screen (null if none yet). */
  configVersion: () => string | null;
  /** The collector's version differs: fetch the configuration again. */
  onConfigStale: (version: string) => void;
  /**
   * Connected or not; a connect is the moment to send what waits. `lost` is true only when a working
   * link dropped: failing to connect at all (a proxy without websockets) says nothing about HTTP.
   */
  onConnection: (connected: boolean, lost: boolean) => void;
  /** The collector no longer accepts this token (terminal:revoked, or a handshake refused): stop and ask staff. */
  onNotEnrolled: () => void;
  /** The collector refused the hello for another reason (e.g. terminal_unknown); one it could not answer is asked again. */
  onHelloError?: (error: { code: string; message: string }) => void;
  /**
   * A slow fallback hello while connected. terminal:config is pushed on every change; this only
   * catches a push lost in a reconnect race. Every (re)connect says hello anyway.
   */
  helloEveryMs?: number;
  /** The terminal's state for terminal:heartbeat, sent after each hello and every heartbeatEveryMs. */
  heartbeat?: () => Promise<TerminalHeartbeat>;
  heartbeatEveryMs?: number;
  /** A heartbeat's acknowledgement carries the collector's time: the device's clock when it left and when the answer came. */
  onCollectorTime?: (collectorMs: number, sentMs: number, answeredMs: number) => void;
  /** After a handshake or hello the collector could not answer (its database down): when to ask again. */
  retryMs?: number;
  /** Defaults to the page's origin, path /socket.io/. */
  url?: string;
  ackTimeoutMs?: number;
}

export interface TerminalLink {
  close(): void;
  connected(): boolean;
  /** Sends a heartbeat now (the queue changed), if the link is up and the hello was answered. */
  beat?(): void;
}

export function connectTerminal(options: TerminalLinkOptions): TerminalLink {
  // auth as a function: read again on every reconnection attempt.
  const auth = (cb: (data: object) => void) => cb({ token: options.token });
  // WebSocket first: one connection instead of socket.io's long-polling handshake (several requests,
  // then the upgrade), which cost a slow tablet a few long tasks. A proxy that refuses WebSocket makes
  // it fail, and then long-polling is tried (tryAllTransports), as the dashboard uses from the start.
  const settings = { auth, transports: ['websocket', 'polling'], tryAllTransports: true };
  const socket: TerminalSocket = options.url ? io(options.url, settings) : io(settings);
  const ackTimeout = options.ackTimeoutMs ?? 10_000;
  let closed = false;
  /** The collector takes heartbeats only after a hello it answered (it joins the terminal's room then). */
  let greeted = false;
  /** One heartbeat waiting to be sent again (the collector found it too soon), at most. */
  let again: ReturnType<typeof setTimeout> | null = null;
  const retryMs = options.retryMs ?? LIVE_RETRY_MS;
  // Two timers, not one: a hello waiting to be asked again (the collector's database did not answer) must not keep a
  // refused handshake from being asked again, which left the link down for good after an outage.
  /** A hello waiting to be asked again, at most one. */
  let helloRetry: ReturnType<typeof setTimeout> | null = null;
  /** A connection waiting to be opened again (a refused handshake, or one the collector ended), at most one. */
  let reconnect: ReturnType<typeof setTimeout> | null = null;
  const connectIn = (ms: number) => {
    if (!closed && reconnect === null) reconnect = setTimeout(() => ((reconnect = null), closed || socket.connect()), ms);
  };

  const notEnrolled = () => {
    if (closed) return;
    closed = true;
    clearInterval(timer);
    clearInterval(beats);
    if (again !== null) clearTimeout(again);
    if (helloRetry !== null) clearTimeout(helloRetry);
    if (reconnect !== null) clearTimeout(reconnect);
    socket.close();
    options.onNotEnrolled();
  };

  const stale = (version: string) => {
    if (version !== options.configVersion()) options.onConfigStale(version);
  };

  const hello = () => {
    socket.timeout(ackTimeout).emit('terminal:hello', { terminalId: options.terminalId }, (err, res) => {
      // No answer in time, the collector's database down or the collector failing: not a refusal, so asked again soon.
      // The fallback hello is half an hour away, and until a hello is answered no heartbeat is taken (shown as silent).
      if (err || !res || ('error' in res && ASK_AGAIN.has(res.error.code))) {
        if (helloRetry === null) helloRetry = setTimeout(() => ((helloRetry = null), !closed && socket.connected && hello()), retryMs);
        return;
      }
      if ('error' in res) {
        if (res.error.code === NOT_ENROLLED) notEnrolled();
        else options.onHelloError?.(res.error);
        return;
      }
      greeted = true;
      stale(res.data.configVersion);
      beat();
    });
  };

  const beat = () => {
    if (!options.heartbeat || closed || !greeted || !socket.connected) return;
    options
      .heartbeat()
      .then((status) => {
        const sent = Date.now();
        socket.timeout(ackTimeout).emit('terminal:heartbeat', status, (err, res) => {
          if (!err && res && 'data' in res) options.onCollectorTime?.(Date.parse(res.data.receivedAt), sent, Date.now());
          // Too soon after the last one (a queue change just after the minute's beat): the collector
          // kept the older state, so the newer is told again once the interval has passed.
          if (err || !res || !('error' in res) || res.error.code !== 'rate_limited' || again !== null) return;
          again = setTimeout(() => ((again = null), beat()), HEARTBEAT_MIN_INTERVAL_MS);
        });
      })
      .catch((e: unknown) => console.error('gradimento: heartbeat not collected', e));
  };

  socket.on('connect', () => {
    options.onConnection(true, false);
    hello();
  });
  socket.on('disconnect', (reason) => {
    greeted = false;
    options.onConnection(false, true);
    // Ended by the collector (paired again, or an older collector shutting down): socket.io does not reconnect
    // after that by itself, and configuration pushes would stop until the page reloads. The new handshake shows
    // the token again: let in, or refused terminal_not_enrolled, which ends in onNotEnrolled as a revocation does.
    if (reason === 'io server disconnect') connectIn(RECONNECT_AFTER_SERVER_DISCONNECT_MS);
  });
  socket.on('connect_error', (err) => {
    // A refused handshake is final (socket.io does not retry after a middleware error); anything else is the network.
    if (err?.message === NOT_ENROLLED) return notEnrolled();
    options.onConnection(false, false);
    // Refused by the collector's handshake for another reason (its database down): socket.io does not
    // try again after a middleware's refusal, as it does after a network failure, so ask later here.
    if (!socket.active) connectIn(retryMs);
  });
  socket.on('terminal:config', (event) => {
    if (typeof event?.configVersion === 'string') stale(event.configVersion);
  });
  socket.on('terminal:revoked', (event) => {
    if (event?.terminalId === options.terminalId) notEnrolled();
  });

  const timer = setInterval(() => {
    if (socket.connected) hello();
  }, options.helloEveryMs ?? 30 * 60_000);
  const beats = setInterval(beat, options.heartbeatEveryMs ?? 60_000);

  return {
    close() {
      closed = true;
      clearInterval(timer);
      clearInterval(beats);
      if (again !== null) clearTimeout(again);
      if (helloRetry !== null) clearTimeout(helloRetry);
      if (reconnect !== null) clearTimeout(reconnect);
      socket.close();
    },
    connected: () => socket.connected,
    beat,
  };
}
