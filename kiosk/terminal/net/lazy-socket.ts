// Opens the live link after the first screen is up: socket.io-client (~10 KB gzip) stays out of the terminal's first download.
import type { TerminalLink, TerminalLinkOptions } from './socket';

/**
 * The same link as connectTerminal, with the code fetched on first use (from the service worker's
 * precache when offline). Votes never wait for it: they go over HTTP (./sync.ts). Keeps the
 * terminal's initial JS within its budget (docs/performance.md, "Budgets").
 */
export function connectTerminalLazily(options: TerminalLinkOptions): TerminalLink {
  let link: TerminalLink | null = null;
  let closed = false;
  import('./socket')
    .then(({ connectTerminal }) => {
      if (!closed) link = connectTerminal(options);
    })
    .catch((e: unknown) => console.error('gradimento: live link not loaded; votes still go over HTTP', e));
  return {
    close() {
      closed = true;
      link?.close();
    },
    connected: () => link?.connected() ?? false,
    beat: () => link?.beat?.(),
  };
}
