// Absolute addresses of an administration's public page, open data and badge, for the dashboard's links, the embed snippet and the open data's schema.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { publicPaths } from '../contract/public-page';

/** PUBLIC_URL when set, else the address the request came to (as a trusted proxy reports it). */
export function baseUrl(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

/**
 * What baseUrl reads without PUBLIC_URL: the Host header, or the X-Forwarded-Host and -Proto a
 * trusted proxy sends (TRUST_PROXY). Named even when no proxy is trusted: clients do not send them,
 * so they split no cache, and this file need not know the proxy setting.
 */
const ADDRESS_HEADERS = ['host', 'x-forwarded-host', 'x-forwarded-proto'];

/**
 * baseUrl for a cacheable answer that shows it. Without PUBLIC_URL the answer depends on the
 * address asked: it says so in Vary, so that a shared cache in front of a catch-all virtual host
 * keeps one copy per address and never hands one host's address (or a forged Host's) to another.
 * Also on a 304, which must name what the full answer would (RFC 9110 15.4.5).
 */
export function cacheableBaseUrl(request: FastifyRequest, reply: FastifyReply, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl;
  const vary = String(reply.getHeader('vary') ?? '');
  const named = new Set(vary.toLowerCase().split(',').map((h) => h.trim()));
  const missing = ADDRESS_HEADERS.filter((h) => !named.has(h));
  if (missing.length > 0) void reply.header('vary', [vary, ...missing].filter(Boolean).join(', '));
  return baseUrl(request, publicUrl);
}

export function publicLinks(base: string, administrationId: string) {
  return {
    page: `${base}${publicPaths.page(administrationId)}`,
    csv: `${base}${publicPaths.data(administrationId, 'csv')}`,
    json: `${base}${publicPaths.data(administrationId, 'json')}`,
    badge: `${base}${publicPaths.badge(administrationId)}`,
    schema: `${base}${publicPaths.schema}`,
  };
}
