// The dashboard's live link, in a worker of its own: socket.io-client is parsed, run and kept busy off the page's
// main thread, which on a slow phone has the report to draw (its evaluation was two long tasks of 90-120 ms under
// Lighthouse's 4x slowdown; docs/accessibility.md, Lighthouse). It watches one office and tells the page (live.ts).
import { io, type Socket } from 'socket.io-client';
import { LIVE_RETRY_MS, LIVE_UNAVAILABLE, type ClientToServerEvents, type ServerToClientEvents } from '../../server/contract/events';
import type { FromLiveWorker, ToLiveWorker } from './live-messages';

// The worker's global, typed only as far as it is used here (the project's types are the page's, DOM).
const scope = self as unknown as { postMessage(message: FromLiveWorker): void; onmessage: ((e: MessageEvent<ToLiveWorker>) => void) | null; close(): void };
const tell = (message: FromLiveWorker) => scope.postMessage(message);

// A watch that gets no answer must not leave the badge on "collegamento…" for ever.
const ACK_TIMEOUT_MS = 5_000;

let officeId: string | undefined;
/** One watch or connection waiting to be asked again (the collector's database did not answer), at most. */
let retry: ReturnType<typeof setTimeout> | null = null;
const later = (ask: () => void) => {
  if (retry === null) retry = setTimeout(() => ((retry = null), ask()), LIVE_RETRY_MS);
};
// Same origin, default path and transports (long-polling first, then upgrade): a municipal proxy that blocks
// WebSocket still gets updates. The session cookie goes along with the worker's requests as with the page's.
const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(self.location.origin);

const watchCurrent = () => {
  const id = officeId;
  if (!id || !socket.connected) return;
  tell({ kind: 'status', status: 'connecting' });
  socket.timeout(ACK_TIMEOUT_MS).emit('report:watch', { officeId: id }, (err, res) => {
    if (id !== officeId) return; // the manager switched office meanwhile; that watch answers for itself
    // A refused watch (unknown office, or 'forbidden' outside the person's scope) or no answer: the numbers on screen will not update, so say so.
    tell({ kind: 'status', status: !err && 'data' in res ? 'live' : 'offline' });
    // The collector's database did not answer: not a refusal, so watch again a little later.
    if (!err && 'error' in res && res.error.code === LIVE_UNAVAILABLE.code) later(watchCurrent);
  });
};

// 'connect' fires again after every reconnection, and the server forgot our rooms: watch again.
socket.on('connect', watchCurrent);
socket.on('disconnect', () => tell({ kind: 'status', status: 'offline' }));
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

scope.onmessage = ({ data }) => {
  if (data.kind === 'close') {
    socket.off();
    socket.disconnect();
    scope.close();
    return;
  }
  if (data.officeId === officeId) return;
  const previous = officeId;
  officeId = data.officeId;
  if (previous && socket.connected) socket.emit('report:unwatch', { officeId: previous }, () => {});
  if (officeId) watchCurrent();
};
