// What the live worker (live-worker.ts) does with its socket: watches one office, tells the page the link's state and
// its votes, and asks again where socket.io would not. Apart from the worker so a test can run it on a real socket.
import type { Socket } from 'socket.io-client';
import { LIVE_RETRY_MS, LIVE_UNAVAILABLE, type ClientToServerEvents, type ServerToClientEvents } from '../../server/contract/events';
import type { FromLiveWorker } from './live-messages';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface LiveSocketTiming {
  /** A watch or a handshake the collector could not answer (its database down) is asked again after this. */
  retryMs?: number;
  /** A watch that gets no answer in this time must not leave the badge on "collegamento…" for ever. */
  ackTimeoutMs?: number;
  /** After the collector ended the connection itself, connect again this much later. */
  reconnectMs?: number;
}

/** Short: the collector ended the connection on purpose, and the next handshake says why (or lets us back in). */
export const RECONNECT_AFTER_SERVER_DISCONNECT_MS = 1_000;

export interface LiveSocketLink {
  /** Watch this office (and stop watching the previous one); undefined watches nothing. */
  watch(officeId: string | undefined): void;
  close(): void;
}

/** Runs the live link on `socket` (made with socket.io's default reconnection), telling the page through `tell`. */
export function runLiveSocket(socket: LiveSocket, tell: (message: FromLiveWorker) => void, timing: LiveSocketTiming = {}): LiveSocketLink {
  const retryMs = timing.retryMs ?? LIVE_RETRY_MS;
  const ackTimeoutMs = timing.ackTimeoutMs ?? 5_000;
  const reconnectMs = timing.reconnectMs ?? RECONNECT_AFTER_SERVER_DISCONNECT_MS;
  let officeId: string | undefined;
  /** One watch or connection waiting to be asked again (the collector's database did not answer), at most. */
  let retry: ReturnType<typeof setTimeout> | null = null;
  const later = (ask: () => void) => {
    if (retry === null) retry = setTimeout(() => ((retry = null), ask()), retryMs);
  };
  let reconnect: ReturnType<typeof setTimeout> | null = null;

  const watchCurrent = () => {
    const id = officeId;
    if (!id || !socket.connected) return;
    tell({ kind: 'status', status: 'connecting' });
    socket.timeout(ackTimeoutMs).emit('report:watch', { officeId: id }, (err, res) => {
      if (id !== officeId) return; // the manager switched office meanwhile; that watch answers for itself
      // A refused watch (unknown office, or 'forbidden' outside the person's scope) or no answer: the numbers on screen will not update, so say so.
      tell({ kind: 'status', status: !err && 'data' in res ? 'live' : 'offline' });
      // The collector's database did not answer: not a refusal, so watch again a little later.
      if (!err && 'error' in res && res.error.code === LIVE_UNAVAILABLE.code) later(watchCurrent);
    });
  };

  // 'connect' fires again after every reconnection, and the server forgot our rooms: watch again.
  socket.on('connect', watchCurrent);
  socket.on('disconnect', (reason) => {
    tell({ kind: 'status', status: 'offline' });
    // The collector ended the connection (signed out, a session swept, roles or password changed): socket.io does
    // not reconnect after that by itself. A new handshake checks the cookie again: back in with the person's
    // current grants, or refused 'unauthenticated' below, which signs the tab out.
    if (reason === 'io server disconnect' && reconnect === null) reconnect = setTimeout(() => ((reconnect = null), socket.connect()), reconnectMs);
  });
  socket.on('connect_error', (err) => {
    tell({ kind: 'status', status: 'offline' });
    // The cookie no longer opens a session: retrying would only be refused again.
    if (err.message === 'unauthenticated') {
      socket.disconnect();
      tell({ kind: 'signed-out' });
      return;
    }
    // Refused by the collector's handshake for another reason (its database down): socket.io does not
    // try again after a middleware's refusal, as it does after a network failure, so ask later here.
    if (!socket.active) later(() => socket.connect());
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
      if (officeId) watchCurrent();
    },
    close() {
      if (retry !== null) clearTimeout(retry);
      if (reconnect !== null) clearTimeout(reconnect);
      socket.off();
      socket.disconnect();
    },
  };
}
