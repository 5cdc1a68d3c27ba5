// The dashboard's shell in Chromium: first run, sign-in and its messages, navigation per role, a session ending anywhere, sign-out.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../../kiosk/dashboard/app';
import { forgetSession } from '../../../kiosk/dashboard/api';
import type { LiveConnector, LiveHandlers } from '../../../kiosk/dashboard/live';
import { apiError, INSTALLATION_ADMIN, json, session, stubCollector, type Route } from './fixtures/fake-collector';
import { OFFICES, officeReport } from './fixtures/office-report';

let container: HTMLElement;
const startUrl = location.href;
const NOW = () => new Date('2024-06-09T10:00:00Z');
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const MANAGER = [{ role: 'office_manager' as const, administrationId: 'comune-a', officeId: 'sede-centro' }];

let live: LiveHandlers | undefined;
const connect: LiveConnector = (handlers) => {
  live = handlers;
  handlers.onStatus('live');
  return { watch: () => {}, close: () => {} };
};

const REPORT_ROUTES: Record<string, Route> = {
  'GET /api/v1/offices': () => json(OFFICES),
  'GET /api/v1/offices/sede-centro/report': () => json(officeReport()),
};

function type(testId: string, value: string) {
  const input = $(testId) as HTMLInputElement;
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const click = (testId: string) => act(() => $(testId)!.click());

beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '1024px';
  document.body.append(container);
  live = undefined;
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
  history.replaceState(null, '', startUrl);
});

const mount = (url = location.pathname) => {
  history.replaceState(null, '', url);
  render(<App connect={connect} now={NOW} />, container);
};

describe('<App> session', () => {
  it('offers the first-run screen while no one exists, and signs the new admin in', async () => {
    const seen = stubCollector({
      'GET /api/v1/session': () => json({ user: null }),
      'GET /api/v1/setup': () => json({ needed: true }),
      'POST /api/v1/setup': () => json(session(INSTALLATION_ADMIN, 'Giulia Bianchi')),
      ...REPORT_ROUTES,
    });
    mount();
    await vi.waitFor(() => expect($('setup-form')).not.toBeNull());
    expect(container.querySelector('h1')?.textContent).toBe('Crea l’amministratore dell’installazione');
    type('setup-code', 'abcde-23456');
    type('setup-name', 'Giulia Bianchi');
    type('setup-email', 'giulia@cst.example.org');
    type('setup-password', 'corta');
    expect($('setup-password-problem')?.textContent).toContain('almeno 12 caratteri');
    type('setup-password', 'una frase lunga e sicura');
    type('setup-password-confirm', 'una frase lunga e sicura');
    click('setup-submit');
    await vi.waitFor(() => expect($('account-name')?.textContent).toBe('Giulia Bianchi'));
    expect(seen.find((r) => r.method === 'POST')?.body).toEqual({ setupCode: 'abcde-23456', name: 'Giulia Bianchi', email: 'giulia@cst.example.org', password: 'una frase lunga e sicura' });
    expect($('nav-administrations')).not.toBeNull();
  });

  it("shows a wrong password plainly and the collector's lockout message with the minutes", async () => {
    let answer = () => apiError(401, 'unauthenticated', 'Wrong e-mail or password.');
    stubCollector({
      'GET /api/v1/session': () => json({ user: null }),
      'GET /api/v1/setup': () => json({ needed: false }),
      'POST /api/v1/session': () => answer(),
    });
    mount();
    await vi.waitFor(() => expect($('signin-email')).not.toBeNull());
    expect(container.querySelector('label[for="signin-email"]')?.textContent).toBe('E-mail');
    expect(container.querySelector('label[for="signin-password"]')?.textContent).toBe('Password');
    expect($('signin-submit')?.textContent).toBe('Accedi');

    type('signin-email', 'maria@comune.example.org');
    type('signin-password', 'sbagliata');
    click('signin-submit');
    await vi.waitFor(() => expect($('signin-error')?.textContent).toBe('E-mail o password errate.'));
    expect($('signin-error')?.getAttribute('role')).toBe('alert');
    expect(($('signin-password') as HTMLInputElement).value).toBe('');

    // The collector's own sentence says the same in the same language: the dashboard's, with the wait in minutes, once.
    const message = 'Troppi tentativi errati per questa e-mail da questo indirizzo di rete: riprova tra 14 minuti, oppure chiedi a un amministratore di impostare una nuova password.';
    answer = () => apiError(429, 'locked_out', message, { retryAfterSeconds: 821 });
    type('signin-password', 'ancora sbagliata');
    click('signin-submit');
    await vi.waitFor(() => expect($('signin-error')?.textContent).toContain('per questa e-mail: riprova tra 14 minuti'));
    expect($('signin-error')?.textContent).not.toContain(message);
    expect($('signin-error')?.hidden).toBe(false);
  });

  it('goes back to sign-in when a request finds the session over, keeping the address, and returns there after', async () => {
    let signedIn = true;
    const url = `${location.pathname}?office=sede-centro&from=2024-06-03&to=2024-06-09#/report`;
    stubCollector({
      'GET /api/v1/session': () => json(signedIn ? session(MANAGER) : { user: null }),
      'GET /api/v1/setup': () => json({ needed: false }),
      'POST /api/v1/session': () => ((signedIn = true), json(session(MANAGER))),
      'GET /api/v1/offices': () => (signedIn ? json(OFFICES) : apiError(401, 'unauthenticated', 'Sign in first (your session may have expired).')),
      'GET /api/v1/offices/sede-centro/report': () => json(officeReport()),
    });
    signedIn = false;
    // The start-up probe says "signed in", then the office list finds the session gone.
    vi.mocked(fetch).mockImplementationOnce(async () => json(session(MANAGER)));
    mount(url);
    await vi.waitFor(() => expect($('signin-form')).not.toBeNull());
    expect($('signin-notice')?.textContent).toContain('La sessione è terminata');
    expect(location.search).toBe('?office=sede-centro&from=2024-06-03&to=2024-06-09');
    expect(location.hash).toBe('#/report');

    type('signin-email', 'maria@comune.example.org');
    type('signin-password', 'una password lunga');
    click('signin-submit');
    await vi.waitFor(() => expect($('total-count')?.textContent).toBe('200'));
    expect(($('office-select') as HTMLSelectElement).value).toBe('sede-centro');
  });

  it('goes back to sign-in when the live link is refused for want of a session', async () => {
    stubCollector({ 'GET /api/v1/session': () => json(session(MANAGER)), 'GET /api/v1/setup': () => json({ needed: false }), ...REPORT_ROUTES });
    mount();
    await vi.waitFor(() => expect(live).toBeDefined());
    act(() => live!.onSignedOut!());
    await vi.waitFor(() => expect($('signin-form')).not.toBeNull());
  });

  it('shows an office manager the report, e-mails, alerts, people served, terminals and channels only, and signs out with the CSRF token', async () => {
    const seen = stubCollector({
      'GET /api/v1/session': () => json(session(MANAGER)),
      'GET /api/v1/setup': () => json({ needed: false }),
      'DELETE /api/v1/session/everywhere': () => new Response(null, { status: 204 }),
      ...REPORT_ROUTES,
    });
    mount();
    await vi.waitFor(() => expect($('account-name')?.textContent).toBe('Maria Rossi'));
    const links = [...container.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => [a.dataset.testid, a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['nav-report', '#/report', 'Report'],
      ['nav-emails', '#/emails', 'Le mie e-mail'],
      ['nav-alerts', '#/alerts', 'Avvisi'],
      ['nav-people-served', '#/people-served', 'Persone servite'],
      ['nav-terminals', '#/terminals', 'Terminali'],
      ['nav-channels', '#/channels', 'Canali'],
    ]);
    expect($('nav-report')?.getAttribute('aria-current')).toBe('page');

    click('signout-everywhere');
    await vi.waitFor(() => expect($('signin-notice')?.textContent).toBe('Sei uscito da tutti i dispositivi.'));
    const out = seen.find((r) => r.method === 'DELETE')!;
    expect(out.url).toBe('/api/v1/session/everywhere');
    expect(out.headers.get('x-csrf-token')).toBe('csrf-123');
  });

  it('opens the report instead of a page the roles do not allow', async () => {
    stubCollector({ 'GET /api/v1/session': () => json(session([{ role: 'viewer', administrationId: 'comune-a', officeId: null }])), ...REPORT_ROUTES });
    mount(`${location.pathname}#/people`);
    await vi.waitFor(() => expect($('report')).not.toBeNull());
    // A viewer reads reports: the report, its e-mails and its alerts, nothing to manage.
    expect([...container.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => a.dataset.testid)).toEqual(['nav-report', 'nav-emails', 'nav-alerts']);
    expect($('page-people')).toBeNull();
  });
});
