// The client address a per-address rate limit counts by: an IPv4 address as it is, an IPv6 one by its /64.
// Why the /64: one household, phone or server is given a whole /64 and picks any of its 2^64
// addresses at will, so counting full IPv6 addresses let one client vote without limit.
import ipaddr from 'ipaddr.js';

/** `request.ip` (X-Forwarded-For only when TRUST_PROXY names the proxy) as a rate-limit key. */
export function addressKey(ip: string): string {
  // A zone (fe80::1%eth0) names the collector's own interface, not the client.
  const bare = ip.split('%')[0]!;
  if (!ipaddr.isValid(bare)) return ip;
  const address = ipaddr.parse(bare);
  if (address.kind() === 'ipv4') return address.toString();
  const v6 = address as ipaddr.IPv6;
  // A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d: the same client as a.b.c.d.
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
  return `${v6.parts.slice(0, 4).map((p) => p.toString(16)).join(':')}::/64`;
}
