// Every request the dashboard makes to the collector goes through one helper here: session cookie, CSRF header, errors, "signed out".
import { apiPaths } from '../../server/contract/api';
import type { SessionInfo } from '../../server/contract/auth';
import { CSRF_HEADER } from '../../server/contract/limits';
import type { ApiError, FieldProblem, LastChange } from '../../server/contract/errors';
import type { AdministrationReport, Bulletin, InstallationReport } from '../../server/contract/levels';
import type { OfficeReport, OfficeSummary } from '../../server/contract/report';
import { LANGUAGE } from './i18n/locale';
import { LABELS } from './labels';
import { periodQuery, type Period } from './period';
import { noteSignedIn, takeEarly } from './early-requests';
import type { BulletinPeriod } from './url-state';

const CSRF = CSRF_HEADER;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A failed request, with the collector's stable code when it gave one. */
export class DashboardApiError extends Error {
  constructor(
    message: string,
    /** The collector's error code, 'network' when it could not be reached, 'http' when it answered without a code. */
    readonly code: string,
    readonly status?: number,
    /** Which fields of the body were refused, for forms to show next to each field. */
    readonly problems: readonly FieldProblem[] = [],
    /** The collector's message alone, without the problems appended to `message`. */
    readonly detail: string = message,
    /** With locked_out and rate_limited: when trying again makes sense. */
    readonly retryAfterSeconds?: number,
    /** With stale: who changed the item last and when, for the form to say whose version it is. */
    readonly changed?: LastChange,
  ) {
    super(message);
    this.name = 'DashboardApiError';
  }
}

// The CSRF token of the current session: in memory only, so it dies with the tab, like the page's trust.
let csrfToken: string | undefined;
const sessionEndedListeners = new Set<() => void>();

/** Keeps the CSRF token of a session just opened or confirmed; returns the info for chaining. */
export function rememberSession(info: SessionInfo): SessionInfo {
  csrfToken = info.csrfToken;
  noteSignedIn(true);
  return info;
}

/** Forgets the token after signing out. */
export function forgetSession(): void {
  csrfToken = undefined;
  noteSignedIn(false);
}

/** Calls `listener` when a request finds the session over (401 while signed in); returns the unsubscribe. */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

function isApiError(body: unknown): body is ApiError {
  const e = (body as { error?: { message?: unknown } } | null)?.error;
  return typeof e?.message === 'string';
}

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  /** Sends `body` (a string, or a file) as it is, with this type, instead of as JSON: an uploaded CSV file, a logo. */
  contentType?: string;
  /** The request outlives the page (fetch's keepalive): what must still leave as the page closes. */
  keepalive?: boolean;
  /** Hears the headers of a successful answer: the reason list's version travels as its ETag. */
  onHeaders?: (headers: Headers) => void;
}

/** The one fetch helper: JSON in and out, the CSRF header on every state-changing method. */
export async function request<T>(method: Method, path: string, { body, signal, contentType, keepalive, onHeaders }: RequestOptions = {}): Promise<T> {
  // The collector writes its refusals in the language asked for: the dashboard's, not the browser's.
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': LANGUAGE };
  if (body !== undefined) headers['Content-Type'] = contentType ?? 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers[CSRF] = csrfToken;
  // The entry script may have asked for this already (early-requests.ts); taken before any await.
  const early = method === 'GET' ? takeEarly(path) : undefined;
  let res: Response;
  try {
    const answered = early && (await early);
    res = answered?.ok ? answered : await fetch(path, {
      method,
      signal,
      headers,
      body: body === undefined ? undefined : contentType ? (body instanceof Blob ? body : String(body)) : JSON.stringify(body),
      // Same origin: the httpOnly session cookie goes along; scripts never see it.
      credentials: 'same-origin',
      // A report or a list must be today's, never a copy some cache kept.
      cache: 'no-store',
      keepalive,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new DashboardApiError(LABELS.networkError, 'network');
  }
  if (res.status === 204) return undefined as T;
  const answer: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    // Signed in a moment ago and now refused: the session expired or was ended elsewhere.
    // Without a token this is a sign-in attempt, which handles 401 itself (the start-up probe gets 200, user null).
    if (res.status === 401 && csrfToken !== undefined) {
      forgetSession();
      for (const listener of [...sessionEndedListeners]) listener();
    }
    if (isApiError(answer)) {
      const e = answer.error;
      const problems = e.problems?.map((p) => `${p.field}: ${p.reason}`).join('; ');
      throw new DashboardApiError(problems ? `${e.message} (${problems})` : e.message, e.code, res.status, e.problems, e.message, e.retryAfterSeconds, e.changed);
    }
    // A proxy in front of the collector may answer in HTML: say what happened, not "invalid JSON".
    throw new DashboardApiError(LABELS.httpError(res.status), 'http', res.status);
  }
  if (answer === undefined) throw new DashboardApiError(LABELS.httpError(res.status), 'http', res.status);
  onHeaders?.(res.headers);
  return answer as T;
}

function withPeriod(path: string, period: Period): string {
  return `${path}?${periodQuery(period)}`;
}

/** The offices this person may read reports of, for the picker; `archived`: the archived ones too, each with archivedAt. */
export function getOffices(signal?: AbortSignal, { archived = false } = {}): Promise<OfficeSummary[]> {
  // The open offices' path stays bare: the entry script asks for it early (early-requests.ts).
  return request<OfficeSummary[]>('GET', archived ? `${apiPaths.offices}?archived=include` : apiPaths.offices, { signal });
}

/** One office's report over a period of local dates, both ends included. */
export function getOfficeReport(officeId: string, period: Period, signal?: AbortSignal): Promise<OfficeReport> {
  return request<OfficeReport>('GET', withPeriod(apiPaths.officeReport(officeId), period), { signal });
}

/** An administration's offices side by side, with its totals, over a period of local dates. */
export function getAdministrationReport(administrationId: string, period: Period, signal?: AbortSignal): Promise<AdministrationReport> {
  return request<AdministrationReport>('GET', withPeriod(apiPaths.administrationReport(administrationId), period), { signal });
}

/** The installation's administrations side by side (installation admins only). */
export function getInstallationReport(period: Period, signal?: AbortSignal): Promise<InstallationReport> {
  return request<InstallationReport>('GET', withPeriod(apiPaths.installationReport, period), { signal });
}

/** The national programme's bulletin of a month or a year, for an administration or (no id) the whole installation. */
export function getBulletin(administrationId: string | undefined, period: BulletinPeriod, signal?: AbortSignal): Promise<Bulletin> {
  const query = new URLSearchParams(period.kind === 'month' ? { month: period.month } : { year: period.year }).toString();
  const path = administrationId ? apiPaths.administrationBulletin(administrationId) : apiPaths.installationBulletin;
  return request<Bulletin>('GET', `${path}?${query}`, { signal });
}
