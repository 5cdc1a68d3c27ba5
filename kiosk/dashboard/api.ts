// Every request the dashboard makes to the collector, in one place: sign-in will add its header here.
import { apiPaths } from '../../server/contract/api';
import type { ApiError } from '../../server/contract/errors';
import type { OfficeReport, OfficeSummary } from '../../server/contract/report';
import { LABELS } from './labels';
import type { Period } from './period';

/** A failed request, with the collector's stable code when it gave one. */
export class DashboardApiError extends Error {
  constructor(
    message: string,
    /** The collector's error code, 'network' when it could not be reached, 'http' when it answered without a code. */
    readonly code: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DashboardApiError';
  }
}

function withPeriod(path: string, period: Period): string {
  return `${path}?${new URLSearchParams({ from: period.from, to: period.to }).toString()}`;
}

function isApiError(body: unknown): body is ApiError {
  const e = (body as { error?: { message?: unknown } } | null)?.error;
  return typeof e?.message === 'string';
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      signal,
      // Same origin: when sign-in arrives its session cookie goes along, and a CSRF or bearer header goes here.
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      // A report must be today's, never a copy some cache kept.
      cache: 'no-store',
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new DashboardApiError(LABELS.networkError, 'network');
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    if (isApiError(body)) {
      const problems = body.error.problems?.map((p) => `${p.field}: ${p.reason}`).join('; ');
      throw new DashboardApiError(problems ? `${body.error.message} (${problems})` : body.error.message, body.error.code, res.status);
    }
    // A proxy in front of the collector may answer in HTML: say what happened, not "invalid JSON".
    throw new DashboardApiError(LABELS.httpError(res.status), 'http', res.status);
  }
  if (body === undefined) throw new DashboardApiError(LABELS.httpError(res.status), 'http', res.status);
  return body as T;
}

/** The offices this collector serves, for the picker. */
export function getOffices(signal?: AbortSignal): Promise<OfficeSummary[]> {
  return getJson<OfficeSummary[]>(apiPaths.offices, signal);
}

/** One office's report over a period of local dates, both ends included. */
export function getOfficeReport(officeId: string, period: Period, signal?: AbortSignal): Promise<OfficeReport> {
  return getJson<OfficeReport>(withPeriod(apiPaths.officeReport(officeId), period), signal);
}

/**
 * Where the CSV of a report downloads from. A plain link, so the browser handles the download; when
 * sign-in arrives it must rely on the session cookie (a link cannot carry a header), or become a fetch here.
 */
export function officeReportCsvUrl(officeId: string, period: Period): string {
  return withPeriod(apiPaths.officeReportCsv(officeId), period);
}
