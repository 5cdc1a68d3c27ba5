// The reasons editor sends the whole ordered list with the version it read: kept reasons with their id, new ones without,
// removed ones left out (archived); refused as stale, it carries the other person's changes into the list being edited.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Reason } from '../../../../server/contract/admin';
import { ReasonsPage } from '../../../../kiosk/dashboard/admin/reasons-page';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { apiError, INSTALLATION_ADMIN, json, session, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const reason = (id: string, label: string, position: number, over: Partial<Reason> = {}): Reason => ({ id, label, dimension: 'timeliness', position, archivedAt: null, ...over });
/** The list as the collector answers it, with its version as the ETag. */
const listed = (reasons: Reason[], etag: string) => {
  const res = json(reasons);
  res.headers.set('etag', etag);
  return res;
};
const REASONS = [reason('r2', 'Il servizio ricevuto', 2, { dimension: 'effectiveness' }), reason('r1', 'Tempo di attesa', 1), reason('r0', 'Vecchia', 0, { archivedAt: '2024-01-01T00:00:00Z' })];

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
});

describe('reasons page', () => {
  it('shows live reasons in order with Italian dimensions, and saves the reordered, edited list', async () => {
    const seen = stubCollector({
      'GET /api/v1/administrations/a/reasons': () => listed(REASONS, '"l1"'),
      'PUT /api/v1/administrations/a/reasons': () => json([reason('r2', 'Il servizio ricevuto', 0), reason('n1', 'Personale <i>scortese</i>', 1, { dimension: 'accessibility' })]),
    });
    rememberSession(session(INSTALLATION_ADMIN));
    container = document.createElement('div');
    document.body.append(container);
    render(<ReasonsPage administrationId="a" />, container);
    const labels = () => [...container.querySelectorAll<HTMLInputElement>('[data-testid="reason-label"]')].map((i) => i.value);
    await vi.waitFor(() => expect(labels()).toEqual(['Tempo di attesa', 'Il servizio ricevuto']));
    const dims = container.querySelectorAll<HTMLSelectElement>('[data-testid="reason-dimension"]');
    expect(dims[0]!.selectedOptions[0]!.textContent).toBe('Tempestività');
    expect(dims[1]!.selectedOptions[0]!.textContent).toBe('Efficacia');

    act(() => container.querySelector<HTMLButtonElement>('[data-testid="reason-remove"]')!.click());
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="reason-add"]')!.click());
    const added = container.querySelectorAll<HTMLInputElement>('[data-testid="reason-label"]')[1]!;
    const addedDim = container.querySelectorAll<HTMLSelectElement>('[data-testid="reason-dimension"]')[1]!;
    act(() => {
      added.value = 'Personale <i>scortese</i>';
      added.dispatchEvent(new Event('input', { bubbles: true }));
      addedDim.value = 'accessibility';
      addedDim.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="reasons-save"]')!.click());
    await vi.waitFor(() => expect(container.textContent).toContain('Modifiche salvate.'));
    const put = seen.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('x-csrf-token')).toBe('csrf-123');
    expect(put.body).toEqual({
      reasons: [
        // Translations only where they changed (none here): left out, the collector keeps those stored.
        { id: 'r2', label: 'Il servizio ricevuto', dimension: 'effectiveness' },
        { label: 'Personale <i>scortese</i>', dimension: 'accessibility' },
      ],
      version: '"l1"',
    });
    expect(container.querySelector('i')).toBeNull();
  });
});

describe('a reason renamed in Italian', () => {
  it('opens its translations and says they may still say the old thing; one without translations, or unchanged, says nothing', async () => {
    stubCollector({
      'GET /api/v1/administrations/a/reasons': () =>
        json([reason('r1', 'Tempo di attesa', 0, { translations: { de: 'Wartezeit', en: 'Waiting time' } }), reason('r2', 'Il servizio ricevuto', 1, { translations: {} })]),
    });
    rememberSession(session(INSTALLATION_ADMIN));
    container = document.createElement('div');
    document.body.append(container);
    render(<ReasonsPage administrationId="a" />, container);
    const inputs = () => container.querySelectorAll<HTMLInputElement>('[data-testid="reason-label"]');
    await vi.waitFor(() => expect(inputs()).toHaveLength(2));
    const stale = (n: number) => container.querySelector(`[data-testid="reason-${n}-translations-stale"]`);
    const opened = (n: number) => container.querySelector<HTMLDetailsElement>(`[data-testid="reason-${n}-translations"]`)!.open;
    expect([stale(1), stale(2), opened(1)]).toEqual([null, null, false]);
    const rename = (i: number, text: string) =>
      act(() => {
        inputs()[i]!.value = text;
        inputs()[i]!.dispatchEvent(new Event('input', { bubbles: true }));
      });
    rename(0, 'Cortesia del personale');
    rename(1, 'Il servizio');
    expect(stale(1)?.textContent).toBe('Il testo italiano è cambiato: controlla che ogni traduzione dica ancora la stessa cosa, oppure cancellala (il terminale mostrerà l’italiano). Le traduzioni si salvano come sono scritte qui.');
    expect(opened(1)).toBe(true);
    expect(stale(2)).toBeNull();
    // Back as it was (spaces aside): nothing to check.
    rename(0, ' Tempo di attesa ');
    expect(stale(1)).toBeNull();
  });
});

describe('two admins saving the list', () => {
  it('refused as stale: says so, keeps Bruno\'s «Cortesia», brings in Anna\'s «Orari scomodi», and saves both on her version', async () => {
    const annas = [reason('r1', 'Tempo di attesa', 0), reason('r2', 'Il servizio ricevuto', 1, { dimension: 'effectiveness' }), reason('r3', 'Orari scomodi', 2, { dimension: 'accessibility' })];
    let seen: SeenRequest[] = [];
    let reads = 0;
    seen = stubCollector({
      // Bruno opened the list before Anna saved hers.
      'GET /api/v1/administrations/a/reasons': () => (++reads === 1 ? listed(REASONS, '"l1"') : listed(annas, '"l2"')),
      'PUT /api/v1/administrations/a/reasons': (req) =>
        (req.body as { version: string }).version === '"l1"' ? apiError(409, 'stale', 'L’elenco dei motivi è stato modificato…', { changed: { by: 'Anna Rossi', at: '2026-03-04T09:15:00.000Z' } }) : listed(annas, '"l3"'),
    });
    rememberSession(session(INSTALLATION_ADMIN));
    container = document.createElement('div');
    document.body.append(container);
    render(<ReasonsPage administrationId="a" />, container);
    const labels = () => [...container.querySelectorAll<HTMLInputElement>('[data-testid="reason-label"]')].map((i) => i.value);
    await vi.waitFor(() => expect(labels()).toEqual(['Tempo di attesa', 'Il servizio ricevuto']));
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="reason-add"]')!.click());
    act(() => {
      const added = container.querySelectorAll<HTMLInputElement>('[data-testid="reason-label"]')[2]!;
      added.value = 'Cortesia';
      added.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="reasons-save"]')!.click());
    const notice = () => container.querySelector<HTMLElement>('[data-testid="reasons-stale"]');
    await vi.waitFor(() => expect(notice()?.textContent).toContain('Qualcun altro ha modificato l’elenco delle motivazioni dopo che l’hai aperto.'));
    expect(labels()).toEqual(['Tempo di attesa', 'Il servizio ricevuto', 'Cortesia']);

    await act(async () => void container.querySelector<HTMLButtonElement>('[data-testid="reasons-stale-reload"]')!.click());
    await vi.waitFor(() => expect(labels()).toEqual(['Tempo di attesa', 'Il servizio ricevuto', 'Cortesia', 'Orari scomodi']));
    expect(notice()!.textContent).toContain('Le sue modifiche sono state riportate nel tuo elenco, insieme alle tue.');
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="reasons-save"]')!.click());
    await vi.waitFor(() => expect(container.textContent).toContain('Modifiche salvate.'));
    const puts = seen.filter((r) => r.method === 'PUT').map((r) => r.body as { reasons: { label: string }[]; version: string });
    expect(puts.map((p) => p.version)).toEqual(['"l1"', '"l2"']);
    expect(puts[1]!.reasons.map((r) => r.label)).toEqual(['Tempo di attesa', 'Il servizio ricevuto', 'Cortesia', 'Orari scomodi']);
  });
});
