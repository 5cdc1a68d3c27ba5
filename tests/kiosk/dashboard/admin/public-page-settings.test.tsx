// The public page's settings when two admins edit them: a note fixed alone goes alone (never the switch), with the version read;
// refused as stale, the note typed stays and the settings stored now are shown, the page taken down among them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { PublicPageSettings } from '../../../../server/contract/public-page-schemas';
import { PublicPageSettingsPage } from '../../../../kiosk/dashboard/admin/public-page-settings';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { apiError, INSTALLATION_ADMIN, json, session, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const base = 'https://gradimento.example.org/pubblico/a';
const OPENED: PublicPageSettings = {
  administrationId: 'a',
  enabled: true,
  licence: 'CC-BY-4.0',
  note: 'Giudizi agli sportelli',
  updatedAt: '2026-03-04T09:00:00.000Z',
  updatedBy: 'anna@example.org',
  version: '2026-03-04T09:00:00.000Z',
  links: { page: base, csv: `${base}/dati.csv`, json: `${base}/dati.json`, badge: `${base}/badge.svg`, schema: `${base}/schema.json` },
};
/** Anna took the page down meanwhile. */
const ANNAS: PublicPageSettings = { ...OPENED, enabled: false, updatedAt: '2026-03-04T09:15:00.000Z', version: '2026-03-04T09:15:00.000Z' };

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
});

describe('public page settings, two admins at once', () => {
  it('sends the note alone with the version read; refused as stale it keeps the note and shows the page taken down', async () => {
    let reads = 0;
    const seen: SeenRequest[] = stubCollector({
      'GET /api/v1/administrations/a/public-page': () => json(++reads === 1 ? OPENED : ANNAS),
      'PATCH /api/v1/administrations/a/public-page': (req) =>
        (req.body as { version: string }).version === OPENED.version
          ? apiError(409, 'stale', 'Le impostazioni della pagina pubblica sono state modificate…', { changed: { by: 'Anna Rossi', at: ANNAS.version } })
          : json({ ...ANNAS, note: 'Giudizi raccolti agli sportelli', version: 'v3' }),
    });
    rememberSession(session(INSTALLATION_ADMIN));
    container = document.createElement('div');
    document.body.append(container);
    render(<PublicPageSettingsPage administrationId="a" administrationName="Comune A" />, container);
    const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    await vi.waitFor(() => expect($('public-page-note')).not.toBeNull());
    act(() => {
      const note = $('public-page-note') as HTMLTextAreaElement;
      note.value = 'Giudizi raccolti agli sportelli';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => void $('public-page-save')!.click());
    await vi.waitFor(() => expect($('public-page-stale')?.textContent).toContain('Qualcun altro ha modificato le impostazioni della pagina pubblica dopo che le hai aperte.'));
    expect(($('public-page-note') as HTMLTextAreaElement).value).toBe('Giudizi raccolti agli sportelli');
    await act(async () => void $('public-page-stale-reload')!.click());
    await vi.waitFor(() => expect($('public-page-stale-theirs')?.textContent).toContain('Non pubblicata'));
    await act(async () => void $('public-page-save')!.click());
    await vi.waitFor(() => expect($('public-page-saved')!.textContent).toContain('Impostazioni salvate.'));
    expect(seen.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([
      { note: 'Giudizi raccolti agli sportelli', version: OPENED.version },
      { note: 'Giudizi raccolti agli sportelli', version: ANNAS.version },
    ]);
    // The answer is what is stored: the page stays down.
    expect($('public-page-status')!.textContent).toBe('Non pubblicata');
  });
});
