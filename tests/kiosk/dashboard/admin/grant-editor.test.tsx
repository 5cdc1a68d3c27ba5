// The role editor of the People page: every select has a label a person can read, and a name a screen reader can tell apart;
// archived places are never offered, but a role held on one since before shows it as it is.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Administration, Office } from '../../../../server/contract/admin';
import type { Grant } from '../../../../server/contract/auth';
import '../../../../kiosk/dashboard/dashboard.css';
import '../../../../kiosk/dashboard/admin/admin.css';
import { GrantEditor } from '../../../../kiosk/dashboard/admin/grant-editor';
import { INSTALLATION_ADMIN, json, stubCollector } from '../fixtures/fake-collector';

const ALDENO: Administration = { id: 'aldeno', name: 'Comune di Aldeno', createdAt: '2024-01-01T00:00:00Z', archivedAt: null };
const CENTRO: Office = { id: 'aldeno-centro', administrationId: 'aldeno', name: 'Sede centrale', address: '', timeZone: 'Europe/Rome', openingHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, holidays: [], archivedAt: null };
const GRANTS: Grant[] = [
  { role: 'office_manager', administrationId: 'aldeno', officeId: 'aldeno-centro' },
  { role: 'viewer', administrationId: 'aldeno', officeId: null },
];

let container: HTMLElement;

beforeEach(() => {
  stubCollector({ 'GET /api/v1/administrations/aldeno/offices': () => json([CENTRO]) });
  container = document.createElement('div');
  document.body.append(container);
  render(<GrantEditor actor={INSTALLATION_ADMIN} administrations={[ALDENO]} value={GRANTS} onChange={() => {}} />, container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
});

describe('<GrantEditor>', () => {
  it('labels each select with a visible word, and numbers the rows for screen readers', async () => {
    await vi.waitFor(() => expect(container.querySelectorAll('select')).toHaveLength(6));
    const seen = [...container.querySelectorAll('select')].map((select) => {
      const labels = [...select.labels];
      expect(labels, select.dataset.testid).toHaveLength(1);
      const label = labels[0]!;
      // Drawn on screen, not an aria-label only a screen reader hears.
      expect(label.getBoundingClientRect().width, select.dataset.testid).toBeGreaterThan(10);
      expect(select.getAttribute('aria-label')).toBeNull();
      const drawn = label.cloneNode(true) as HTMLElement;
      drawn.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
      return { shown: drawn.textContent!.trim(), name: label.textContent!.replace(/\s+/g, ' ').trim() };
    });
    expect(seen.map((s) => s.shown)).toEqual(['Ruolo', 'Amministrazione', 'Ufficio', 'Ruolo', 'Amministrazione', 'Ufficio']);
    expect(new Set(seen.map((s) => s.name)).size).toBe(6);
    expect(seen[3]!.name).toBe('Ruolo 2');
  });
});

describe('<GrantEditor> and archived places', () => {
  const ARCHIVED_AT = '2026-02-01T09:00:00.000Z';
  const CLOSED: Administration = { id: 'borgo', name: 'Comune di Borgo', createdAt: '2024-01-01T00:00:00Z', archivedAt: ARCHIVED_AT };
  const OLD_SITE: Office = { ...CENTRO, id: 'aldeno-vecchia', name: 'Vecchia sede', archivedAt: ARCHIVED_AT };
  const optionsOf = (select: Element) => [...select.querySelectorAll('option')].map((o) => o.textContent);
  const show = (value: Grant[]) => render(<GrantEditor actor={INSTALLATION_ADMIN} administrations={[CLOSED, ALDENO]} value={value} onChange={() => {}} />, container);

  beforeEach(() => {
    render(null, container);
    stubCollector({ 'GET /api/v1/administrations/aldeno/offices': () => json([OLD_SITE, CENTRO]) });
  });

  it('offers only live administrations and offices for a new role', async () => {
    show([{ role: 'office_manager', administrationId: 'aldeno', officeId: 'aldeno-centro' }]);
    await vi.waitFor(() => expect(container.querySelectorAll('select')).toHaveLength(3));
    const [, administration, office] = container.querySelectorAll('select');
    expect(optionsOf(administration!)).toEqual(['Comune di Aldeno']);
    await vi.waitFor(() => expect(optionsOf(office!)).toEqual(['Sede centrale']));
  });

  it('shows a role held on an archived office or administration as it is, marked archived', async () => {
    show([
      { role: 'office_manager', administrationId: 'aldeno', officeId: 'aldeno-vecchia' },
      { role: 'administration_admin', administrationId: 'borgo', officeId: null },
    ]);
    await vi.waitFor(() => expect(container.querySelectorAll('select')).toHaveLength(5));
    const [, , office, , administration] = [...container.querySelectorAll('select')];
    await vi.waitFor(() => expect(optionsOf(office!)).toEqual(['Vecchia sede (archiviato)', 'Sede centrale']));
    expect((office as HTMLSelectElement).value).toBe('aldeno-vecchia');
    expect(optionsOf(administration!)).toEqual(['Comune di Borgo (archiviata)', 'Comune di Aldeno']);
    expect((administration as HTMLSelectElement).value).toBe('borgo');
  });
});
