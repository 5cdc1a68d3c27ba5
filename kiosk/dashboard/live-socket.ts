// The dashboard's live links on their sockets: the report's (through its worker, live-worker.ts) watches one office and
// tells the page its votes; the alerts page's (alerts/use-live-alerts.ts) watches the person's alerts. Both keep their
// watch asked through one retrying link (keepWatching), which asks again where socket.io would not. Apart from the
// worker so a test can run them on a real socket.
import type { Socket } from 'socket.io-client';
import { LIVE_RETRY_MS, LIVE_UNAVAILABLE, type Ack, type ClientToServerEvents, type ServerToClientEvents } from '../../server/contract/events';
import type { FromLiveWorker, LiveStatus } from './live-messages';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface LiveSocketTiming {
  /** A watch the collector did not answer (in time, or for its database down, or failing) or a handshake it could not take is asked again after this. */
  retryMs?: number;
  /** A watch that gets no answer in this time must not leave the badge on "collegamento…" for ever. */
  ackTimeoutMs?: number;
  /** After the collector ended the connection itself, connect again this much later. */
  reconnectMs?: number;
}

/** Short: the collector ended the connection on purpose, and the next handshake says why (or lets us back in). */
export const RECONNECT_AFTER_SERVER_DISCONNECT_MS = 1_000;

/** A watch answered with these is asked again later; the others (unknown office, forbidden) are refusals. */
const ASK_AGAIN = new Set<string>([LIVE_UNAVAILABLE.code, 'internal_error']);

/**
 * Sends one watch on the socket with this ack timeout and hands its answer (socket.io's timeout error, or the ack) to
 * `answered`; not calling it leaves the answer unheard (one for a watch the page has moved on from).
 */
export type LiveWatch = (socket: LiveSocket, ackTimeoutMs: number, answered: (err: Error | null, res?: Ack<unknown>) => void) => void;

export interface LiveLinkHandlers {
  /** The link's state, as the report's badge shows it: asking, watched, or not (and asking again later if it may). */
  status: (status: LiveStatus) => void;
  /** The collector refused the handshake because nobody is signed in (any more): the link has stopped. */
  signedOut: () => void;
}

export interface WatchingLink {
  /** Keep this watch asked from now on, at once if connected and again at each connection; null watches nothing. */
  keep(watch: LiveWatch | null): void;
  close(): void;
}

/**
 * Keeps one watch asked on `socket` (made with socket.io's default reconnection) through everything that ends or
 * refuses it: a collector restart or a network drop (socket.io reconnects; the collector forgot the rooms, so the
 * watch is asked again), a connection the collector ended itself, a handshake refused for its database down, a
 * watch unanswered in time or answered "unavailable". The last three socket.io does not retry by itself.
 */
export function keepWatching(socket: LiveSocket, handlers: LiveLinkHandlers, timing: LiveSocketTiming = {}): WatchingLink {
  const retryMs = timing.retryMs ?? LIVE_RETRY_MS;
  const ackTimeoutMs = timing.ackTimeoutMs ?? 5_000;
  const reconnectMs = timing.reconnectMs ?? RECONNECT_AFTER_SERVER_DISCONNECT_MS;
  let current: LiveWatch | null = null;
  // Two timers, not one: a watch waiting to be asked again (the collector's database did not answer) must not keep a
  // refused handshake from being asked again, which left the link offline for good after an outage.
  /** A watch waiting to be asked again, at most one. */
  let watchRetry: ReturnType<typeof setTimeout> | null = null;
  /** A connection waiting to be opened again (a refused handshake, or one the collector ended), at most one. */
  let reconnect: ReturnType<typeof setTimeout> | null = null;
  const connectIn = (ms: number) => {
    if (reconnect === null) reconnect = setTimeout(() => ((reconnect = null), socket.connect()), ms);
  };

  const watchCurrent = () => {
    // This watch answers for the current one: one still waiting to be asked again is not needed any more.
    if (watchRetry !== null) clearTimeout(watchRetry);
    watchRetry = null;
    const watch = current;
    if (!watch || !socket.connected) return;
    handlers.status('connecting');
    watch(socket, ackTimeoutMs, (err, res) => {
      if (watch !== current) return;
      // A refused watch (unknown office, or 'forbidden' outside the person's scope) or no answer: what is on screen will not update, so say so.
      const live = !err && res !== undefined && 'data' in res;
      handlers.status(live ? 'live' : 'offline');
      // No answer in time, the collector's database down, or the collector failing: not a refusal, so watch again a little later.
      const passing = err || (res !== undefined && 'error' in res && ASK_AGAIN.has(res.error.code));
      if (!live && passing && watchRetry === null) watchRetry = setTimeout(watchCurrent, retryMs);
    });
  };

  // 'connect' fires again after every reconnection, and the server forgot our rooms: watch again.
  socket.on('connect', watchCurrent);
  socket.on('disconnect', (reason) => {
    handlers.status('offline');
    // The collector ended the connection (signed out, a session swept, roles or password changed): socket.io does
    // not reconnect after that by itself. A new handshake checks the cookie again: back in with the person's
    // current grants, or refused 'unauthenticated' below, which signs the tab out.
    if (reason === 'io server disconnect') connectIn(reconnectMs);
  });
  socket.on('connect_error', (err) => {
    handlers.status('offline');
    // The cookie no longer opens a session: retrying would only be refused again.
    if (err.message === 'unauthenticated') {
      socket.disconnect();
      handlers.signedOut();
      return;
    }
    // Refused by the collector's handshake for another reason (its database down): socket.io does not
    // try again after a middleware's refusal, as it does after a network failure, so ask later here.
    if (!socket.active) connectIn(retryMs);
  });

  return {
    keep(watch) {
      current = watch;
      watchCurrent();
    },
    close() {
      current = null;
      if (watchRetry !== null) clearTimeout(watchRetry);
      if (reconnect !== null) clearTimeout(reconnect);
      socket.off();
      socket.disconnect();
    },
  };
}

export interface LiveSocketLink {
  /** Watch this office (and stop watching the previous one); undefined watches nothing. */
  watch(officeId: string | undefined): void;
  close(): void;
}

/** Runs the report's live link on `socket` (made with socket.io's default reconnection), telling the page through `tell`. */
export function runLiveSocket(socket: LiveSocket, tell: (message: FromLiveWorker) => void, timing: LiveSocketTiming = {}): LiveSocketLink {
  let officeId: string | undefined;
  const link = keepWatching(socket, { status: (status) => tell({ kind: 'status', status }), signedOut: () => tell({ kind: 'signed-out' }) }, timing);
  const officeWatch =
    (id: string): LiveWatch =>
    (s, ackTimeoutMs, answered) =>
      s.timeout(ackTimeoutMs).emit('report:watch', { officeId: id }, (err, res) => {
        if (id !== officeId) {
          // The manager moved on meanwhile. The collector looks the office up before joining its room, so the unwatch
          // sent at the switch could be handled first, leaving the socket in this room: leave it now the join is done.
          if (s.connected) s.emit('report:unwatch', { officeId: id }, () => {});
          return;
        }
        answered(err, res);
      });
  socket.on('vote:stored', (event) => {
    if (event.officeId === officeId) tell({ kind: 'votes', event });
  });

  return {
    watch(next) {
      if (next === officeId) return;
      const previous = officeId;
      officeId = next;
      if (previous && socket.connected) socket.emit('report:unwatch', { officeId: previous }, () => {});
      // Watching nothing keeps nothing asked; the previous office's watch, if still waiting to be asked again, is dropped.
      link.keep(officeId ? officeWatch(officeId) : null);
    },
    close: () => link.close(),
  };
}
