// Maps every failure to one body shape, { error: { code, message, problems? } }, with a fitting status,
// in the language the request asks for (Italian or English; English when it names neither).
import type { ErrorObject } from 'ajv';
// The file itself, not its folder: Node's ES module loader (the bundled collector) does not resolve folders.
import localizeIt from 'ajv-i18n/localize/it/index.js';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError, FieldProblem } from '../contract/errors';
import { apiPaths } from '../contract/api';
import { NOT_ONLY_SPACES } from '../contract/auth';
import { STAFF_PIN_PATTERN } from '../contract/staff-pin';
import type { DashboardLanguage } from '../contract/languages';
import { answerWords } from './answer-language';
import { AppError, STATUS_OF } from './app-error';
import { RETRY_AFTER_SECONDS, storeFailure, type StoreFailure } from '../store/store-failure';
import type { ErrorWords } from './words/error-words';

/** Ajv's own words for a schema's failures, translated by ajv-i18n where the answer is Italian. */
/** Formats the validator knows, in words a form can show beside its field. */
const FORMATS: Readonly<Record<string, 'notAnEmail' | 'notADay' | 'notAnInstant' | 'notAWebAddress'>> = { email: 'notAnEmail', date: 'notADay', 'date-time': 'notAnInstant', uri: 'notAWebAddress' };

type PatternWord = 'onlySpaces' | 'notAYear' | 'notAMonth' | 'notADay' | 'notATimeOfDay' | 'notAPin' | 'notAUuid' | 'notAnIdentifier' | 'notAVoteCode';

/**
 * The API's patterns (server/contract), each in the words of what it asks for: the regular expression
 * itself («must match pattern "^([01]\d|2[0-3]):[0-5]\d$"») is no help to a person filling a form.
 * A pattern added to the contract without an entry here keeps Ajv's words.
 */
export const PATTERNS: Readonly<Record<string, PatternWord | { upTo: number }>> = {
  '^\\d{4}$': 'notAYear',
  '^\\d{4}-(0[1-9]|1[0-2])$': 'notAMonth',
  '^\\d{4}-\\d{2}$': 'notAMonth',
  '^\\d{4}-\\d{2}-\\d{2}$': 'notADay',
  '^([01]\\d|2[0-3]):[0-5]\\d$': 'notATimeOfDay',
  [STAFF_PIN_PATTERN]: 'notAPin',
  '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$': 'notAUuid',
  '^[A-Za-z0-9_-]+$': 'notAnIdentifier',
  '^[A-Za-z0-9][A-Za-z0-9_-]*$': 'notAnIdentifier',
  '^[A-Za-z0-9_-]{22}$': 'notAVoteCode',
  [NOT_ONLY_SPACES]: 'onlySpaces',
  '^([1-9]\\d?|[1-4]\\d\\d|500)$': { upTo: 500 },
  '^([1-9]\\d?|1\\d\\d|200)$': { upTo: 200 },
};

/**
 * The catalogue's words for what a form meets most (empty, too long, not an e-mail...): Ajv's own,
 * even translated by ajv-i18n, read as a validator's («non deve essere meno lungo di 1 carattere»).
 * Undefined for the rest, which keep Ajv's words.
 */
function ownWords(v: ErrorObject, w: ErrorWords): string | undefined {
  const p = v.params as { limit?: number; format?: string; allowedValues?: unknown[] };
  switch (v.keyword) {
    case 'required':
      return w.fieldMissing;
    case 'additionalProperties':
      return w.unknownField;
    case 'minLength':
      return p.limit === 1 ? w.fieldEmpty : w.fieldTooShort(p.limit!);
    case 'maxLength':
      return w.fieldTooLong(p.limit!);
    case 'minimum':
      return w.fieldAtLeast(p.limit!);
    case 'exclusiveMinimum':
      return w.fieldMoreThan(p.limit!);
    case 'maximum':
      return w.fieldAtMost(p.limit!);
    case 'exclusiveMaximum':
      return w.fieldLessThan(p.limit!);
    case 'minItems':
      return w.fieldFewItems(p.limit!);
    case 'maxItems':
      return w.fieldManyItems(p.limit!);
    case 'format': {
      const key = FORMATS[p.format ?? ''];
      return key ? w[key] : undefined;
    }
    case 'enum':
      return w.oneOf(p.allowedValues!.join(', '));
    case 'pattern': {
      const said = PATTERNS[(v.params as { pattern?: string }).pattern ?? ''];
      if (said === undefined) return undefined;
      return typeof said === 'string' ? w[said] : w.notAWholeNumberUpTo(said.upTo);
    }
    default:
      return undefined;
  }
}

/**
 * A value that may also be null (Nullable: anyOf [the value, null]) fails both branches: «/standard/
 * minPositivePct can be at most 100» came with «/standard must be null» and «must match a schema in
 * anyOf», which only confused. Those two are left out whenever a failure says more about the same place.
 */
function withoutUnionNoise(failures: ErrorObject[]): ErrorObject[] {
  const within = (v: ErrorObject, at: string) => v.instancePath === at || v.instancePath.startsWith(`${at}/`);
  const noise = (v: ErrorObject) =>
    v.keyword === 'anyOf' || v.keyword === 'oneOf' || (v.keyword === 'type' && (v.params as { type?: string }).type === 'null');
  const kept = failures.filter((v) => !noise(v) || !failures.some((o) => o !== v && !noise(o) && within(o, v.instancePath)));
  return kept.length > 0 ? kept : failures;
}

function schemaProblems(error: FastifyError, language: DashboardLanguage, w: ErrorWords): FieldProblem[] {
  const failures = withoutUnionNoise((error.validation ?? []).map((v) => ({ ...v })) as ErrorObject[]);
  if (language === 'it') localizeIt(failures);
  return failures.map((v) => {
    const missing = v.keyword === 'required' ? `/${String((v.params as { missingProperty?: string }).missingProperty)}` : '';
    const extra = v.keyword === 'additionalProperties' ? `/${String((v.params as { additionalProperty?: string }).additionalProperty)}` : '';
    return { field: `${v.instancePath}${missing}${extra}` || '/', reason: ownWords(v, w) ?? v.message ?? 'is invalid' };
  });
}

/** The refusals Fastify raises itself for a body a client got wrong, and the words for each (Fastify's English is the English). */
const FASTIFY_REFUSALS: Readonly<Record<string, 'emptyJsonBody' | 'invalidJsonBody' | 'bodyLengthMismatch'>> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: 'emptyJsonBody',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalidJsonBody',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bodyLengthMismatch',
};

/**
 * Turns anything thrown in a route into the API's error shape; unexpected errors are logged, not shown.
 * `onStoreFailure` hears of every request that failed for the database's state (server/store/store-health.ts).
 */
export function installErrorHandler(app: FastifyInstance, onStoreFailure: (failure: StoreFailure) => void = () => {}): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { language, words: w } = answerWords(request, reply);
    let status: number;
    let body: ApiError;
    let failure: StoreFailure | null;
    if (error instanceof AppError) {
      status = STATUS_OF[error.code];
      body = {
        error: {
          code: error.code,
          message: error.say(w),
          ...(error.problems ? { problems: error.problems.map((p) => ({ ...p, reason: p.reason(w) })) } : {}),
          ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
          ...(error.changed ? { changed: error.changed } : {}),
        },
      };
      if (error.retryAfterSeconds) void reply.header('retry-after', String(error.retryAfterSeconds));
    } else if (error.validation) {
      status = 400;
      const problems = dedupe(schemaProblems(error, language, w));
      const part = error.validationContext ?? 'body';
      // Only a body can carry something to store; a bad query string of a report stores nothing anyway.
      body = { error: { code: 'validation_failed', message: part === 'body' ? w.bodyInvalid : w.requestInvalid(part), problems } };
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      status = 413;
      // The batch's words only where a batch was sent; elsewhere the limit of the address asked.
      const limit = request.routeOptions.bodyLimit;
      const message = request.routeOptions.url === apiPaths.votes ? w.bodyTooLarge : limit ? w.bodyOverLimit(Math.floor(limit / 1024)) : w.bodyOverLimitUnknown;
      body = { error: { code: 'body_too_large', message } };
    } else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      status = 415;
      // What the address takes: JSON, unless its route says otherwise (the people-served CSV import).
      const takes = (request.routeOptions.config as { bodyTypes?: string } | undefined)?.bodyTypes;
      body = { error: { code: 'unsupported_media_type', message: takes ? w.sendBodyAs(takes) : w.notJson } };
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own refusals of a body: its words for each, translated; any other in its English.
      status = error.statusCode;
      const said = FASTIFY_REFUSALS[error.code];
      body = { error: { code: 'validation_failed', message: said ? w[said] : error.message } };
    } else if ((failure = storeFailure(error))) {
      // The database's state, not a fault of the request or of the code (store/store-failure.ts).
      const seconds = RETRY_AFTER_SECONDS[failure];
      request.log.error({ err: error, database: failure }, 'database unavailable');
      onStoreFailure(failure);
      status = 503;
      body = { error: { code: 'service_unavailable', message: w.storeUnavailable(failure, seconds), retryAfterSeconds: seconds } };
      void reply.header('retry-after', String(seconds));
    } else {
      request.log.error({ err: error }, 'request failed');
      status = 500;
      body = { error: { code: 'internal_error', message: w.internalError } };
    }
    // Refused before its body arrived (no token, too large...): Node would otherwise keep the
    // connection to read the rest of the body, and a client that never sends it would hold the
    // socket for ever. Closing it after the answer ends that.
    if (!request.raw.complete) void reply.header('connection', 'close');
    return reply.status(status).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const { words: w } = answerWords(request, reply);
    const body: ApiError = { error: { code: 'not_found', message: w.noRoute(request.method, request.url.split('?')[0]!) } };
    return reply.status(404).send(body);
  });
}

/**
 * Errors Fastify raises while routing, before any hook or handler (an address it cannot decode, a
 * path segment beyond maxParamLength): its default answer is in its own shape, so they get ours.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const { words: w } = answerWords(request, reply);
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const body: ApiError = { error: { code: 'validation_failed', message: tooLong ? w.addressTooLong : w.addressUndecodable } };
  if (!tooLong && error.code !== 'FST_ERR_BAD_URL') request.log.warn({ err: error }, 'routing failed');
  void reply.status(tooLong ? 414 : 400).send(body);
}

/** union schemas make AJV repeat itself once per branch; one line per field is enough. */
function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Map<string, FieldProblem>();
  for (const p of problems) if (!seen.has(p.field)) seen.set(p.field, p);
  return [...seen.values()];
}
