// Validators for the public routes: a weak ETag over what an answer says, and a 304 when the client already has it.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Weak: two answers with the same figures are equivalent even though each says when it was
 * generated (RFC 9110 8.8.1). The tag hashes everything else the answer shows, so it is the same
 * on every collector process, and changes when a late vote, a renamed service or a new note does.
 */
export function weakEtag(...parts: unknown[]): string {
  return `W/"${createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 27)}"`;
}

/** Whether If-None-Match names this tag (weak comparison, as RFC 9110 13.1.2 asks for GET). */
export function notModified(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * Sets the validators and the freshness; answers 304 (no body) when the client's copy is current.
 * Returns true when it did, so the route stops there.
 */
export function answerCached(request: FastifyRequest, reply: FastifyReply, etag: string, maxAgeSeconds: number): boolean {
  void reply.header('etag', etag).header('cache-control', `public, max-age=${maxAgeSeconds}`);
  if (!notModified(request, etag)) return false;
  void reply.status(304).send();
  return true;
}
