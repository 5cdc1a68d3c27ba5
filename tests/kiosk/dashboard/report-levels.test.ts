import { describe, expect, it } from 'vitest';
import { availableLevels, lastWholeMonth, readableAdministrations } from '../../../kiosk/dashboard/report-levels';
import { OFFICES } from './fixtures/office-report';

const MANAGER = [{ role: 'office_manager' as const, administrationId: 'comune-a', officeId: 'sede-centro' }];
const ADMIN_A = [{ role: 'administration_admin' as const, administrationId: 'comune-a', officeId: null }];
const VIEWER_B = [{ role: 'viewer' as const, administrationId: 'comune-b', officeId: null }];
const INSTALLATION = [{ role: 'installation_admin' as const, administrationId: null, officeId: null }];

describe('report levels', () => {
  it('offers an office manager the office only', () => {
    expect(readableAdministrations(OFFICES, MANAGER)).toEqual([]);
    expect(availableLevels(MANAGER, [])).toEqual(['office']);
  });

  it('offers an administration to whoever reads it whole, viewers included, and never the installation', () => {
    const both = [...ADMIN_A, ...VIEWER_B];
    const administrations = readableAdministrations(OFFICES, both);
    expect(administrations.map((a) => a.id)).toEqual(['comune-a', 'comune-b']);
    expect(administrations[0]).toEqual({ id: 'comune-a', name: 'Comune di Aldeno', timeZone: 'Europe/Rome' });
    expect(availableLevels(both, administrations)).toEqual(['office', 'administration']);
  });

  it('offers the installation to its admins', () => {
    expect(availableLevels(INSTALLATION, readableAdministrations(OFFICES, INSTALLATION))).toEqual(['office', 'administration', 'installation']);
  });

  it('takes the last whole month as the bulletin’s default', () => {
    expect(lastWholeMonth('2026-11-28')).toBe('2026-10');
    expect(lastWholeMonth('2026-01-05')).toBe('2025-12');
  });
});
