// The role editor of the People page: every select has a label a person can read, and a name a screen reader can tell apart.
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
