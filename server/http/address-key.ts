// The client address a per-address rate limit counts by: an IPv4 address as it is, an IPv6 one by its /64.
// Why the /64: one household, phone or server is given a whole /64 and picks any of its 2^64
// addresses at will, so counting full IPv6 addresses let one client vote without limit.
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * The key of what is no address at all and came with no connection address to fall back on. One key
 * for all of them: each distinct garbage value counted apart gave its sender a fresh allowance.
 */
export const NOT_AN_ADDRESS = 'not-an-address';

/**
 * The address in a value a proxy forwarded, or null when there is none. A port is dropped (some
 * proxies forward 203.0.113.9:51234 or [2001:db8::1]:443), and so is a zone (fe80::1%eth0 names the
 * collector's own interface). Only the plain forms count: ipaddr.js alone also takes "7" or
 * "0x7f.1" for IPv4 addresses, which would let any short word become an address of its own.
 */
export function forwardedAddress(value: string): string | null {
  const trimmed = value.trim();
  const bare = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(trimmed)?.[1] ?? /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(trimmed)?.[1] ?? trimmed;
  const address = bare.split('%')[0]!;
  return isIP(address) === 0 ? null : address;
}

/**
 * `request.ip` (X-Forwarded-For only when TRUST_PROXY names the proxy) as a rate-limit key. `peer`:
 * the connection's own address (the proxy's), counted instead when the forwarded value is no address;
 * a proxy that forwards a client's made-up header as it came must not hand out one allowance per word.
 */
export function addressKey(ip: string, peer?: string): string {
  const bare = forwardedAddress(ip);
  if (bare === null) return peer === undefined ? NOT_AN_ADDRESS : addressKey(peer);
  const address = ipaddr.parse(bare);
  if (address.kind() === 'ipv4') return address.toString();
  const v6 = address as ipaddr.IPv6;
  // A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d: the same client as a.b.c.d.
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
  return `${v6.parts.slice(0, 4).map((p) => p.toString(16)).join(':')}::/64`;
}

/** A Fastify request's key: its client address, or its connection's when a proxy forwarded no address (proxy-notices.ts logs that). */
export function requestAddressKey(request: { ip: string; socket: { remoteAddress?: string | undefined } }): string {
  return addressKey(request.ip, request.socket.remoteAddress);
}
