// Which administrations a person has any business with: the line between a 403 (theirs, not allowed)
// and a 404 (another comune's, answered as if it did not exist); and who manages a person.
import { describe, expect, it } from 'vitest';
import { allows, reaches, type Grant, type Target } from '../../../server/contract/permissions';

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

describe('a person as the target', () => {
  const person = (...grants: Grant[]): Target => ({ kind: 'person', grants });
  const shared = person(grant('viewer', 'valdoria'), grant('viewer', 'montalto', 'montalto-municipio'));
  const adminOfBoth = [grant('administration_admin', 'valdoria'), grant('administration_admin', 'montalto')];
  const adminOfOne = [grant('administration_admin', 'valdoria')];

  it('is managed by whoever holds users:manage over every place the person has a role in', () => {
    expect(allows(adminOfBoth, 'users:manage', shared)).toBe(true);
    expect(allows(adminOfOne, 'users:manage', shared)).toBe(false);
    expect(allows([grant('installation_admin', null)], 'users:manage', shared)).toBe(true);
    // An office's manager holds no users:manage, even over their own office's viewer.
    expect(allows([grant('office_manager', 'valdoria', 'valdoria-municipio')], 'users:manage', person(grant('viewer', 'valdoria', 'valdoria-municipio')))).toBe(false);
  });

  it('leaves installation admins, and people without roles, to installation admins', () => {
    expect(allows(adminOfBoth, 'users:manage', person(grant('installation_admin', null)))).toBe(false);
    expect(allows(adminOfBoth, 'users:manage', person())).toBe(false);
    expect(allows([grant('installation_admin', null)], 'users:manage', person())).toBe(true);
  });

  it('is reached through any of their administrations: a 403 for the admin of one, a 404 for a stranger', () => {
    expect(reaches(adminOfOne, shared)).toBe(true);
    expect(reaches([grant('administration_admin', 'altrove')], shared)).toBe(false);
    expect(reaches([grant('administration_admin', 'altrove')], person(grant('installation_admin', null)))).toBe(true);
  });
});
