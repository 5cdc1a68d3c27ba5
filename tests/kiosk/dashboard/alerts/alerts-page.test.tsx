// The alerts page starts on the administration an alert e-mail's link names (?administration=), not on the first one a person reads.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Administration } from '../../../../server/contract/admin';
import { alertPaths } from '../../../../server/contract/alert-kinds';
import { AlertsPage } from '../../../../kiosk/dashboard/alerts/alerts-page';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { INSTALLATION_ADMIN, json, session, stubCollector } from '../fixtures/fake-collector';

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

function mount(search: string) {
  history.replaceState(null, '', `${location.pathname}${search}`);
  const seen = stubCollector({
    [`GET ${alertPaths.administrationAlerts('aldeno')}`]: () => json([]),
    [`GET ${alertPaths.administrationAlerts('brenta')}`]: () => json([]),
    [`GET ${alertPaths.administrationRules('aldeno')}`]: () => json([]),
    [`GET ${alertPaths.administrationRules('brenta')}`]: () => json([]),
  });
  const info = session(INSTALLATION_ADMIN);
  rememberSession(info);
  container = document.body.appendChild(document.createElement('div'));
  render(<AlertsPage session={info} administrations={ADMINISTRATIONS} />, container);
  return seen;
}

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
});
