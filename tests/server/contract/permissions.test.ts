// Which administrations a person has any business with: the line between a 403 (theirs, not allowed)
// and a 404 (another comune's, answered as if it did not exist).
import { describe, expect, it } from 'vitest';
import { reaches, type Grant, type Target } from '../../../server/contract/permissions';

const valdoria: Target = { kind: 'administration', administrationId: 'valdoria' };
const altroveOffice: Target = { kind: 'office', administrationId: 'altrove', officeId: 'altrove-municipio' };
const valdoriaOffice: Target = { kind: 'office', administrationId: 'valdoria', officeId: 'valdoria-san-rocco' };
const grant = (role: Grant['role'], administrationId: string | null, officeId: string | null = null): Grant => ({ role, administrationId, officeId });

describe('reaches', () => {
  it('takes in every office of an administration in which the person holds any role, even one office\'s', () => {
    const manager = [grant('office_manager', 'valdoria', 'valdoria-municipio')];
    expect(reaches(manager, valdoriaOffice)).toBe(true);
    expect(reaches(manager, valdoria)).toBe(true);
  });

  it('leaves out the administrations in which they hold none', () => {
    expect(reaches([grant('administration_admin', 'valdoria')], altroveOffice)).toBe(false);
    expect(reaches([grant('viewer', 'valdoria'), grant('viewer', 'montalto')], altroveOffice)).toBe(false);
    expect(reaches([], valdoria)).toBe(false);
  });

  it('takes in everything for an installation admin, and the installation itself for everyone', () => {
    expect(reaches([grant('installation_admin', null)], altroveOffice)).toBe(true);
    expect(reaches([], { kind: 'installation' })).toBe(true);
  });
});
