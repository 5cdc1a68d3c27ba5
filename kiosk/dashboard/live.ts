// The live link to the collector: watches one office over socket.io and reports new votes and the link's state.
import type { Socket } from 'socket.io-client';
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

/**
 * Connects to the collector that served this page (same origin, default socket.io path).
 * socket.io-client (~23 KB gzip) is fetched here, when a signed-in page first asks for the link,
 * not with the dashboard's first download: the sign-in page never needs it, and the report's first
 * screen does not wait for it (issue 9, docs/accessibility.md "Lighthouse"). Until it is in, the
 * status stays "connecting"; a watch asked meanwhile is sent once connected.
 */
export const connectLive: LiveConnector = (handlers) => {
  let socket: Socket<ServerToClientEvents, ClientToServerEvents> | null = null;
  let closed = false;
  let officeId: string | undefined;

  const watchCurrent = () => {
    const id = officeId;
    if (!id || !socket?.connected) return;
    handlers.onStatus('connecting');
    socket.timeout(ACK_TIMEOUT_MS).emit('report:watch', { officeId: id }, (err, res) => {
      if (id !== officeId) return; // the manager switched office meanwhile; that watch answers for itself
      // A refused watch (unknown office, or 'forbidden' outside the person's scope) or no answer: the numbers on screen will not update, so say so.
      handlers.onStatus(!err && 'data' in res ? 'live' : 'offline');
    });
  };

  const open = (io: typeof import('socket.io-client').io) => {
    // Default transports (long-polling first, then upgrade): a municipal proxy that blocks WebSocket still gets updates.
    const s: Socket<ServerToClientEvents, ClientToServerEvents> = io();
    socket = s;
    // 'connect' fires again after every reconnection, and the server forgot our rooms: watch again.
    s.on('connect', watchCurrent);
    s.on('disconnect', () => handlers.onStatus('offline'));
    s.on('connect_error', (err) => {
      handlers.onStatus('offline');
      // The cookie no longer opens a session: retrying would only be refused again.
      if (err.message === 'unauthenticated') {
        s.disconnect();
        handlers.onSignedOut?.();
      }
    });
    s.on('vote:stored', (event) => {
      if (event.officeId === officeId) handlers.onVotes(event);
    });
  };

  import('socket.io-client')
    .then(({ io }) => {
      if (!closed) open(io);
    })
    .catch((e: unknown) => {
      // The chunk did not arrive (network down, a new version replaced the files): the badge says the numbers will not update.
      console.error('gradimento: live link not loaded', e);
      if (!closed) handlers.onStatus('offline');
    });

  return {
    watch(next) {
      if (next === officeId) return;
      const previous = officeId;
      officeId = next;
      if (previous && socket?.connected) socket.emit('report:unwatch', { officeId: previous }, () => {});
      if (next) watchCurrent();
    },
    close() {
      closed = true;
      socket?.off();
      socket?.disconnect();
    },
  };
};
