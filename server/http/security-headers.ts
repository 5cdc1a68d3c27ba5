// Security headers on every answer (@fastify/helmet): a strict Content-Security-Policy, no framing,
// no MIME sniffing, a plain referrer policy; HSTS only where the collector is reached over TLS.
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Both apps load only their own files: no inline script or style (Preact and Chart.js set styles
 * through the CSSOM, which style-src does not govern), socket.io on the same origin, QR codes as
 * data: images. Pages meant to be embedded elsewhere (the public page, the web widget) open
 * frame-ancestors on their own routes.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export async function registerSecurityHeaders(app: FastifyInstance, publicUrl: string): Promise<void> {
  const tls = publicUrl.startsWith('https://');
  await app.register(fastifyHelmet, {
    global: true,
    // Not helmet's defaults: upgrade-insecure-requests would break terminals reached over plain
    // http on the office network, so the directives are listed in full.
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // A browser honours HSTS only over TLS, and an office LAN served over http must stay reachable.
    hsts: tls ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    crossOriginEmbedderPolicy: false,
  });
  // The API's answers are a person's figures, names, their session's CSRF token: a browser on a PC the
  // office shares must not keep them on disk. Answers meant to be cached (the public page's data and
  // badge, its logo) say so themselves, and keep what they say.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  });
}
