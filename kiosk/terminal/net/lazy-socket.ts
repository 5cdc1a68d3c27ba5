// Opens the live link after the first screen is up: socket.io-client (~10 KB gzip) stays out of the terminal's first download.
import { whenIdle } from '../when-idle';
import type { TerminalLink, TerminalLinkOptions } from './socket';

/** The longest the link waits for the browser to be idle: a busy page still connects. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * The same link as connectTerminal, with the code fetched on first use (from the service worker's
 * precache when offline). Votes never wait for it: they go over HTTP (./sync.ts). Keeps the
 * terminal's initial JS within its budget (docs/performance.md, "Budgets").
 * Loading the module and the handshake (several long-polling requests, then the WebSocket upgrade)
 * are long tasks on a slow tablet; they wait for an idle moment so they do not hold up the faces
 * being drawn or a first tap (issue 9, docs/accessibility.md "Lighthouse"). Evaluating the module
 * and opening the socket take an idle moment each: together they made one task of about 100 ms
 * under Lighthouse's 4x slowdown, which a tap landing then would wait for.
 */
export function connectTerminalLazily(options: TerminalLinkOptions): TerminalLink {
  let link: TerminalLink | null = null;
  let closed = false;
  let cancel = whenIdle(() => {
    import('./socket')
      .then(({ connectTerminal }) => {
        if (closed) return;
        cancel = whenIdle(() => {
          if (!closed) link = connectTerminal(options);
        }, IDLE_TIMEOUT_MS);
      })
      .catch((e: unknown) => console.error('gradimento: live link not loaded; votes still go over HTTP', e));
  }, IDLE_TIMEOUT_MS);
  return {
    close() {
      closed = true;
      cancel();
      link?.close();
    },
    connected: () => link?.connected() ?? false,
    beat: () => link?.beat?.(),
  };
}
