// Absolute addresses of an administration's public page, open data and badge, for the dashboard's links and the embed snippet.
import type { FastifyRequest } from 'fastify';
import { publicPaths } from '../contract/public-page';

/** PUBLIC_URL when set, else the address the request came to (as a trusted proxy reports it). */
export function baseUrl(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
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
