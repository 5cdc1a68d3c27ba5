// Security headers of the public routes: other sites may frame the page and show the badge; the data and shared files may be read, never framed; nothing there runs a script.
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyReply, FastifyRequest } from 'fastify';

type RouteHelmet = Omit<FastifyHelmetOptions, 'global'>;

/**
 * Stricter than the dashboard's policy in every directive it keeps: the page is plain HTML with
 * one stylesheet and its fonts, no script at all, no form, no <base>. Cross-origin resource
 * policy: an <img> or <iframe> on another site (with COEP on, even) may load these.
 */
function publicPolicy(directives: Record<string, string[]>, framing: 'anyone' | 'nobody'): RouteHelmet {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: framing === 'anyone' ? ['*'] : ["'none'"], ...directives },
    },
    frameguard: framing === 'anyone' ? false : { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  };
}

/**
 * The collector's own policy (http/security-headers.ts) forbids framing everywhere, so that nobody
 * can overlay the dashboard. A comune's website must be able to show its page in an iframe: this
 * route opens frame-ancestors and drops X-Frame-Options. Its stylesheet and fonts come from the
 * collector, images only as inline SVG.
 */
export const PAGE_HEADERS = publicPolicy({ styleSrc: ["'self'"], fontSrc: ["'self'"], imgSrc: ["'self'", 'data:'] }, 'anyone');
/** The badge is made to sit on other sites: in an <img>, or an <object>/<iframe> where a CMS wants one. It loads nothing. */
export const BADGE_HEADERS = publicPolicy({}, 'anyone');
/**
 * The open data, their schema and the page's shared files are read (by scripts, harvesters, the
 * page itself), not shown inside other sites' pages: framing stays forbidden, as on the dashboard.
 */
export const FILE_HEADERS = publicPolicy({}, 'nobody');

/**
 * Open data and the badge may be read by any site's scripts too (a comune's own widget, a data
 * portal's harvester). They carry no cookie-bound content: every visitor gets the same answer.
 */
export async function allowAnyOrigin(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
  void reply.header('access-control-allow-origin', '*');
}
