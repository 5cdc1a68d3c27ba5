// The live link to the collector: announces the terminal, learns its config version, and wakes the sync loop.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../server/contract/events';

export type TerminalSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TerminalLinkOptions {
  terminalId: string;
  /** Version of the configuration on screen (null if none yet). */
  configVersion: () => string | null;
  /** The collector's version differs: fetch the configuration again. */
  onConfigStale: (version: string) => void;
  /**
   * Connected or not; a connect is the moment to send what waits. `lost` is true only when a working
   * link dropped: failing to connect at all (a proxy without websockets) says nothing about HTTP.
   */
  onConnection: (connected: boolean, lost: boolean) => void;
  /** The collector refused the hello (e.g. terminal_unknown). */
  onHelloError?: (error: { code: string; message: string }) => void;
  /**
   * How often to say hello again while connected. The contract has no push for config changes
   * (no 'terminal:config' event yet), so a periodic hello is how a running terminal notices one.
   */
  helloEveryMs?: number;
  /** Defaults to the page's origin, path /socket.io/. */
  url?: string;
  ackTimeoutMs?: number;
}

export interface TerminalLink {
  close(): void;
  connected(): boolean;
}

export function connectTerminal(options: TerminalLinkOptions): TerminalLink {
  const socket: TerminalSocket = options.url ? io(options.url) : io();
  const ackTimeout = options.ackTimeoutMs ?? 10_000;

  const hello = () => {
    socket.timeout(ackTimeout).emit('terminal:hello', { terminalId: options.terminalId }, (err, res) => {
      if (err || !res) return; // no answer in time: the next hello will ask again
      if ('error' in res) {
        options.onHelloError?.(res.error);
        return;
      }
      if (res.data.configVersion !== options.configVersion()) options.onConfigStale(res.data.configVersion);
    });
  };

  socket.on('connect', () => {
    options.onConnection(true, false);
    hello();
  });
  socket.on('disconnect', () => options.onConnection(false, true));
  socket.on('connect_error', () => options.onConnection(false, false));

  const timer = setInterval(() => {
    if (socket.connected) hello();
  }, options.helloEveryMs ?? 5 * 60_000);

  return {
    close() {
      clearInterval(timer);
      socket.close();
    },
    connected: () => socket.connected,
  };
}
