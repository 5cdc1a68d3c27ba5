// The one fetch helper: paths, errors, the CSRF header on state-changing requests, and "the session ended".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOffice, issuePairingCode, listAudit } from '../../../kiosk/dashboard/admin-api';
import { DashboardApiError, forgetSession, getOfficeReport, getOffices, onSessionEnded, rememberSession } from '../../../kiosk/dashboard/api';
import { getSession, signIn, signOut } from '../../../kiosk/dashboard/session-api';
import { setLanguage } from '../../../kiosk/dashboard/i18n/locale';
import { apiError, json, session, stubCollector, INSTALLATION_ADMIN } from './fixtures/fake-collector';

const PERIOD = { from: '2024-06-01', to: '2024-06-30' };

afterEach(() => {
  vi.unstubAllGlobals();
  forgetSession();
});

async function failure(p: Promise<unknown>): Promise<DashboardApiError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(DashboardApiError);
  return err as DashboardApiError;
}

describe('api', () => {
  it('builds encoded paths with the period', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response('{}'));
    vi.stubGlobal('fetch', fetch);
    await getOfficeReport('sede/1', PERIOD);
    expect(fetch.mock.calls[0]![0]).toBe('/api/v1/offices/sede%2F1/report?from=2024-06-01&to=2024-06-30');
  });

  it("passes on the collector's code and message", async () => {
    vi.stubGlobal('fetch', async () => Response.json({ error: { code: 'office_unknown', message: 'Ufficio sconosciuto' } }, { status: 404 }));
    const err = await failure(getOfficeReport('x', PERIOD));
    expect(err.code).toBe('office_unknown');
    expect(err.status).toBe(404);
    expect(err.message).toBe('Ufficio sconosciuto');
  });

  it('names the fields of a validation error', async () => {
    const body = { error: { code: 'validation_failed', message: 'Periodo non valido', problems: [{ field: '/from', reason: 'must match format' }] } };
    vi.stubGlobal('fetch', async () => Response.json(body, { status: 400 }));
    expect((await failure(getOfficeReport('x', PERIOD))).message).toBe('Periodo non valido (/from: must match format)');
  });

  it('explains an answer that is not the collector speaking (a proxy page)', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>Bad Gateway</html>', { status: 502 }));
    const err = await failure(getOfficeReport('x', PERIOD));
    expect(err.code).toBe('http');
    expect(err.message).toContain('502');
  });

  it('tells a network failure apart', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await failure(getOfficeReport('x', PERIOD))).code).toBe('network');
  });
});

describe('session and CSRF', () => {
  const CLOSED = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

  it('sends x-csrf-token on POST, PUT, PATCH and DELETE once signed in, and never on GET', async () => {
    const seen = stubCollector({
      'POST /api/v1/session': () => json(session(INSTALLATION_ADMIN)),
      'GET /api/v1/offices': () => json([]),
      'POST /api/v1/offices': () => json({ id: 'o1' }, 201),
      'POST /api/v1/terminals/t%2F1/pairing-code': () => json({ code: 'ABCD2345', expiresAt: '2099-01-01T00:00:00Z', url: 'x', qrSvg: '<svg/>' }),
      'GET /api/v1/audit': () => json([]),
      'DELETE /api/v1/session': () => new Response(null, { status: 204 }),
    });
    await signIn('maria@comune.example.org', 'una password lunga');
    await getOffices();
    await createOffice('a', { name: 'Sede', address: '', timeZone: 'Europe/Rome', openingHours: CLOSED, holidays: [] });
    await issuePairingCode('t/1');
    await listAudit({ administrationId: 'a', limit: 50 });
    await signOut();

    const header = (i: number) => seen[i]!.headers.get('x-csrf-token');
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/v1/session',
      'GET /api/v1/offices',
      'POST /api/v1/offices',
      'POST /api/v1/terminals/t%2F1/pairing-code',
      'GET /api/v1/audit?administrationId=a&limit=50',
      'DELETE /api/v1/session',
    ]);
    // Before sign-in there is no token to send.
    expect(header(0)).toBeNull();
    expect(header(1)).toBeNull();
    expect(header(2)).toBe('csrf-123');
    expect(header(3)).toBe('csrf-123');
    expect(header(4)).toBeNull();
    expect(header(5)).toBe('csrf-123');
    expect(seen[2]!.body).toMatchObject({ administrationId: 'a', name: 'Sede', timeZone: 'Europe/Rome' });
    expect(seen[2]!.headers.get('content-type')).toBe('application/json');
  });

  it("asks for the collector's refusals in the dashboard's language, not the browser's", async () => {
    const seen = stubCollector({ 'GET /api/v1/offices': () => json([]) });
    await getOffices();
    setLanguage('en');
    try {
      await getOffices();
    } finally {
      setLanguage('it');
    }
    expect(seen.map((r) => r.headers.get('accept-language'))).toEqual(['it', 'en']);
  });

  it('tells the app once when a request finds the session over, and not for a wrong password', async () => {
    const ended = vi.fn();
    const stop = onSessionEnded(ended);
    stubCollector({
      'POST /api/v1/session': () => apiError(401, 'unauthenticated', 'Wrong e-mail or password.'),
      'GET /api/v1/session': () => json({ user: null }),
    });
    await expect(signIn('a@b.it', 'x')).rejects.toMatchObject({ code: 'unauthenticated', status: 401 });
    expect(await getSession()).toBeUndefined();
    expect(ended).not.toHaveBeenCalled();

    rememberSession(session(INSTALLATION_ADMIN));
    stubCollector({ 'GET /api/v1/offices': () => apiError(401, 'unauthenticated', 'Sign in first (your session may have expired).') });
    await expect(getOffices()).rejects.toMatchObject({ status: 401 });
    expect(ended).toHaveBeenCalledTimes(1);
    stop();
  });

  it('keeps the field problems and the retry time apart for forms', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json({ error: { code: 'locked_out', message: 'Locked for 15 more minutes.', retryAfterSeconds: 840 } }, { status: 429 }),
    );
    const err = await failure(signIn('a@b.it', 'x'));
    expect(err.retryAfterSeconds).toBe(840);
    expect(err.detail).toBe('Locked for 15 more minutes.');
  });
});
