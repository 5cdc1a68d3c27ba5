// The reasons editor sends the whole ordered list: kept reasons with their id, new ones without, removed ones left out (archived).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Reason } from '../../../../server/contract/admin';
import { ReasonsPage } from '../../../../kiosk/dashboard/admin/reasons-page';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { INSTALLATION_ADMIN, json, session, stubCollector } from '../fixtures/fake-collector';

const reason = (id: string, label: string, position: number, over: Partial<Reason> = {}): Reason => ({ id, label, dimension: 'timeliness', position, archivedAt: null, ...over });
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
      'GET /api/v1/administrations/a/reasons': () => json(REASONS),
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
        // Each reason's translations go with it (none here): the list is replaced whole.
        { id: 'r2', label: 'Il servizio ricevuto', dimension: 'effectiveness', translations: {} },
        { label: 'Personale <i>scortese</i>', dimension: 'accessibility', translations: {} },
      ],
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
