// Tells the operator, in the log, when a reverse proxy in front of the collector makes every citizen
// look like one address: the per-address limits (web ratings, QR votes, live connections, the
// sign-in lockout) then become one allowance for the whole internet, and nothing else would say so.
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import ipaddr from 'ipaddr.js';
import { forwardedAddress } from './address-key';
import { trustsPeer, type TrustProxy } from './origin';

/** Each kind of notice at most once in this while: the log of a busy collector must stay readable. */
export const NOTICE_EVERY_MS = 60 * 60 * 1000;

/** The headers a proxy tells the client's address in; the collector reads only the first (RFC 7239's Forwarded and nginx's X-Real-IP are left unread). */
const FORWARDING = ['x-forwarded-for', 'forwarded', 'x-real-ip'] as const;

/** The forwarding headers a request carries, as they are written in docs. */
export function forwardingHeaders(request: Pick<FastifyRequest, 'headers'>): string[] {
  const names = { 'x-forwarded-for': 'X-Forwarded-For', forwarded: 'Forwarded', 'x-real-ip': 'X-Real-IP' };
  return FORWARDING.filter((h) => request.headers[h] !== undefined).map((h) => names[h]);
}

/** Loopback or a private range: where a reverse proxy of this collector would stand, not a citizen. */
function nearby(address: string): boolean {
  const bare = forwardedAddress(address);
  if (bare === null) return false;
  // process(): an IPv4 client of a dual-stack socket (::ffff:10.0.0.2) by its IPv4 range.
  return ['loopback', 'private', 'linkLocal', 'carrierGradeNat', 'uniqueLocal'].includes(ipaddr.process(bare).range());
}

/** How TRUST_PROXY would name this peer: the usual range's word where there is one. */
function suggestion(peer: string): string {
  const bare = forwardedAddress(peer) ?? peer;
  const parsed = ipaddr.process(bare);
  return parsed.range() === 'loopback' ? 'loopback' : parsed.toString();
}

/** At most one line per kind in NOTICE_EVERY_MS, by the collector's clock. */
function throttled(log: FastifyBaseLogger, now: () => Date) {
  const last = new Map<string, number>();
  return (kind: string, fields: Record<string, unknown>, message: string) => {
    const at = now().getTime();
    const before = last.get(kind);
    if (before !== undefined && at - before < NOTICE_EVERY_MS) return;
    last.set(kind, at);
    log.warn({ notice: kind, ...fields }, message);
  };
}

export function installProxyNotices(app: FastifyInstance, trust: TrustProxy, now: () => Date): void {
  const notice = throttled(app.log, now);
  app.addHook('onRequest', async (request) => {
    const headers = forwardingHeaders(request);
    if (headers.length === 0) return;
    const peer = request.socket.remoteAddress;
    if (peer === undefined) return;
    if (!trustsPeer(trust, peer)) {
      // A public peer sending these is a client making them up, which TRUST_PROXY rightly ignores.
      if (!nearby(peer)) return;
      notice(
        'proxy-not-trusted',
        { peer, headers },
        `a request from ${peer} carries ${headers.join(', ')}: a reverse proxy relays requests, but TRUST_PROXY does not name it, so every client counts as ${peer}. ` +
          'The per-address limits (web ratings, QR votes, live connections, sign-in attempts) are then shared by everyone, and a few wrong passwords lock an e-mail out for all. ' +
          `Fix: TRUST_PROXY=${suggestion(peer)} (docs/deploy.md, settings). Said at most once an hour.`,
      );
      return;
    }
    if (!headers.includes('X-Forwarded-For')) {
      notice(
        'proxy-no-x-forwarded-for',
        { peer, headers },
        `the proxy at ${peer} tells the client's address in ${headers.join(', ')} only, and the collector reads X-Forwarded-For: every client counts as ${peer}. ` +
          'Fix: have the proxy send X-Forwarded-For (nginx: proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; docs/deploy.md). Said at most once an hour.',
      );
      return;
    }
    if (forwardedAddress(request.ip) === null) {
      // The value itself stays out of the log: it may be anything a client typed.
      notice(
        'proxy-forwards-no-address',
        { peer },
        `the proxy at ${peer} forwarded an X-Forwarded-For that is no IP address: such requests count as ${peer}, one allowance for all of them. ` +
          'Fix the proxy so it appends the client\'s address (nginx: proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for), or check that TRUST_PROXY names only your proxies. Said at most once an hour.',
      );
    }
  });
}
