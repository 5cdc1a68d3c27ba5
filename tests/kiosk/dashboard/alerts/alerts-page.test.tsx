// The alerts page starts on the administration an alert e-mail's link names (?administration=), not on the first one a
// person reads; after its live link was down it asks for the list again and shows what that says; an alert announced
// for one administration is not shown on another's; a session found over by the live link ends as any 401 does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Administration } from '../../../../server/contract/admin';
import { ALERTS_LISTED, alertPaths } from '../../../../server/contract/alert-kinds';
import type { Alert } from '../../../../server/contract/alerts';
import { AlertsPage } from '../../../../kiosk/dashboard/alerts/alerts-page';
import type { AlertsConnector, AlertsLinkHandlers } from '../../../../kiosk/dashboard/alerts/use-live-alerts';
import { forgetSession, onSessionEnded, rememberSession } from '../../../../kiosk/dashboard/api';
import { apiError, INSTALLATION_ADMIN, json, session, stubCollector, type Route } from '../fixtures/fake-collector';

const ADMINISTRATIONS: Administration[] = [
  { id: 'aldeno', name: 'Comune di Aldeno', archivedAt: null, createdAt: '2024-01-01T00:00:00Z' },
  { id: 'brenta', name: 'Comune di Brenta', archivedAt: null, createdAt: '2024-01-01T00:00:00Z' },
];

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  forgetSession();
  vi.unstubAllGlobals();
  history.replaceState(null, '', location.pathname);
});

/** The page's live link, driven by the test: it says what the collector would. */
function fakeLink() {
  let handlers: AlertsLinkHandlers | undefined;
  const connect: AlertsConnector = (h) => {
    handlers = h;
    return () => (handlers = undefined);
  };
  return {
    connect,
    get say(): AlertsLinkHandlers {
      if (!handlers) throw new Error('the page has no live link open');
      return handlers;
    },
  };
}

function mount(search: string, lists: Partial<Record<'aldeno' | 'brenta', Route>> = {}, link = fakeLink()) {
  history.replaceState(null, '', `${location.pathname}${search}`);
  const seen = stubCollector({
    [`GET ${alertPaths.administrationAlerts('aldeno')}`]: lists.aldeno ?? (() => json([])),
    [`GET ${alertPaths.administrationAlerts('brenta')}`]: lists.brenta ?? (() => json([])),
    [`GET ${alertPaths.administrationRules('aldeno')}`]: () => json([]),
    [`GET ${alertPaths.administrationRules('brenta')}`]: () => json([]),
  });
  const info = session(INSTALLATION_ADMIN);
  rememberSession(info);
  container = document.body.appendChild(document.createElement('div'));
  render(<AlertsPage session={info} administrations={ADMINISTRATIONS} connect={link.connect} />, container);
  return seen;
}

const ALERT: Alert = {
  id: 'al-1',
  ruleId: 'r1',
  ruleName: 'Negativi in sede',
  administrationId: 'aldeno',
  officeId: null,
  officeName: null,
  serviceId: null,
  serviceName: null,
  kind: 'negative-share',
  status: 'open',
  openedAt: '2026-03-10T09:00:00.000Z',
  closedAt: null,
  closedBecause: null,
  openedValue: 0.45,
  lastValue: 0.45,
  message: 'Giudizi negativi: 45% degli ultimi 20 (soglia 30%).',
  facts: { kind: 'negative-share', share: 0.45, votes: 20, openAbovePct: 30 },
  acknowledgedAt: null,
  acknowledgedBy: null,
  ackComment: null,
};

/** The ids of the alerts on screen. */
const shownIds = () => [...container!.querySelectorAll('[data-testid="alert"]')].map((e) => e.getAttribute('data-alert-id'));

const alertLists = (seen: { url: string }[]) => seen.filter((r) => r.url.includes('/alerts?')).map((r) => r.url.split('?')[0]);

describe('alerts page', () => {
  it('opens on the administration named in the address', async () => {
    const seen = mount('?administration=brenta&lang=it');
    await vi.waitFor(() => expect(alertLists(seen)).toEqual([alertPaths.administrationAlerts('brenta')]));
  });

  it('opens on the first administration without one, or with one the person does not read', async () => {
    const seen = mount('?administration=altrove');
    await vi.waitFor(() => expect(alertLists(seen)).toEqual([alertPaths.administrationAlerts('aldeno')]));
  });

  it('says when the list is as long as the collector answers: older alerts exist beyond it', async () => {
    const many = Array.from({ length: ALERTS_LISTED }, (_, i) => ({ ...ALERT, id: `al-${i}`, status: 'closed' as const, closedAt: '2026-03-10T10:00:00.000Z' }));
    mount('', { aldeno: () => json(many) });
    await vi.waitFor(() => expect(container!.querySelector('[data-testid="alerts-newest-only"]')?.textContent).toBe(`Sono mostrati i ${ALERTS_LISTED} avvisi più recenti: quelli più vecchi non sono in elenco.`));
  });

  it('says nothing of the kind for a shorter list', async () => {
    mount('', { aldeno: () => json([ALERT]) });
    await vi.waitFor(() => expect(shownIds()).toEqual(['al-1']));
    expect(container!.querySelector('[data-testid="alerts-newest-only"]')).toBeNull();
  });
});

describe('the live link', () => {
  it('asks for the list again once watching after the link was down, and shows what it says: an alert closed meanwhile goes', async () => {
    let open: Alert[] = [];
    const link = fakeLink();
    const seen = mount('', { aldeno: () => json(open) }, link);
    await vi.waitFor(() => expect(container!.querySelector('[data-testid="alerts-none"]')).not.toBeNull());
    // Opened and told live: on screen at once, and in the list asked for behind it.
    open = [ALERT];
    link.say.onChange(ALERT);
    await vi.waitFor(() => expect(alertLists(seen)).toHaveLength(2));
    expect(shownIds()).toEqual(['al-1']);
    // The link goes down; the alert closes meanwhile and its closing is told to nobody.
    link.say.onStatus('offline');
    open = [];
    link.say.onStatus('live');
    link.say.onReconnect!();
    await vi.waitFor(() => expect(alertLists(seen)).toHaveLength(3));
    await vi.waitFor(() => expect(shownIds()).toEqual([]));
    expect(container!.querySelector('[data-testid="alerts-none"]')).not.toBeNull();
  });

  it('shows the link\'s state as the report\'s badge does: connecting, not connected while it asks again, live', async () => {
    // Before, a link down said "reload the page" and stayed down; it now asks again by itself (live-socket.ts), and
    // the page says which state it is in, in the report's words.
    const link = fakeLink();
    mount('', {}, link);
    const badge = () => container!.querySelector<HTMLElement>('[data-testid="alerts-live"]')!;
    await vi.waitFor(() => expect(badge().dataset.status).toBe('connecting'));
    expect(badge().textContent).toBe('collegamento…');
    expect(badge().getAttribute('role')).toBe('status');
    // The link opens once the page is on screen (an effect).
    await vi.waitFor(() => link.say);
    link.say.onStatus('live');
    await vi.waitFor(() => expect(badge().textContent).toBe('in diretta'));
    link.say.onStatus('offline');
    await vi.waitFor(() => expect(badge().textContent).toBe('non collegato'));
    expect(badge().className).toContain('live-offline');
  });

  it('shows no alert announced for the administration left while the next one\'s list loads', async () => {
    const link = fakeLink();
    /** Answers held until the test lets them go, as on a slow network. */
    const held: (() => void)[] = [];
    const slow = (list: Alert[]) => () => new Promise<Response>((resolve) => held.push(() => resolve(json(list))));
    let aldenoCalls = 0;
    mount('', { aldeno: () => (aldenoCalls++ === 0 ? json([]) : slow([ALERT])()), brenta: slow([]) }, link);
    await vi.waitFor(() => expect(container!.querySelector('[data-testid="alerts-none"]')).not.toBeNull());
    link.say.onChange(ALERT);
    await vi.waitFor(() => expect(shownIds()).toEqual(['al-1']));
    const select = container!.querySelector<HTMLSelectElement>('[data-testid="administration-select"]')!;
    select.value = 'brenta';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(held).toHaveLength(2));
    expect(shownIds()).toEqual([]);
    for (const answer of held) answer();
    await vi.waitFor(() => expect(container!.querySelector('[data-testid="alerts-none"]')).not.toBeNull());
    expect(shownIds()).toEqual([]);
  });

  it('says a new alert told live in a polite log, and not the alerts of the first list nor a change to one on screen', async () => {
    // Before, the card came in silently: the only live region was the link's state.
    let open: Alert[] = [ALERT];
    const link = fakeLink();
    mount('', { aldeno: () => json(open) }, link);
    await vi.waitFor(() => expect(shownIds()).toEqual(['al-1']));
    await vi.waitFor(() => link.say);
    const news = container!.querySelector<HTMLElement>('[data-testid="alerts-news"]')!;
    expect(news.getAttribute('role')).toBe('log');
    expect(news.getAttribute('aria-live')).toBe('polite');
    // The first list is on screen, not said.
    expect(news.textContent).toBe('');
    // One on screen, acknowledged elsewhere: a change, not a new alert.
    link.say.onChange({ ...ALERT, acknowledgedAt: '2026-03-10T09:30:00.000Z', acknowledgedBy: 'Luca', ackComment: 'visto' });
    const second: Alert = { ...ALERT, id: 'al-2', kind: 'low-index', ruleName: 'Indice in anagrafe', openedAt: '2026-03-10T10:00:00.000Z' };
    open = [second, ALERT];
    link.say.onChange(second);
    await vi.waitFor(() => expect(shownIds()).toEqual(['al-2', 'al-1']));
    expect([...news.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Nuovo avviso: Indice di soddisfazione basso · Indice in anagrafe']);
    // Told again (acknowledged meanwhile): said once only.
    const acknowledged = { ...second, acknowledgedAt: '2026-03-10T10:05:00.000Z', acknowledgedBy: 'Luca', ackComment: 'visto' };
    open = [acknowledged, ALERT];
    link.say.onChange(acknowledged);
    await vi.waitFor(() => expect(container!.querySelector('[data-alert-id="al-2"] [data-testid="alert-ack"]')).not.toBeNull());
    expect(news.querySelectorAll('p')).toHaveLength(1);
  });

  it('ends the session as a refused request does when the link finds nobody signed in', async () => {
    let signedIn = true;
    const link = fakeLink();
    mount('', { aldeno: () => (signedIn ? json([]) : apiError(401, 'unauthenticated', 'Sign in.')) }, link);
    await vi.waitFor(() => expect(container!.querySelector('[data-testid="alerts-none"]')).not.toBeNull());
    const ended = vi.fn();
    const stop = onSessionEnded(ended);
    try {
      signedIn = false;
      link.say.onSignedOut!();
      await vi.waitFor(() => expect(ended).toHaveBeenCalledTimes(1));
    } finally {
      stop();
    }
  });
});
