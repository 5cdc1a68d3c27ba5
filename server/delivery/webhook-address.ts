// Which network addresses a webhook may reach (WEBHOOK_PRIVATE_NETWORKS): judged when a webhook is
// saved, and again on each call on the address it actually connects to, since DNS can change between.
import dns from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Agent, type Dispatcher } from 'undici';
import type { WebhookPrivateNetworks } from '../config';

/**
 * Why an address is refused. `loopback` (this machine) is reachable only with allow-loopback (tests,
 * development); `link-local` (169.254.169.254 is the cloud metadata service) and `special`
 * (unspecified, multicast, broadcast, reserved) never; `private` (LANs, carrier-grade NAT) with allow.
 */
export type AddressKind = 'loopback' | 'link-local' | 'special' | 'private';

type Range = [network: string, prefix: number, family: 'ipv4' | 'ipv6'];

// BlockList also matches the IPv4-mapped IPv6 form (::ffff:127.0.0.1) of an IPv4 range.
const RANGES: Record<AddressKind, Range[]> = {
  loopback: [
    ['127.0.0.0', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
  ],
  'link-local': [
    ['169.254.0.0', 16, 'ipv4'],
    ['fe80::', 10, 'ipv6'],
  ],
  special: [
    // 0.0.0.0 and :: reach this machine on Linux: as bad as loopback, and never a receiver's address.
    ['0.0.0.0', 8, 'ipv4'],
    ['::', 96, 'ipv6'], // unspecified, and the deprecated IPv4-compatible form (::127.0.0.1)
    ['224.0.0.0', 4, 'ipv4'], // multicast
    ['240.0.0.0', 4, 'ipv4'], // reserved, and 255.255.255.255 (broadcast)
    ['ff00::', 8, 'ipv6'], // multicast
  ],
  private: [
    ['10.0.0.0', 8, 'ipv4'],
    ['172.16.0.0', 12, 'ipv4'],
    ['192.168.0.0', 16, 'ipv4'],
    ['100.64.0.0', 10, 'ipv4'], // carrier-grade NAT
    ['fc00::', 7, 'ipv6'], // unique local
    ['fec0::', 10, 'ipv6'], // site-local (deprecated, still routed by some)
  ],
};

// Loopback first: ::1 lies inside ::/96 too, and must be judged as loopback.
const ORDER: AddressKind[] = ['loopback', 'link-local', 'special', 'private'];
const LISTS = new Map(
  ORDER.map((kind) => {
    const list = new BlockList();
    for (const [network, prefix, family] of RANGES[kind]) list.addSubnet(network, prefix, family);
    return [kind, list] as const;
  }),
);

const ALLOWED: Record<WebhookPrivateNetworks, AddressKind[]> = {
  deny: [],
  allow: ['private'],
  'allow-loopback': ['private', 'loopback'],
};

/** The kind of an IP address a webhook may not reach under this setting; null when it may (or it is not an IP). */
export function forbiddenKind(address: string, setting: WebhookPrivateNetworks): AddressKind | null {
  const family = isIP(address);
  if (family === 0) return null;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const kind = ORDER.find((k) => LISTS.get(k)!.check(address, type));
  return kind && !ALLOWED[setting].includes(kind) ? kind : null;
}

/** A call refused for its address: permanent, since trying again reaches the same network. */
export class ForbiddenAddressError extends Error {
  override name = 'ForbiddenAddressError';
  readonly code = 'EWEBHOOKADDRESS';
  constructor(
    readonly address: string,
    readonly kind: AddressKind,
  ) {
    super(`the address ${address} is in a private or local network, which this installation does not allow webhooks to reach (WEBHOOK_PRIVATE_NETWORKS)`);
  }
}

/** The URL's host as an IP address ([::1] without brackets), or null for a host name. */
export function literalAddress(url: URL): string | null {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(host) ? host : null;
}

/** How long a save waits for DNS: a name that does not answer by then is judged at each call instead. */
const SAVE_LOOKUP_MS = 5_000;

/**
 * At save: the first forbidden address the URL's host is, or resolves to (any one of them, since the
 * call may use any); null when none is. A name that does not resolve now is let through: every call
 * checks again where it connects.
 */
export async function forbiddenTarget(url: URL, setting: WebhookPrivateNetworks): Promise<{ address: string; kind: AddressKind } | null> {
  const literal = literalAddress(url);
  const resolve = literal
    ? Promise.resolve([literal])
    : dns.promises.lookup(url.hostname, { all: true, verbatim: true }).then(
        (found) => found.map((a) => a.address),
        () => [],
      );
  const timeout = new Promise<string[]>((done) => setTimeout(() => done([]), SAVE_LOOKUP_MS).unref());
  for (const address of await Promise.race([resolve, timeout])) {
    const kind = forbiddenKind(address, setting);
    if (kind) return { address, kind };
  }
  return null;
}

/**
 * A DNS lookup that drops the addresses a webhook may not reach, so the connection can only go to an
 * allowed one (DNS rebinding gets nowhere); none left: the call fails with ForbiddenAddressError.
 * Node calls it for host names only: literal IPs are checked before the call (see sendWebhook).
 */
function guardedLookup(setting: WebhookPrivateNetworks): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, found) => {
      if (err) return callback(err, '', 0);
      const allowed = found.filter((a) => !forbiddenKind(a.address, setting));
      if (allowed.length === 0) {
        const first = found[0];
        if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
        return callback(new ForbiddenAddressError(first.address, forbiddenKind(first.address, setting)!), '', 0);
      }
      if (options.all) return callback(null, allowed);
      return callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}

/** What webhook calls go through: the setting, and an HTTP client that connects to allowed addresses only. */
export interface WebhookNetwork {
  setting: WebhookPrivateNetworks;
  dispatcher: Dispatcher;
  close(): Promise<void>;
}

export function webhookNetwork(setting: WebhookPrivateNetworks): WebhookNetwork {
  const agent = new Agent({ connect: { lookup: guardedLookup(setting) } });
  return { setting, dispatcher: agent, close: () => agent.close() };
}
