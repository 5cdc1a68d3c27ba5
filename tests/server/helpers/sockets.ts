// Real socket.io clients for tests: as a person (session cookie) or a terminal (device token), closed after each test.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../server/contract/events';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ClientOptions {
  /** A session cookie header, as a browser would send it. */
  cookie?: string;
  /** A terminal's device token, sent in the handshake's auth. */
  token?: string;
  transports?: ('polling' | 'websocket')[];
}

/** Opens clients against `base` and remembers them, so `closeAll` can end them after each test. */
export function socketClients(base: () => string) {
  const open: Client[] = [];

  function start(options: ClientOptions = {}): Client {
    const socket: Client = io(base(), {
      reconnection: false,
      forceNew: true,
      ...(options.transports ? { transports: options.transports } : {}),
      ...(options.cookie ? { extraHeaders: { cookie: options.cookie } } : {}),
      ...(options.token ? { auth: { token: options.token } } : {}),
    });
    open.push(socket);
    return socket;
  }

  return {
    start,
    /** Connects, or rejects with the server's connect_error. */
    async connect(options: ClientOptions = {}): Promise<Client> {
      const socket = start(options);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      return socket;
    },
    /** The error a refused handshake ends with; throws if the connection is accepted. */
    async refusal(options: ClientOptions = {}): Promise<Error> {
      const socket = start(options);
      return new Promise<Error>((resolve, reject) => {
        socket.once('connect', () => reject(new Error('the handshake was accepted')));
        socket.once('connect_error', resolve);
      });
    },
    closeAll() {
      for (const s of open.splice(0)) s.disconnect();
    },
  };
}

/** Resolves with the payload of the next `event` on `socket`, or rejects after `ms`. */
export function next<E extends keyof ServerToClientEvents | 'disconnect'>(socket: Client, event: E, ms = 5000): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${String(event)} within ${ms} ms`)), ms);
    (socket as unknown as { once(e: string, f: (p: unknown) => void): void }).once(event, (payload: unknown) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/** Lets events in flight arrive, so a test can check that something did not. */
export const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));
