// The dashboard's reading of grants: pages per role, scopes, roles one may hand out.
import { describe, expect, it } from 'vitest';
import type { Grant } from '../../../server/contract/auth';
import { grantableRoles, pagesFor, scopeOf } from '../../../kiosk/dashboard/grants';

const installation: Grant = { role: 'installation_admin', administrationId: null, officeId: null };
const adminA: Grant = { role: 'administration_admin', administrationId: 'a', officeId: null };
const managerA1: Grant = { role: 'office_manager', administrationId: 'a', officeId: 'a1' };
const viewerB: Grant = { role: 'viewer', administrationId: 'b', officeId: null };

describe('pagesFor', () => {
  it('gives each role the pages its permissions open', () => {
    expect(pagesFor([installation])).toEqual(['report', 'emails', 'alerts', 'people-served', 'offices', 'services', 'reasons', 'terminals', 'channels', 'people', 'api-keys', 'public-page', 'deliveries', 'audit', 'administrations']);
    expect(pagesFor([adminA])).toEqual(['report', 'emails', 'alerts', 'people-served', 'offices', 'services', 'reasons', 'terminals', 'channels', 'people', 'api-keys', 'public-page', 'deliveries', 'audit']);
    expect(pagesFor([managerA1])).toEqual(['report', 'emails', 'alerts', 'people-served', 'terminals', 'channels']);
    // Everyone who reads a report may have it e-mailed and sees its alerts.
    expect(pagesFor([viewerB])).toEqual(['report', 'emails', 'alerts']);
  });

  it('joins the pages of several roles and always keeps the report', () => {
    expect(pagesFor([viewerB, managerA1])).toEqual(['report', 'emails', 'alerts', 'people-served', 'terminals', 'channels']);
    expect(pagesFor([])).toEqual(['report']);
  });
});

describe('scopeOf', () => {
  it('says where a permission reaches', () => {
    expect(scopeOf([installation], 'terminals:manage').everywhere).toBe(true);
    expect(scopeOf([adminA, managerA1, { ...managerA1, administrationId: 'c', officeId: 'c7' }], 'terminals:manage')).toEqual({
      everywhere: false,
      administrationIds: ['a'],
      // a1 is inside administration a, already reached whole.
      offices: [{ administrationId: 'c', officeId: 'c7' }],
    });
    expect(scopeOf([managerA1, viewerB], 'administration:manage')).toEqual({ everywhere: false, administrationIds: [], offices: [] });
  });
});

describe('roles one may hand out', () => {
  it('keeps the installation admin role for installation admins', () => {
    expect(grantableRoles([installation])).toEqual(['installation_admin', 'administration_admin', 'office_manager', 'viewer']);
    expect(grantableRoles([adminA])).toEqual(['administration_admin', 'office_manager', 'viewer']);
    expect(grantableRoles([managerA1])).toEqual([]);
  });
});
