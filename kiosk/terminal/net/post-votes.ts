// One POST of a vote batch, with the collector's answer sorted into what the sync loop must do next.
import { apiPaths } from '../../../server/contract/api';
import type { ApiError, FieldProblem } from '../../../server/contract/errors';
import type { Vote, VoteBatch } from '../../../server/contract/vote';
import { t } from '../../ui/i18n';
import { terminalHeaders } from '../enrolment/auth-constants';

export type PostAnswer =
  /**
   * Stored (or already stored): these ids may be deleted. `conflicts`: votes whose id another vote
   * took at the same moment; they were not stored and must be kept for staff. `redated`: how many the
   * collector counted at their arrival (countedAt), their time from this terminal's clock being implausible;
   * `redatedAt`: the latest of those arrivals, by the collector's clock (this one is wrong), or null.
   */
  | { kind: 'stored'; ids: string[]; conflicts: Map<string, string>; redated: number; redatedAt: number | null }
  /** All-or-nothing refusal naming the bad votes: nothing was stored. */
  | { kind: 'invalid'; code: string; message: string; problems: FieldProblem[] }
  | { kind: 'too-large' }
  /** 401 terminal_not_enrolled: the token was revoked or is unknown. Stop sending; keep every vote. */
  | { kind: 'not-enrolled'; message: string }
  /** Worth retrying soon: network down, server error, rate limit, unreadable answer. */
  | { kind: 'retry'; reason: 'network' | 'server' | 'bad-answer' | 'rate-limited'; status?: number; retryAfterMs?: number }
  /** Will not get better by itself (unknown terminal, a proxy without the route...): staff must act. */
  | { kind: 'stuck'; code: string; status: number; message: string };

export interface PostOptions {
  fetch: typeof fetch;
  /** The terminal's device token. */
  token: string;
  timeoutMs: number;
}

export async function postVotes(batch: VoteBatch, options: PostOptions): Promise<PostAnswer> {
  // A manual controller rather than AbortSignal.timeout: older Android WebViews lack the latter.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs);
  let res: Response;
  try {
    res = await options.fetch(apiPaths.votes, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...terminalHeaders(options.token) },
      body: JSON.stringify(batch),
      cache: 'no-store',
      credentials: 'same-origin',
      signal: abort.signal,
    });
  } catch {
    clearTimeout(timer);
    return { kind: 'retry', reason: 'network' };
  }
  try {
    return await classify(res, batch.votes);
  } catch {
    // The body did not arrive whole or was not JSON: as good as no answer.
    return { kind: 'retry', reason: 'bad-answer', status: res.status };
  } finally {
    clearTimeout(timer);
  }
}

async function classify(res: Response, votes: Vote[]): Promise<PostAnswer> {
  const status = res.status;
  if (status >= 200 && status < 300) {
    // Trust only well-formed receipts for ids we sent: a captive portal's "200 OK" page must delete nothing.
    const body = (await res.json()) as unknown;
    const results = isObject(body) && Array.isArray(body.results) ? body.results : null;
    if (!results) return { kind: 'retry', reason: 'bad-answer', status };
    const sent = new Set(votes.map((v) => v.id));
    const receipts = results.filter((r): r is { id: string; status: string; reason?: unknown; countedAt?: unknown } => isObject(r) && typeof r.id === 'string' && sent.has(r.id));
    const ids = receipts.filter((r) => r.status === 'stored' || r.status === 'already-stored').map((r) => r.id);
    const conflicts = new Map(receipts.filter((r) => r.status === 'conflict').map((r) => [r.id, `vote_conflict: ${typeof r.reason === 'string' ? r.reason : 'id already used'}`]));
    // The collector re-dates a vote whose time is implausible (this clock wrong) and says so with countedAt.
    const countedAt = receipts.flatMap((r) => (r.status === 'stored' && typeof r.countedAt === 'string' ? [Date.parse(r.countedAt)] : []));
    const times = countedAt.filter((ms) => Number.isFinite(ms));
    return { kind: 'stored', ids, conflicts, redated: countedAt.length, redatedAt: times.length > 0 ? Math.max(...times) : null };
  }
  if (status === 413) return { kind: 'too-large' };
  if (status === 408 || status >= 500) {
    return { kind: 'retry', reason: 'server', status, retryAfterMs: retryAfter(res) };
  }
  if (status === 429) return { kind: 'retry', reason: 'rate-limited', status, retryAfterMs: retryAfter(res) };
  const error = await readError(res);
  if (status === 401 && error?.code === 'terminal_not_enrolled') return { kind: 'not-enrolled', message: error.message };
  // A conflict names its votes like a refusal: they are set aside for staff, the others resent.
  if ((status === 400 && error && (error.code === 'votes_invalid' || error.code === 'validation_failed')) || (status === 409 && error?.code === 'vote_conflict')) {
    return { kind: 'invalid', code: error.code, message: error.message, problems: error.problems ?? [] };
  }
  return { kind: 'stuck', status, code: error?.code ?? `http_${status}`, message: error?.message ?? res.statusText };
}

/**
 * The votes a refusal names, with why: by voteId when given, else by the index in the JSON pointer
 * (/votes/3/serviceId). Problems about the batch itself (/terminalId) name no vote.
 */
export function votesNamedIn(problems: FieldProblem[], votes: Vote[], code = ''): Map<string, string> {
  const named = new Map<string, string>();
  const ids = new Set(votes.map((v) => v.id));
  for (const p of problems) {
    const match = /^\/votes\/(\d+)(\/.*)?$/.exec(p.field ?? '');
    let id = p.voteId !== undefined && ids.has(p.voteId) ? p.voteId : undefined;
    if (id === undefined && match) id = votes[Number(match[1])]?.id;
    if (id === undefined) continue;
    const where = match?.[2] ? `${match[2].slice(1)}: ` : '';
    // The refusal staff meet in normal work (an archived service, one taken off this counter) in their
    // words, with the collector's own reason: archived and taken off call for different fixes.
    const vote = votes.find((v) => v.id === id);
    const why = where === 'serviceId: ' && vote ? t.heldServiceRefused(vote.serviceId, p.reason) : `${code ? `${code}: ` : ''}${where}${p.reason}`;
    const before = named.get(id);
    named.set(id, before ? `${before}; ${why}` : why);
  }
  return named;
}

async function readError(res: Response): Promise<ApiError['error'] | null> {
  try {
    const body = (await res.json()) as unknown;
    if (isObject(body) && isObject(body.error) && typeof body.error.code === 'string') {
      return body.error as unknown as ApiError['error'];
    }
  } catch {
    // Not our JSON (a proxy's HTML page): the status alone has to do.
  }
  return null;
}

/** Retry-After in seconds (the HTTP-date form is rare from our collector and ignored). */
function retryAfter(res: Response): number | undefined {
  const value = Number(res.headers.get('retry-after'));
  return Number.isFinite(value) && value > 0 ? value * 1000 : undefined;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}
