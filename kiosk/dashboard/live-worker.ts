// The dashboard's live link, in a worker of its own: socket.io-client is parsed, run and kept busy off the page's
// main thread, which on a slow phone has the report to draw (its evaluation was two long tasks of 90-120 ms under
// Lighthouse's 4x slowdown; docs/accessibility.md, Lighthouse). It watches one office and tells the page (live.ts);
// what it does with the socket is live-socket.ts.
import { io } from 'socket.io-client';
import type { FromLiveWorker, ToLiveWorker } from './live-messages';
import { runLiveSocket } from './live-socket';

// The worker's global, typed only as far as it is used here (the project's types are the page's, DOM).
const scope = self as unknown as { postMessage(message: FromLiveWorker): void; onmessage: ((e: MessageEvent<ToLiveWorker>) => void) | null; close(): void };

// Same origin, default path and transports (long-polling first, then upgrade): a municipal proxy that blocks
// WebSocket still gets updates. The session cookie goes along with the worker's requests as with the page's.
const link = runLiveSocket(io(self.location.origin), (message) => scope.postMessage(message));

scope.onmessage = ({ data }) => {
  if (data.kind === 'close') {
    link.close();
    scope.close();
    return;
  }
  link.watch(data.officeId);
};
