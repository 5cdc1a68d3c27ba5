// Refuses, before any route reads it, text that no store keeps faithfully: the NUL character (U+0000)
// and halves of a UTF-16 surrogate pair, anywhere in a request's path, query or body; and bodies nested
// deeper than any request of the API, which recursive code further on could not walk.
import type { FastifyInstance } from 'fastify';
import { AppError, type Problem } from './app-error';

const NUL = '\u0000';
const MAX_PROBLEMS = 20;
/** The API's deepest body (an alert rule's parameters, a batch's vote's reasons) is a few levels deep. */
export const MAX_DEPTH = 32;
/** A high surrogate not followed by a low one, or a low one without a high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Kind = 'nul' | 'surrogate' | 'depth';

function textProblem(text: string): Kind | null {
  if (text.includes(NUL)) return 'nul';
  return LONE_SURROGATE.test(text) ? 'surrogate' : null;
}

/** Where a value sits, kept as a chain of keys: the JSON pointer is written only for a problem found. */
interface Place {
  parent: Place | null;
  key: string | number | null;
}

const escapeKey = (key: string | number) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');

function pointerOf(place: Place, rootAt: string): string {
  const keys: Array<string | number> = [];
  for (let p: Place | null = place; p && p.key !== null; p = p.parent) keys.push(p.key);
  return `${rootAt}${keys.reverse().map((k) => `/${escapeKey(k)}`).join('')}` || '/';
}

/**
 * JSON pointers (RFC 6901) to every string, or key, holding NUL or a lone surrogate, and to where a
 * value nests too deep. A loop over an explicit stack, not recursion: a body of 10,000 nested arrays
 * overflowed the call stack here (a 500, before sign-in). Strings are checked where they are met and
 * numbers, booleans and nulls pass by: only objects go on the stack, and nothing is allocated for a
 * value that is fine (a megabyte of zeros in an array cost 160 ms when every element had its entry
 * and its pointer string).
 */
function badTextIn(root: unknown, rootAt: string, out: Array<Problem & { kind: Kind }>): void {
  const report = (kind: Kind, place: Place, inName: boolean) =>
    out.push({
      kind,
      field: pointerOf(place, rootAt),
      reason: kind === 'depth' ? (w) => w.nestedTooDeep(MAX_DEPTH) : kind === 'nul' ? (inName ? (w) => w.nulInName : (w) => w.nulInText) : inName ? (w) => w.loneSurrogateInName : (w) => w.loneSurrogateInText,
    });
  const stack: Array<{ value: unknown; place: Place; depth: number }> = [{ value: root, place: { parent: null, key: null }, depth: 0 }];
  while (stack.length > 0 && out.length < MAX_PROBLEMS) {
    const { value, place, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const kind = textProblem(value);
      if (kind) report(kind, place, false);
      continue;
    }
    if (!value || typeof value !== 'object' || ArrayBuffer.isView(value) || typeof (value as { pipe?: unknown }).pipe === 'function') continue;
    // Objects of JSON and parsed paths and queries; an uploaded file's bytes (or stream) are not text.
    if (depth >= MAX_DEPTH) {
      report('depth', place, false);
      continue;
    }
    // Pushed in reverse, so problems come out in document order; numbers, booleans and nulls need no look.
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const v: unknown = value[i];
        if (typeof v === 'string' || (v !== null && typeof v === 'object')) stack.push({ value: v, place: { parent: place, key: i }, depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const at: Place = { parent: place, key };
      const kind = textProblem(key);
      if (kind) report(kind, at, true);
      const v = (value as Record<string, unknown>)[key];
      if (typeof v === 'string' || (v !== null && typeof v === 'object')) stack.push({ value: v, place: at, depth: depth + 1 });
    }
  }
}

/**
 * PostgreSQL cannot store NUL in text and fails the query (a 500, found by route fuzzing with
 * "%00" in a path); SQLite would store it and show it back. A lone surrogate is not Unicode: both
 * stores wrote it as bytes that are not UTF-8 ("A\uD800B" came back as "A���B"). No name, id or
 * comment needs either, so each is a clear 400 on both stores, before validation, access checks or
 * handlers touch the store.
 */
export function installNulCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const problems: Array<Problem & { kind: Kind }> = [];
    badTextIn(request.params, '/params', problems);
    badTextIn(request.query, '/query', problems);
    badTextIn(request.body, '', problems);
    if (problems.length === 0) return;
    const message = problems.some((p) => p.kind === 'nul') ? 'holdsNul' : problems.some((p) => p.kind === 'surrogate') ? 'holdsLoneSurrogate' : 'nestedTooDeepBody';
    throw new AppError('validation_failed', (w) => w[message], problems.map(({ field, reason }) => ({ field, reason })));
  });
}
