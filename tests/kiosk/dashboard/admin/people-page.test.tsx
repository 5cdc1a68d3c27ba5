// The people page's disable and enable buttons: they send the version the list showed, and a refusal because someone changed the person since is said beside the button, the list read again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { User } from '../../../../server/contract/admin';
import { PeoplePage } from '../../../../kiosk/dashboard/admin/people-page';
import { formatWhen } from '../../../../kiosk/dashboard/admin/format-when';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { apiError, INSTALLATION_ADMIN, json, session, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const CHANGED_AT = '2026-03-04T09:01:00.000Z';
const VIEWER = { role: 'viewer' as const, administrationId: 'a', officeId: null };

let container: HTMLElement;
let seen: SeenRequest[];
let carla: User;
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

beforeEach(() => {
  carla = { id: 'u-2', email: 'carla@comune.example.org', name: 'Carla Verdi', grants: [VIEWER], disabledAt: null, createdAt: '2026-01-01T00:00:00.000Z', lastSignInAt: null, version: 'v1' };
  seen = stubCollector({
    'GET /api/v1/users': () => json([carla]),
    'GET /api/v1/offices': () => json([]),
    'PATCH /api/v1/users/u-2': (req) => {
      const { disabled, version } = req.body as { disabled: boolean; version?: string };
      if (version !== carla.version) return apiError(409, 'stale', 'This person was changed by someone else', { changed: { by: 'Anna Rossi', at: CHANGED_AT } });
      carla = { ...carla, disabledAt: disabled ? '2026-03-04T09:05:00.000Z' : null, version: `${carla.version}+` };
      return json(carla);
    },
  });
  rememberSession(session(INSTALLATION_ADMIN));
  container = document.createElement('div');
  document.body.append(container);
  render(<PeoplePage session={session(INSTALLATION_ADMIN)} administrations={[{ id: 'a', name: 'Comune di Valdoria', archivedAt: null, createdAt: '2026-01-01T00:00:00.000Z' }]} />, container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
});

describe('people page: disabling from a list someone changed since', () => {
  it('is refused beside the button, naming who changed the person and when; the list is read again, and the next confirmation disables with the new version', async () => {
    await vi.waitFor(() => expect($('user-disable')).not.toBeNull());
    // Anna renames Carla while this list stays on screen.
    carla = { ...carla, name: 'Carla Verdi Neri', version: 'v2' };
    act(() => $('user-disable')!.click());
    await act(async () => $('user-disable-confirm')!.click());
    await vi.waitFor(() => expect($('user-row')!.textContent).toContain('Carla Verdi Neri'));
    expect($('user-row')!.querySelector('[role="alert"]')!.textContent).toBe(
      `Qualcun altro ha modificato i dati di questa persona dopo che hai aperto l’elenco. Ultima modifica: Anna Rossi, ${formatWhen(CHANGED_AT)}. ` +
        'Non è stato fatto nulla: l’elenco ora mostra la versione salvata. Controllala e, se vuoi ancora, riprova.',
    );
    expect($('user-row')!.querySelector('.status')!.textContent).toBe('attiva');

    await act(async () => $('user-disable-confirm')!.click());
    await vi.waitFor(() => expect($('user-enable')).not.toBeNull());
    expect(seen.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([
      { disabled: true, version: 'v1' },
      { disabled: true, version: 'v2' },
    ]);
  });

  it('enabling again sends the version too', async () => {
    carla = { ...carla, disabledAt: '2026-03-01T00:00:00.000Z' };
    render(null, container);
    render(<PeoplePage session={session(INSTALLATION_ADMIN)} administrations={[]} />, container);
    await vi.waitFor(() => expect($('user-enable')).not.toBeNull());
    await act(async () => $('user-enable')!.click());
    await vi.waitFor(() => expect($('user-disable')).not.toBeNull());
    expect(seen.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([{ disabled: false, version: 'v1' }]);
  });
});
