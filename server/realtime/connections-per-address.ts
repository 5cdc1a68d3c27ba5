// How many live connections one client address may hold on this collector (SOCKETS_PER_ADDRESS): signed-in ones
// (a session or a device token accepted by the handshake) against the allowance; those still to prove who they
// are against a much smaller one of their own, so that anonymous connections cannot take the terminals' and
// dashboards' places. Each costs memory (docs/performance.md, idle sockets) until socket.io's connect timeout.
import type { IncomingMessage } from 'node:http';
import proxyaddr from '@fastify/proxy-addr';
import { addressKey } from '../http/address-key';
import { trustFunction, type TrustProxy } from '../http/origin';

/** What engine.io gives for each connection: its opening request, its end, and a way to end it. */
export interface Connection {
  request: IncomingMessage;
  once(event: 'close', listener: () => void): unknown;
  close(): unknown;
}

/**
 * For this long after its handshake a connection that has not signed in yet keeps its place; after it, a new
 * connection from the same address may push it out when the address has no unauthenticated place left. A
 * terminal, even on 3G, usually signs in within it (one round trip to send its token, one database query);
 * one pushed out sees its connection close and reconnects by itself, as after any drop. An idle
 * handshake then holds a place 2 s at most against newcomers: keeping them all taken means opening all of
 * them again every 2 s without pause (50 a second by default), where a fixed count let one address hold
 * them with a few handshakes a second, each kept until the connect timeout.
 */
export const UNAUTHENTICATED_GRACE_MS = 2_000;

/**
 * Connections not yet signed in that one address may hold: a tenth of the allowance (100 by default), at
 * least 20 so that a small office's terminals behind one address, reconnecting together after a restart,
 * find places; never more than the allowance.
 */
export function unauthenticatedAllowance(max: number): number {
  return Math.min(max, Math.max(20, Math.ceil(max / 10)));
}

/** What happens to a new connection: let in (`pushed_out`: after closing the address's oldest unauthenticated one), or refused, and why. */
export type Admission = 'open' | 'pushed_out' | 'address_full' | 'unauthenticated_full';

interface Address {
  authenticated: number;
  /** Connections not signed in yet, oldest first (a Map keeps insertion order), with when each opened. */
  pending: Map<Connection, number>;
}

interface Held {
  key: string;
  authenticated: boolean;
}

export class ConnectionsPerAddress {
  private readonly addresses = new Map<string, Address>();
  private readonly held = new WeakMap<Connection, Held>();
  private readonly trust: (address: string, i: number) => boolean;
  readonly unauthenticatedMax: number;

  /** `max` 0: no limit, on either kind. `clock`: elapsed milliseconds. */
  constructor(
    readonly max: number,
    trust: TrustProxy,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.trust = trustFunction(trust) || (() => false);
    this.unauthenticatedMax = unauthenticatedAllowance(max);
  }

  /**
   * The client's address as the rate limits count it: the peer, or what a trusted proxy says in
   * X-Forwarded-For; an IPv6 one by its /64 (a home is given a whole /64).
   */
  keyOf(request: IncomingMessage): string {
    // A forwarded value that is no address counts as the proxy's own, as the HTTP limits count it (address-key.ts).
    return addressKey(proxyaddr(request, this.trust), request.socket.remoteAddress);
  }

  /**
   * Whether a new connection may open from the request's address (asked at its handshake, before it can
   * show who it is). Refused when the address holds its allowance of signed-in connections (this one could
   * not sign in either), or its unauthenticated places are all taken by connections younger than the grace;
   * otherwise the oldest of them is closed to make room.
   */
  admit(request: IncomingMessage): Admission {
    if (this.max === 0) return 'open';
    const address = this.addresses.get(this.keyOf(request));
    if (!address) return 'open';
    if (address.authenticated >= this.max) return 'address_full';
    if (address.pending.size < this.unauthenticatedMax) return 'open';
    const [oldest, since] = address.pending.entries().next().value!;
    if (this.clock() - since < UNAUTHENTICATED_GRACE_MS) return 'unauthenticated_full';
    this.release(oldest);
    oldest.close();
    return 'pushed_out';
  }

  /** Counts an opened connection against its address, as not signed in, until it signs in or closes. */
  track(connection: Connection): void {
    if (this.max === 0) return;
    const key = this.keyOf(connection.request);
    let address = this.addresses.get(key);
    if (!address) this.addresses.set(key, (address = { authenticated: 0, pending: new Map() }));
    address.pending.set(connection, this.clock());
    this.held.set(connection, { key, authenticated: false });
    connection.once('close', () => this.release(connection));
  }

  /**
   * The connection proved who it is: it moves to the address's signed-in allowance, or is refused (false)
   * when that is full. False too for one already closed (pushed out while its proof was being checked).
   */
  authenticate(connection: Connection): boolean {
    if (this.max === 0) return true;
    const held = this.held.get(connection);
    if (!held) return false;
    if (held.authenticated) return true;
    const address = this.addresses.get(held.key)!;
    if (address.authenticated >= this.max) return false;
    address.pending.delete(connection);
    address.authenticated++;
    held.authenticated = true;
    return true;
  }

  /** Frees the connection's place; an address with none left is forgotten. */
  private release(connection: Connection): void {
    const held = this.held.get(connection);
    if (!held) return;
    this.held.delete(connection);
    const address = this.addresses.get(held.key)!;
    if (held.authenticated) address.authenticated--;
    else address.pending.delete(connection);
    if (address.authenticated === 0 && address.pending.size === 0) this.addresses.delete(held.key);
  }
}
