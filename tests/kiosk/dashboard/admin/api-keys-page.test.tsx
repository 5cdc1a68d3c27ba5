// The API keys page against a stubbed collector: the list, a new key shown once with its copy button and warning, revoking after a question.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Administration } from '../../../../server/contract/admin';
import type { ApiKey } from '../../../../server/contract/participation';
import { AdminPages } from '../../../../kiosk/dashboard/admin/dashboard-admin';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { formatWhen } from '../../../../kiosk/dashboard/admin/format-when';
import { json, session, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const ADMINISTRATIONS: Administration[] = [{ id: 'a', name: 'Comune di Valdoria', archivedAt: null, createdAt: '2024-01-01T00:00:00Z' }];
const key = (over: Partial<ApiKey>): ApiKey => ({ id: 'k1', administrationId: 'a', name: 'Eliminacode atrio', createdAt: '2026-03-01T09:00:00Z', createdBy: 'it@valdoria.example', revokedAt: null, lastUsedAt: null, ...over });
const SECRET = `gk_${'s'.repeat(43)}`;
let keys: ApiKey[];
let container: HTMLElement;
let seen: SeenRequest[];
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const rowOf = (id: string) => container.querySelector<HTMLElement>(`[data-testid="api-key-row"][data-api-key-id="${id}"]`)!;

beforeEach(() => {
  keys = [key({ id: 'k1', lastUsedAt: '2026-03-02T10:15:00Z' }), key({ id: 'k0', name: 'Vecchio eliminacode <b>', revokedAt: '2026-02-01T08:00:00Z' })];
  seen = stubCollector({
    'GET /api/v1/administrations': () => json(ADMINISTRATIONS),
    'GET /api/v1/administrations/a/api-keys': () => json(keys),
    'POST /api/v1/administrations/a/api-keys': (req) => {
      const created = key({ id: 'k2', name: (req.body as { name: string }).name, createdAt: '2026-03-05T09:00:00Z' });
      keys = [created, ...keys];
      return json({ ...created, key: SECRET }, 201);
    },
    'POST /api/v1/api-keys/k1/revoke': () => {
      keys = keys.map((k) => (k.id === 'k1' ? { ...k, revokedAt: '2026-03-05T09:30:00Z' } : k));
      return json(keys.find((k) => k.id === 'k1'));
    },
  });
  container = document.createElement('div');
  document.body.append(container);
  const info = session([{ role: 'administration_admin', administrationId: 'a', officeId: null }]);
  rememberSession(info);
  render(<AdminPages page="api-keys" session={info} />, container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
});

describe('API keys page', () => {
  it('lists the keys: who created each and when, when it was last used, whether it is revoked; names as text', async () => {
    await vi.waitFor(() => expect(container.querySelectorAll('[data-testid="api-key-row"]')).toHaveLength(2));
    expect($('page-api-keys')!.querySelector('h2')!.textContent).toBe('Chiavi API');
    const cells = (id: string) => [...rowOf(id).querySelectorAll('td')].map((td) => td.textContent);
    // Instants in the browser's zone, as the rest of the dashboard shows them.
    expect(formatWhen('2026-03-01T09:00:00Z')).toMatch(/^1 mar 2026, \d\d:00$/);
    expect(cells('k1').slice(0, 4)).toEqual(['Eliminacode atrio', `${formatWhen('2026-03-01T09:00:00Z')}, da it@valdoria.example`, formatWhen('2026-03-02T10:15:00Z'), 'attiva']);
    expect(cells('k0')[0]).toBe('Vecchio eliminacode <b>');
    expect(cells('k0')[2]).toBe('mai');
    expect(cells('k0')[3]).toBe(`revocata l’${formatWhen('2026-02-01T08:00:00Z')}`);
    expect(rowOf('k0').querySelector('[data-testid="api-key-revoke"]')).toBeNull();
    expect(container.textContent).toContain('PUT /api/v1/people-served');
  });

  it('shows a new key once, with a copy button and the warning, and never again after closing', async () => {
    await vi.waitFor(() => expect($('api-key-new')).not.toBeNull());
    const name = $('api-key-new') as HTMLInputElement;
    act(() => {
      name.value = 'Eliminacode sede centrale';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => void $('api-key-new-form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    await vi.waitFor(() => expect($('new-key')).not.toBeNull());
    expect(seen.find((r) => r.method === 'POST')!.body).toEqual({ name: 'Eliminacode sede centrale' });
    expect(($('new-key-value') as HTMLInputElement).value).toBe(SECRET);
    expect(($('new-key-value') as HTMLInputElement).readOnly).toBe(true);
    expect(document.activeElement).toBe($('new-key-value'));
    const shown = $('new-key-value') as HTMLTextAreaElement;
    expect([shown.selectionStart, shown.selectionEnd]).toEqual([0, SECRET.length]);
    expect($('new-key')!.textContent).toContain('non verrà più mostrata');
    await vi.waitFor(() => expect(container.querySelectorAll('[data-testid="api-key-row"]')).toHaveLength(3));
    expect(($('api-key-new') as HTMLInputElement).value).toBe('');

    await act(async () => void $('new-key-copy')!.click());
    await vi.waitFor(() => expect($('new-key-copied')!.textContent).not.toBe(''));
    // Headless Chromium may or may not grant the clipboard: either way the person is told.
    expect(['Chiave copiata negli appunti.', 'Copia non riuscita: seleziona la chiave e copiala con Ctrl+C.']).toContain($('new-key-copied')!.textContent);

    act(() => $('new-key-close')!.click());
    expect($('new-key')).toBeNull();
    expect(container.textContent).not.toContain(SECRET);
  });

  it('revokes a key after asking, naming it', async () => {
    await vi.waitFor(() => expect(rowOf('k1')).not.toBeNull());
    act(() => rowOf('k1').querySelector<HTMLElement>('[data-testid="api-key-revoke"]')!.click());
    expect(rowOf('k1').textContent).toContain('Revocare «Eliminacode atrio»? Smette subito di funzionare');
    await act(async () => void rowOf('k1').querySelector<HTMLElement>('[data-testid="api-key-revoke-confirm"]')!.click());
    await vi.waitFor(() => expect(rowOf('k1').querySelector('[data-testid="api-key-status"]')!.textContent).toBe(`revocata il ${formatWhen('2026-03-05T09:30:00Z')}`));
    expect(seen.filter((r) => r.url === '/api/v1/api-keys/k1/revoke')).toHaveLength(1);
  });
});
