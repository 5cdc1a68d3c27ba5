// The terminal form when two admins edit the same terminal: a rename sends the name alone (never the services back),
// with the version opened; refused as stale it keeps the input, shows the services stored now, and saves on their version.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Service, Terminal } from '../../../../server/contract/admin';
import { TerminalForm } from '../../../../kiosk/dashboard/admin/terminal-form';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { apiError, INSTALLATION_ADMIN, json, session, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const service = (id: string, name: string): Service => ({ id, administrationId: 'a', name, standard: null, standards: [], archivedAt: null });
const SERVICES = [service('anagrafe', 'Anagrafe'), service('tributi', 'Tributi'), service('suap', 'SUAP')];
const OPENED: Terminal = {
  id: 't1',
  administrationId: 'a',
  officeId: 'o1',
  name: 'Totem',
  mode: 'totem',
  channel: 'totem',
  scale: 3,
  serviceIds: ['anagrafe', 'tributi'],
  enrolledAt: null,
  revokedAt: null,
  lastSeenAt: null,
  archivedAt: null,
  sound: false,
  staffPinSet: false,
  health: null,
  redated: null,
  minIntervalSeconds: 3,
  burstPerMinute: 8,
  version: 'v1',
};
/** Anna added SUAP meanwhile. */
const ANNAS: Terminal = { ...OPENED, serviceIds: ['anagrafe', 'tributi', 'suap'], version: 'v2' };

let container: HTMLElement;
let seen: SeenRequest[];
let done: boolean[];
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const patches = () => seen.filter((r) => r.method === 'PATCH').map((r) => r.body);
const submit = () => act(async () => void $('terminal-form')!.dispatchEvent(new Event('submit', { cancelable: true })));

beforeEach(() => {
  done = [];
  rememberSession(session(INSTALLATION_ADMIN));
  container = document.createElement('div');
  document.body.append(container);
  seen = stubCollector({
    'PATCH /api/v1/terminals/t1': (req) =>
      (req.body as { version?: string }).version === 'v1' ? apiError(409, 'stale', 'Questo terminale è stato modificato…', { changed: { by: 'Anna Rossi', at: '2026-03-04T09:15:00.000Z' } }) : json(ANNAS),
    'GET /api/v1/terminals/t1': () => json(ANNAS),
  });
  render(<TerminalForm officeId="o1" terminal={OPENED} services={SERVICES} onDone={(saved) => done.push(saved)} />, container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
});

describe('terminal form, two admins at once', () => {
  it('a rename goes alone; refused as stale, the name typed stays, the services stored now are shown, and it goes again on that version', async () => {
    act(() => {
      const name = $('terminal-name') as HTMLInputElement;
      name.value = 'Totem nell’atrio';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit();
    await vi.waitFor(() => expect($('terminal-stale')).not.toBeNull());
    expect($('terminal-stale')!.textContent).toContain('Qualcun altro ha modificato questo terminale dopo che l’hai aperto.');
    expect(($('terminal-name') as HTMLInputElement).value).toBe('Totem nell’atrio');
    await act(async () => void $('terminal-stale-reload')!.click());
    await vi.waitFor(() => expect($('terminal-stale-theirs')?.textContent).toContain('Anagrafe, Tributi, SUAP'));
    await submit();
    await vi.waitFor(() => expect(done).toEqual([true]));
    expect(patches()).toEqual([
      { name: 'Totem nell’atrio', version: 'v1' },
      { name: 'Totem nell’atrio', version: 'v2' },
    ]);
  });
});
