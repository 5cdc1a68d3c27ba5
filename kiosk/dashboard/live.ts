// The live link to the collector: watches one office over socket.io and reports new votes and the link's state.
// The socket lives in a worker (live-worker.ts); this is the page's side of it.
import type { VotesStoredEvent } from '../../server/contract/events';
import type { FromLiveWorker, LiveStatus, ToLiveWorker } from './live-messages';

export type { LiveStatus };

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

/**
 * Connects to the collector that served this page through a worker of its own (live-worker.ts), so that
 * socket.io-client (~23 KB gzip) is neither downloaded with the dashboard's first files (the sign-in page
 * never needs it) nor parsed and run on the page's main thread while the report draws (issue 9,
 * docs/accessibility.md "Lighthouse"). The worker starts when a signed-in page first asks for the link;
 * until it connects the status stays "connecting", and a watch asked meanwhile is sent once connected.
 */
export const connectLive: LiveConnector = (handlers) => {
  let closed = false;
  const worker = new Worker(new URL('./live-worker.ts', import.meta.url), { type: 'module', name: 'gradimento-live' });
  const send = (message: ToLiveWorker) => worker.postMessage(message);
  worker.onmessage = ({ data }: MessageEvent<FromLiveWorker>) => {
    if (closed) return;
    if (data.kind === 'status') handlers.onStatus(data.status);
    else if (data.kind === 'votes') handlers.onVotes(data.event);
    else handlers.onSignedOut?.();
  };
  // The worker's file did not arrive (network down, a new version replaced the files), or it failed: the badge says the numbers will not update.
  worker.onerror = (e) => {
    console.error('gradimento: live link not loaded', e.message);
    if (!closed) handlers.onStatus('offline');
  };
  let officeId: string | undefined;
  return {
    watch(next) {
      if (next === officeId) return;
      officeId = next;
      send({ kind: 'watch', officeId: next });
    },
    close() {
      closed = true;
      send({ kind: 'close' });
    },
  };
};
