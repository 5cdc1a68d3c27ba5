// The collector's own errors: a stable code, a message that says what to fix, and optional field problems.
import type { ErrorCode, FieldProblem } from '../contract/errors';

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems?: FieldProblem[],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
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
  internal_error: 500,
};
