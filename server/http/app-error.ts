// The collector's own errors: a stable code, a message that says what to fix, and optional field problems.
import type { ErrorCode, FieldProblem, LastChange } from '../contract/errors';
import { inEnglish, type Say } from './words/error-words';

/** A field problem as raised: its reason is read in the language of the request, like the message. */
export type Problem = Omit<FieldProblem, 'reason'> & { reason: Say };

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    /** The message in words of the catalogue; `message` holds it in English, for logs. */
    readonly say: Say,
    readonly problems?: readonly Problem[],
    readonly retryAfterSeconds?: number,
    /** With stale: who changed the item last, and when, for the person to know whose version to look at. */
    readonly changed?: LastChange,
  ) {
    super(inEnglish(say));
  }
}

/** The HTTP status of each code, decided once. */
export const STATUS_OF: Readonly<Record<ErrorCode, number>> = {
  validation_failed: 400,
  votes_invalid: 400,
  body_too_large: 413,
  unsupported_media_type: 415,
  terminal_unknown: 404,
  office_unknown: 404,
  not_found: 404,
  conflict: 409,
  vote_conflict: 409,
  // A management write made from a copy of the item older than the stored one (server/admin/item-version.ts): nothing stored.
  stale: 409,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  locked_out: 429,
  setup_done: 409,
  terminal_not_enrolled: 401,
  pairing_code_invalid: 400,
  rate_limited: 429,
  // A QR code takes one vote (issue 9): a second one with it, or one after it expired.
  vote_code_used: 409,
  vote_code_expired: 410,
  // A genuine code whose point no longer takes votes (archived, or its service, office or administration).
  vote_code_withdrawn: 410,
  internal_error: 500,
  // The collector is stopping (server/http/closing.ts), or the database is full, unreachable or busy
  // (server/store/store-failure.ts): try again after Retry-After.
  service_unavailable: 503,
};
