// Security headers of the public routes: other sites may frame the page and show the badge; nothing there runs a script.
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyReply, FastifyRequest } from 'fastify';

type RouteHelmet = Omit<FastifyHelmetOptions, 'global'>;

/**
 * The collector's own policy (http/security-headers.ts) forbids framing everywhere, so that nobody
 * can overlay the dashboard. A comune's website must be able to show its page in an iframe and
 * its badge in an <img>: these routes, and only these, open frame-ancestors and drop
 * X-Frame-Options. In exchange their policy is stricter than the dashboard's: the page is plain
 * HTML with one stylesheet and its fonts, no script at all, no form, no <base>.
 */
function embeddable(directives: Record<string, string[]>): RouteHelmet {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ['*'], ...directives } },
    frameguard: false,
    // Cross-origin: an <img> or <iframe> on another site (with COEP on, even) may load these.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  };
}

/** The page: its stylesheet and fonts come from the collector, images only as inline SVG. */
export const PAGE_HEADERS = embeddable({ styleSrc: ["'self'"], fontSrc: ["'self'"], imgSrc: ["'self'", 'data:'] });
/** The badge, the open data and the shared files: nothing to load at all. */
export const FILE_HEADERS = embeddable({});

/**
 * Open data and the badge may be read by any site's scripts too (a comune's own widget, a data
 * portal's harvester). They carry no cookie-bound content: every visitor gets the same answer.
 */
export async function allowAnyOrigin(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
  void reply.header('access-control-allow-origin', '*');
}
