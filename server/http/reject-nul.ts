// Refuses text holding the NUL character (U+0000) anywhere in a request's path, query or body, before any route reads it.
import type { FastifyInstance } from 'fastify';
import { AppError, type Problem } from './app-error';

const NUL = '\u0000';
const MAX_PROBLEMS = 20;

/** JSON pointers (RFC 6901) to every string, or key, holding NUL. */
function nulsIn(value: unknown, at: string, out: Problem[]): void {
  if (out.length >= MAX_PROBLEMS) return;
  if (typeof value === 'string') {
    if (value.includes(NUL)) out.push({ field: at || '/', reason: (w) => w.nulInText });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nulsIn(v, `${at}/${i}`, out));
  } else if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && typeof (value as { pipe?: unknown }).pipe !== 'function') {
    // Objects of JSON and parsed paths and queries; an uploaded file's bytes (or stream) are not text.
    for (const [k, v] of Object.entries(value)) {
      const field = `${at}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (k.includes(NUL)) out.push({ field, reason: (w) => w.nulInName });
      nulsIn(v, field, out);
    }
  }
}

/**
 * PostgreSQL cannot store NUL in text and fails the query (a 500, found by route fuzzing with
 * "%00" in a path); SQLite would store it and show it back. No name, id or comment needs one, so it
 * is a clear 400 on both stores, before validation, access checks or handlers touch the store.
 */
export function installNulCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const problems: Problem[] = [];
    nulsIn(request.params, '/params', problems);
    nulsIn(request.query, '/query', problems);
    nulsIn(request.body, '', problems);
    if (problems.length > 0) throw new AppError('validation_failed', (w) => w.holdsNul, problems);
  });
}
