// How many live connections one client address may hold on this collector (SOCKETS_PER_ADDRESS).
// A connection that never proves who it is still lasts until socket.io's connect timeout (45 s), and
// each costs memory (docs/performance.md, idle sockets): without a bound, one machine on the internet
// could open them faster than they expire.
import type { IncomingMessage } from 'node:http';
import proxyaddr from '@fastify/proxy-addr';
import { addressKey } from '../http/address-key';
import { trustFunction, type TrustProxy } from '../http/origin';

/** What engine.io gives for each connection: its opening request, and its end. */
interface Connection {
  request: IncomingMessage;
  once(event: 'close', listener: () => void): unknown;
}

export class ConnectionsPerAddress {
  private readonly open = new Map<string, number>();
  private readonly trust: (address: string, i: number) => boolean;

  /** `max` 0: no limit. */
  constructor(
    readonly max: number,
    trust: TrustProxy,
  ) {
    this.trust = trustFunction(trust) || (() => false);
  }

  /**
   * The client's address as the rate limits count it: the peer, or what a trusted proxy says in
   * X-Forwarded-For; an IPv6 one by its /64 (a home is given a whole /64).
   */
  keyOf(request: IncomingMessage): string {
    return addressKey(proxyaddr(request, this.trust));
  }

  /** Whether one more connection may open from the request's address. */
  allows(request: IncomingMessage): boolean {
    return this.max === 0 || (this.open.get(this.keyOf(request)) ?? 0) < this.max;
  }

  /** Counts an opened connection against its address until it closes. */
  track(connection: Connection): void {
    if (this.max === 0) return;
    const key = this.keyOf(connection.request);
    this.open.set(key, (this.open.get(key) ?? 0) + 1);
    connection.once('close', () => {
      const left = (this.open.get(key) ?? 1) - 1;
      if (left > 0) this.open.set(key, left);
      else this.open.delete(key);
    });
  }
}
