// Where a request really comes from, and whether a browser's Origin is this collector's own.
import type { IncomingHttpHeaders } from 'node:http';
import proxyaddr from '@fastify/proxy-addr';

/** TRUST_PROXY: off, the addresses (or CIDRs, or loopback/linklocal/uniquelocal) of the reverse proxies, or a number of hops. */
export type TrustProxy = false | number | readonly string[];

/** Fastify's trustProxy as a function: whether the hop `i` at `address` is a proxy we trust. */
export function trustFunction(trust: TrustProxy): ((address: string, i: number) => boolean) | false {
  if (trust === false) return false;
  if (typeof trust === 'number') return (_address, i) => i < trust;
  const trusted = proxyaddr.compile([...trust]);
  return (address, i) => trusted(address, i);
}

/** Whether the peer at `address` is a proxy we trust to tell the client's X-Forwarded-* headers. */
export function trustsPeer(trust: TrustProxy, address: string | undefined): boolean {
  const fn = trustFunction(trust);
  return fn !== false && address !== undefined && fn(address, 0);
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim() || undefined;

/**
 * The origin the browser used: the Host header and the connection's scheme, or what a trusted
 * proxy says in X-Forwarded-Host and X-Forwarded-Proto. A client's own X-Forwarded-* headers
 * count for nothing unless TRUST_PROXY names the peer they came through.
 */
export function requestOrigin(headers: IncomingHttpHeaders, peer: string | undefined, encrypted: boolean, trust: TrustProxy): string | null {
  const trusted = trustsPeer(trust, peer);
  const host = (trusted ? first(headers['x-forwarded-host']) : undefined) ?? first(headers.host);
  const protocol = (trusted ? first(headers['x-forwarded-proto']) : undefined) ?? (encrypted ? 'https' : 'http');
  if (!host || !/^https?$/.test(protocol)) return null;
  return `${protocol}://${host}`.toLowerCase();
}

/**
 * A browser's Origin header against this collector: absent (not a browser, or a same-origin GET)
 * passes; otherwise scheme, host and port must be the request's own or PUBLIC_URL's.
 */
export function sameOrigin(origin: string | undefined, own: string | null, publicOrigin: string): boolean {
  if (!origin || origin === 'null') return origin === undefined;
  if (!URL.canParse(origin)) return false;
  const o = new URL(origin).origin.toLowerCase();
  return o === own || (publicOrigin !== '' && o === publicOrigin.toLowerCase());
}
