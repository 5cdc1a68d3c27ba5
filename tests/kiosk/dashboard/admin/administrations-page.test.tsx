// The administrations page: an administration is archived from here, after a question that says what goes with it
// (the words a taken name points to: «o archivia prima l’altra»).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Administration } from '../../../../server/contract/admin';
import { AdministrationsPage } from '../../../../kiosk/dashboard/admin/administrations-page';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { INSTALLATION_ADMIN, json, session, stubCollector } from '../fixtures/fake-collector';

const ALDENO: Administration = { id: 'aldeno', name: 'Comune di Aldeno', archivedAt: null, createdAt: '2024-01-01T00:00:00Z' };

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
});

describe('administrations page', () => {
  it('archives an administration after saying its offices and terminals go with it', async () => {
    const seen = stubCollector({ 'POST /api/v1/administrations/aldeno/archive': () => json({ ...ALDENO, archivedAt: '2026-11-30T10:00:00.000Z' }) });
    rememberSession(session(INSTALLATION_ADMIN));
    const reload = vi.fn();
    container = document.body.appendChild(document.createElement('div'));
    render(<AdministrationsPage administrations={{ data: [ALDENO], error: undefined, loading: false, reload }} />, container);
    container.querySelector<HTMLButtonElement>('[data-testid="administration-archive"]')!.click();
    await vi.waitFor(() => expect(container.textContent).toContain('Con lei si archiviano i suoi uffici e terminali'));
    container.querySelector<HTMLButtonElement>('[data-testid="administration-archive-confirm"]')!.click();
    await vi.waitFor(() => expect(reload).toHaveBeenCalled());
    expect(seen.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual(['/api/v1/administrations/aldeno/archive']);
  });
});
