// Requests the dashboard starts while its app is still downloading: who is signed in, and on the report page the offices and the report the address names. Each answer serves one request of the same path, once.
import { API_BASE, apiPaths } from '../../server/contract/api';
import { checkPeriod, DEFAULT_PRESET, periodQuery, presetPeriod, todayIn, type Period } from './period';
import { readUrlState } from './url-state';
import { pageFromHash } from './use-page';

/**
 * On a phone network each round trip costs hundreds of milliseconds: asked only once the app had
 * loaded, then once the session had answered, the report's figures came three round trips after
 * the page. Asked from the entry script, they travel beside the app's own download.
 */
const early = new Map<string, Promise<Response | undefined>>();
/** Paths the app has asked for itself: an early request started after that would only go stale. */
const asked = new Set<string>();

/** Starts a GET as api.ts's request() would make it (same cookie, same headers, never a cached copy). */
export function fetchEarly(path: string): void {
  if (early.has(path) || asked.has(path)) return;
  const answer = fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' }).catch(() => undefined);
  early.set(path, answer);
}

/**
 * The early answer for `path`, once: the caller uses it only if it is a success (a 401 before
 * signing in, a network error: it asks again itself). Must be called before the caller's first
 * await, so that a second request of the same path never finds the first one's answer.
 */
export function takeEarly(path: string): Promise<Response | undefined> | undefined {
  asked.add(path);
  const answer = early.get(path);
  early.delete(path);
  return answer;
}

/** Forgets the early answers nobody took among those `match` picks: from then on they could be stale. */
export function dropEarly(match: (path: string) => boolean): void {
  for (const path of [...early.keys()]) if (match(path)) early.delete(path);
}

/** Forgets every early answer and every path asked, as a new page load starts (tests are one page). */
export function forgetEarly(): void {
  early.clear();
  asked.clear();
}

/** Whether a path is an office's report: what useReport drops after its first request. */
export const isOfficeReportPath = (path: string) => path.startsWith(`${API_BASE}/offices/`) && path.includes('/report?');

/** Starts the request for a report the page will most likely ask for first (the path is the one api.ts's getOfficeReport asks). */
export function askReportEarly(officeId: string, period: Period): void {
  fetchEarly(`${apiPaths.officeReport(officeId)}?${periodQuery(period)}`);
}

/**
 * Whether this browser was signed in when it last spoke to the collector. Only a hint (the session
 * cookie itself is out of scripts' reach): with it the report goes out a round trip sooner; without
 * it a signed-out visitor is never sent requests refused with 401, which the browser would log as errors.
 */
const SIGNED_IN_KEY = 'gradimento.dashboard.signedIn';

export function noteSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(SIGNED_IN_KEY, '1');
    else localStorage.removeItem(SIGNED_IN_KEY);
  } catch {
    // Storage blocked: the page simply asks for the report once the session has answered.
  }
}

function wasSignedIn(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * The report the address names (an office's, over its period or the default one), or none. With
 * no period in the address, "today" is the browser's: the office's own day is known only with the
 * offices list, and an answer for another period is simply not taken (use-report.ts).
 */
export function reportInAddress(search: string, now: Date): { officeId: string; period: Period } | undefined {
  const initial = readUrlState(search);
  if (!initial.office || (initial.level ?? 'office') !== 'office') return undefined;
  const period = initial.period ?? presetPeriod(DEFAULT_PRESET, todayIn(undefined, now));
  return checkPeriod(period) ? undefined : { officeId: initial.office, period };
}

/**
 * The requests the page opened at `where` will make first: who is signed in, then on the report
 * page the offices and the report in the address. A browser signed in at its last visit asks for
 * all at once; any other waits for the session's answer, and asks nothing if nobody is signed in.
 */
export function startEarlyRequests(where: Pick<Location, 'hash' | 'search'>, now = new Date()): void {
  const page = pageFromHash(where.hash);
  // The unsubscribe page works signed out and asks nothing of these.
  if (page === 'unsubscribe') return;
  fetchEarly(apiPaths.session);
  if (page !== '' && page !== 'report') return;
  const reportPage = () => {
    fetchEarly(apiPaths.offices);
    const report = reportInAddress(where.search, now);
    if (report) askReportEarly(report.officeId, report.period);
  };
  if (wasSignedIn()) return reportPage();
  // A copy of the answer: the app reads the answer itself.
  void early
    .get(apiPaths.session)
    ?.then((res) => (res?.ok ? (res.clone().json() as Promise<{ user?: unknown }>) : undefined))
    .then((who) => who?.user && reportPage())
    .catch(() => undefined);
}
