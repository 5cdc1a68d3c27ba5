// Error codes and the one shape of every error the API returns.

/** Stable error codes: clients match on these, never on messages. */
export const ERROR_CODES = [
  'validation_failed',
  'votes_invalid',
  'body_too_large',
  'unsupported_media_type',
  'terminal_unknown',
  'office_unknown',
  'not_found',
  'conflict',
  'vote_conflict',
  'stale',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'locked_out',
  'setup_done',
  'terminal_not_enrolled',
  'pairing_code_invalid',
  'rate_limited',
  'vote_code_used',
  'vote_code_expired',
  'vote_code_withdrawn',
  'internal_error',
  'service_unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why one field of one vote was refused. */
export interface FieldProblem {
  /** JSON pointer into the request body, e.g. "/votes/3/serviceId". */
  field: string;
  reason: string;
  /** Set when the problem belongs to one vote of a batch. */
  voteId?: string;
  /** Set when the problem belongs to a line of an uploaded CSV file (the header is line 1). */
  line?: number;
}

/** Who last changed an item and when (an ISO instant): `by` is the person's name, or the e-mail or API key the audit log has; null when it names nobody. */
export interface LastChange {
  by: string | null;
  at: string;
}

/** Body of every error response: `{ error: { code, message, problems? } }`. */
export interface ApiError {
  error: {
    code: ErrorCode;
    message: string;
    problems?: FieldProblem[];
    /** With locked_out and rate_limited: when to try again. */
    retryAfterSeconds?: number;
    /** With stale: the item's last recorded change, when the audit log names it. */
    changed?: LastChange;
  };
}
