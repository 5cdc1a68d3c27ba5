// POST /api/v1/enrolment: a pairing code in, a terminal id and its device token out, every failure sorted for the pairing screen.
import { apiPaths } from '../../../server/contract/api';
import type { Enrolment } from '../../../server/contract/auth';
import { normaliseCode } from './pairing-code';

export type EnrolAnswer =
  | { kind: 'enrolled'; enrolment: Enrolment }
  /** Wrong, used or expired: the collector does not say which, on purpose. */
  | { kind: 'code-invalid' }
  | { kind: 'rate-limited'; retryAfterSeconds: number | null }
  | { kind: 'unreachable' }
  /** The collector answered something else (an error page, a proxy, a bug): staff read the status. */
  | { kind: 'failed'; status: number };

export async function requestEnrolment(typed: string, fetchFn: typeof fetch, timeoutMs = 15_000): Promise<EnrolAnswer> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetchFn(apiPaths.enrolment, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ code: normaliseCode(typed) }),
        cache: 'no-store',
        credentials: 'same-origin',
        signal: abort.signal,
      });
    } catch {
      return { kind: 'unreachable' };
    }
    const body = (await res.json().catch(() => null)) as unknown;
    if (res.ok) return isEnrolment(body) ? { kind: 'enrolled', enrolment: { terminalId: body.terminalId, token: body.token } } : { kind: 'failed', status: res.status };
    const error = (body as { error?: { code?: unknown; retryAfterSeconds?: unknown } } | null)?.error;
    if (res.status === 400 && error?.code === 'pairing_code_invalid') return { kind: 'code-invalid' };
    // The schema refuses a code shorter than 8 characters with validation_failed: the same thing for staff.
    if (res.status === 400 && error?.code === 'validation_failed') return { kind: 'code-invalid' };
    if (res.status === 429) {
      const seconds = typeof error?.retryAfterSeconds === 'number' ? error.retryAfterSeconds : Number(res.headers.get('retry-after'));
      return { kind: 'rate-limited', retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null };
    }
    // A gateway that cannot reach the collector is, for staff, the network being down.
    if (res.status === 502 || res.status === 503 || res.status === 504) return { kind: 'unreachable' };
    return { kind: 'failed', status: res.status };
  } finally {
    clearTimeout(timer);
  }
}

function isEnrolment(x: unknown): x is Enrolment {
  const e = x as Partial<Enrolment> | null;
  return !!e && typeof e === 'object' && typeof e.terminalId === 'string' && e.terminalId.length > 0 && typeof e.token === 'string' && e.token.length > 0;
}
