// The requests the entry script starts before the app has loaded: which ones, for whom, and that each answer serves one request, once, and never a stale or refused one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetSession, getOfficeReport, getOffices, rememberSession } from '../../../kiosk/dashboard/api';
import { dropEarly, forgetEarly, isOfficeReportPath, reportInAddress, startEarlyRequests } from '../../../kiosk/dashboard/early-requests';
import { getSession } from '../../../kiosk/dashboard/session-api';
import { session, INSTALLATION_ADMIN } from './fixtures/fake-collector';

const NOW = new Date('2024-06-09T10:00:00Z');
const REPORT = '/api/v1/offices/sede-centro/report?from=2024-05-11&to=2024-06-09';
let asked: string[];

// Each test is a new page load: nothing asked yet, early or by the app, and no hint.
beforeEach(() => {
  forgetEarly();
  localStorage.clear();
  asked = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      asked.push(url);
      if (url === '/api/v1/session') return Response.json(session(INSTALLATION_ADMIN));
      if (url === '/api/v1/offices') return Response.json([]);
      return Response.json({ period: url }, { status: 200 });
    }),
  );
});

afterEach(() => {
  forgetSession();
  forgetEarly();
  localStorage.clear();
  vi.unstubAllGlobals();
});

/** As after a sign-in in an earlier visit. */
const signedInBefore = () => rememberSession(session(INSTALLATION_ADMIN));
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('startEarlyRequests', () => {
  it('asks a signed-out browser only who is signed in: nothing it would be refused', async () => {
    vi.mocked(fetch).mockImplementationOnce(async (input) => {
      asked.push(String(input));
      return Response.json({ user: null });
    });
    startEarlyRequests({ hash: '', search: '?office=sede-centro' }, NOW);
    await settle();
    expect(asked).toEqual(['/api/v1/session']);
  });

  it('asks a browser with no hint for the offices and the report once the session says someone is signed in', async () => {
    startEarlyRequests({ hash: '', search: '?office=sede-centro' }, NOW);
    expect(asked).toEqual(['/api/v1/session']);
    await vi.waitFor(() => expect(asked).toEqual(['/api/v1/session', '/api/v1/offices', REPORT]));
    // The app still reads the session's answer itself, and takes the others.
    expect((await getSession())?.user.email).toBe('maria@comune.example.org');
    await getOffices();
    expect(asked).toHaveLength(3);
  });

  it('never starts an early request for a path the app has already asked itself', async () => {
    startEarlyRequests({ hash: '', search: '?office=sede-centro' }, NOW);
    await getOffices();
    await vi.waitFor(() => expect(asked).toContain(REPORT));
    expect(asked.filter((u) => u === '/api/v1/offices')).toHaveLength(1);
    await getOffices();
    expect(asked.filter((u) => u === '/api/v1/offices')).toHaveLength(2);
  });

  it('asks a browser signed in before for the session, the offices and the report the address names, with the browser\'s day', () => {
    signedInBefore();
    startEarlyRequests({ hash: '', search: '?office=sede-centro' }, NOW);
    expect(asked).toEqual(['/api/v1/session', '/api/v1/offices', REPORT]);
  });

  it('asks for the period the address names, and for no report when it is invalid or at another level', () => {
    signedInBefore();
    startEarlyRequests({ hash: '#/report', search: '?office=sede-centro&from=2024-06-03&to=2024-06-09' }, NOW);
    expect(asked.at(-1)).toBe('/api/v1/offices/sede-centro/report?from=2024-06-03&to=2024-06-09');
    expect(reportInAddress('?office=sede-centro&from=2024-06-09&to=2024-06-03', NOW)).toBeUndefined();
    expect(reportInAddress('?office=sede-centro&level=administration', NOW)).toBeUndefined();
    expect(reportInAddress('', NOW)).toBeUndefined();
  });

  it('asks only for the session on another page, and nothing on the unsubscribe page', async () => {
    signedInBefore();
    startEarlyRequests({ hash: '#/terminals', search: '?office=sede-centro' }, NOW);
    await settle();
    expect(asked).toEqual(['/api/v1/session']);
    asked = [];
    startEarlyRequests({ hash: '#/unsubscribe?t=abc', search: '' }, NOW);
    expect(asked).toEqual([]);
  });

  it('forgets the hint when the session turns out to be over (expired, or ended elsewhere)', async () => {
    signedInBefore();
    vi.mocked(fetch).mockImplementation(async (input) => {
      asked.push(String(input));
      return Response.json(String(input) === '/api/v1/session' ? { user: null } : { error: { code: 'unauthenticated', message: 'no' } }, { status: String(input) === '/api/v1/session' ? 200 : 401 });
    });
    startEarlyRequests({ hash: '', search: '?office=sede-centro' }, NOW);
    expect(await getSession()).toBeUndefined();
    // The next page load asks only who is signed in.
    forgetEarly();
    asked = [];
    startEarlyRequests({ hash: '', search: '?office=sede-centro' }, NOW);
    await settle();
    expect(asked).toEqual(['/api/v1/session']);
  });

  it('forgets the hint on signing out', () => {
    signedInBefore();
    forgetSession();
    startEarlyRequests({ hash: '', search: '?office=sede-centro' }, NOW);
    // Only the session at once; the rest would wait for its answer.
    expect(asked).toEqual(['/api/v1/session']);
  });
});

describe('an early answer', () => {
  it('serves the first request of its path and only that one', async () => {
    signedInBefore();
    startEarlyRequests({ hash: '', search: '?office=sede-centro' }, NOW);
    expect((await getSession())?.user.email).toBe('maria@comune.example.org');
    await getOffices();
    expect(await getOfficeReport('sede-centro', { from: '2024-05-11', to: '2024-06-09' })).toEqual({ period: REPORT });
    expect(asked).toHaveLength(3);
    // The second time, the collector is asked again.
    await getOffices();
    expect(asked).toEqual(['/api/v1/session', '/api/v1/offices', REPORT, '/api/v1/offices']);
  });

  it('is not used when it was refused: the request is made again (signed out since, the session expired)', async () => {
    signedInBefore();
    vi.mocked(fetch).mockImplementationOnce(async (input) => {
      asked.push(String(input));
      return Response.json({ error: { code: 'unauthenticated', message: 'no' } }, { status: 401 });
    });
    startEarlyRequests({ hash: '#/terminals', search: '' }, NOW);
    await getSession();
    expect(asked).toEqual(['/api/v1/session', '/api/v1/session']);
  });

  it('is not used after a network failure', async () => {
    vi.mocked(fetch).mockImplementationOnce(async () => {
      throw new TypeError('Failed to fetch');
    });
    startEarlyRequests({ hash: '', search: '' }, NOW);
    expect((await getSession())?.user.email).toBe('maria@comune.example.org');
    expect(asked).toEqual(['/api/v1/session']);
  });

  it('of a report nobody took is dropped once the page asks for its first report: a later request never gets an old answer', async () => {
    signedInBefore();
    startEarlyRequests({ hash: '', search: '?office=sede-centro' }, NOW);
    // The office's own day made it another period (useReport asks, then drops the rest).
    await getOfficeReport('sede-centro', { from: '2024-05-12', to: '2024-06-10' });
    dropEarly(isOfficeReportPath);
    await getOfficeReport('sede-centro', { from: '2024-05-11', to: '2024-06-09' });
    expect(asked.filter((u) => u === REPORT)).toHaveLength(2);
  });
});
