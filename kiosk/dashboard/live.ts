// The live link to the collector: watches one office over socket.io and reports new votes and the link's state.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, VotesStoredEvent } from '../../server/contract/events';

export type LiveStatus = 'connecting' | 'live' | 'offline';

export interface LiveHandlers {
  onVotes: (event: VotesStoredEvent) => void;
  onStatus: (status: LiveStatus) => void;
  /** The collector refused the handshake because nobody is signed in (any more). */
  onSignedOut?: () => void;
}

/** What the app needs from a live link; tests hand the app a fake one. */
export interface LiveLink {
  /** Start watching this office (and stop watching the previous one); undefined watches nothing. */
  watch(officeId: string | undefined): void;
  close(): void;
}

export type LiveConnector = (handlers: LiveHandlers) => LiveLink;

// A watch that gets no answer must not leave the badge on "collegamento…" for ever.
const ACK_TIMEOUT_MS = 5_000;

/** Connects to the collector that served this page (same origin, default socket.io path). */
export const connectLive: LiveConnector = (handlers) => {
  // Default transports (long-polling first, then upgrade): a municipal proxy that blocks WebSocket still gets updates.
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io();
  let officeId: string | undefined;

  const watchCurrent = () => {
    const id = officeId;
    if (!id || !socket.connected) return;
    handlers.onStatus('connecting');
    socket.timeout(ACK_TIMEOUT_MS).emit('report:watch', { officeId: id }, (err, res) => {
      if (id !== officeId) return; // the manager switched office meanwhile; that watch answers for itself
      // A refused watch (unknown office, or 'forbidden' outside the person's scope) or no answer: the numbers on screen will not update, so say so.
      handlers.onStatus(!err && 'data' in res ? 'live' : 'offline');
    });
  };

  // 'connect' fires again after every reconnection, and the server forgot our rooms: watch again.
  socket.on('connect', watchCurrent);
  socket.on('disconnect', () => handlers.onStatus('offline'));
  socket.on('connect_error', (err) => {
    handlers.onStatus('offline');
    // The cookie no longer opens a session: retrying would only be refused again.
    if (err.message === 'unauthenticated') {
      socket.disconnect();
      handlers.onSignedOut?.();
    }
  });
  socket.on('vote:stored', (event) => {
    if (event.officeId === officeId) handlers.onVotes(event);
  });

  return {
    watch(next) {
      if (next === officeId) return;
      const previous = officeId;
      officeId = next;
      if (previous && socket.connected) socket.emit('report:unwatch', { officeId: previous }, () => {});
      if (next) watchCurrent();
    },
    close() {
      socket.off();
      socket.disconnect();
    },
  };
};
