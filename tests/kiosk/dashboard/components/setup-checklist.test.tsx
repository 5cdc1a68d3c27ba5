// "Primi passi" on a new installation: four steps linked to their pages, ticked as each is done, gone when all are.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Grant } from '../../../../server/contract/auth';
import { SetupChecklist } from '../../../../kiosk/dashboard/components/setup-checklist';
import { pagesFor } from '../../../../kiosk/dashboard/grants';
import { INSTALLATION_ADMIN, json, stubCollector, type Route, type SeenRequest } from '../fixtures/fake-collector';
import { freshContainer } from '../fixtures/container';

const CLOSED = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const ALDENO = { id: 'aldeno', name: 'Comune di Aldeno', createdAt: '2024-01-01T00:00:00Z', archivedAt: null };
const office = (id: string) => ({ id, administrationId: 'aldeno', name: id, address: '', timeZone: 'Europe/Rome', openingHours: CLOSED, holidays: [], archivedAt: null });
const terminal = (enrolledAt: string | null) => ({ id: 't1', administrationId: 'aldeno', officeId: 'centro', name: 'Totem', mode: 'totem', channel: 'totem', scale: 3, serviceIds: [], enrolledAt, revokedAt: null, lastSeenAt: null, archivedAt: null });

const container = freshContainer();
let seen: SeenRequest[];
const $ = (testId: string) => container().querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const steps = () => ['administration', 'office', 'services', 'terminal'].map((s) => $(`setup-step-${s}`)?.dataset.done);

function mount(routes: Record<string, Route>, grants: Grant[] = INSTALLATION_ADMIN) {
  seen = stubCollector(routes);
  render(<SetupChecklist grants={grants} pages={pagesFor(grants)} />, container());
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.removeItem('gradimento.dashboard.setupFolded');
});

describe('<SetupChecklist>', () => {
  it('lists the four steps of an empty installation, none done, each linking to its page', async () => {
    mount({ 'GET /api/v1/administrations': () => json([]) });
    await vi.waitFor(() => expect($('setup-checklist')).not.toBeNull());
    expect(steps()).toEqual(['false', 'false', 'false', 'false']);
    const links = [...container().querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Crea l’amministrazione', '#/administrations'],
      ['Aggiungi un ufficio', '#/offices'],
      ['Elenca i servizi', '#/services'],
      ['Crea e abbina un terminale', '#/terminals'],
    ]);
    expect($('setup-step-office')!.textContent).toContain('da fare');
  });

  it('ticks what is done, in words too; a terminal counts once paired', async () => {
    mount({
      'GET /api/v1/administrations': () => json([ALDENO]),
      'GET /api/v1/administrations/aldeno/offices': () => json([office('centro')]),
      'GET /api/v1/administrations/aldeno/services': () => json([{ id: 's', administrationId: 'aldeno', name: 'Anagrafe', standard: null, standards: [], archivedAt: null }]),
      'GET /api/v1/offices/centro/terminals': () => json([terminal(null)]),
    });
    await vi.waitFor(() => expect(steps()).toEqual(['true', 'true', 'true', 'false']));
    expect($('setup-step-services')!.textContent).toContain('fatto');
    expect($('setup-step-services')!.querySelector('.setup-mark')!.textContent).toBe('✓');
  });

  it('goes away once a terminal is paired, having asked little', async () => {
    mount({
      'GET /api/v1/administrations': () => json([ALDENO, { ...ALDENO, id: 'besenello' }]),
      'GET /api/v1/administrations/aldeno/offices': () => json([office('centro')]),
      'GET /api/v1/administrations/aldeno/services': () => json([{ id: 's', administrationId: 'aldeno', name: 'Anagrafe', standard: null, standards: [], archivedAt: null }]),
      'GET /api/v1/offices/centro/terminals': () => json([terminal('2024-06-01T08:00:00Z')]),
    });
    await vi.waitFor(() => expect(seen.some((r) => r.url.endsWith('/terminals'))).toBe(true));
    await new Promise((r) => setTimeout(r, 50));
    expect($('setup-checklist')).toBeNull();
    // Done in the first administration: the second is never asked about.
    expect(seen.filter((r) => r.url.includes('besenello'))).toEqual([]);
  });

  it('offers an administration admin no link to a page they cannot open', async () => {
    const grants: Grant[] = [{ role: 'administration_admin', administrationId: 'aldeno', officeId: null }];
    mount({ 'GET /api/v1/administrations': () => json([ALDENO]), 'GET /api/v1/administrations/aldeno/offices': () => json([]), 'GET /api/v1/administrations/aldeno/services': () => json([]) }, grants);
    await vi.waitFor(() => expect(steps()).toEqual(['true', 'false', 'false', 'false']));
    expect($('setup-step-administration')!.querySelector('a')).toBeNull();
    expect($('setup-step-office')!.querySelector('a')!.getAttribute('href')).toBe('#/offices');
  });

  it('folds to its heading, which still says how far the set-up is, and stays folded in this browser', async () => {
    const routes = {
      'GET /api/v1/administrations': () => json([ALDENO]),
      'GET /api/v1/administrations/aldeno/offices': () => json([office('centro')]),
      'GET /api/v1/administrations/aldeno/services': () => json([]),
      'GET /api/v1/offices/centro/terminals': () => json([]),
    };
    mount(routes);
    await vi.waitFor(() => expect($('setup-count')?.textContent).toBe('(2 di 4 fatti)'));
    const details = container().querySelector('details')!;
    expect(details.open).toBe(true);
    container().querySelector('summary')!.click();
    await vi.waitFor(() => expect(localStorage.getItem('gradimento.dashboard.setupFolded')).toBe('1'));
    expect(details.open).toBe(false);
    expect($('setup-step-office')!.checkVisibility()).toBe(false);
    // Another page, or the next visit: still folded, its heading and count in view.
    render(null, container());
    mount(routes);
    await vi.waitFor(() => expect($('setup-count')?.textContent).toBe('(2 di 4 fatti)'));
    expect(container().querySelector('details')!.open).toBe(false);
    expect(container().querySelector('h2')!.checkVisibility()).toBe(true);
  });
});
