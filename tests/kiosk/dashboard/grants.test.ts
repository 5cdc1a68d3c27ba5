// The dashboard's reading of grants: pages per role, scopes, roles one may hand out, and agreement with the collector's rules.
import { describe, expect, it } from 'vitest';
import type { Grant } from '../../../server/contract/auth';
import * as server from '../../../server/auth/permissions';
import { allows, grantableRoles, mayGrant, pagesFor, ROLE_ORDER, ROLE_PERMISSIONS, scopeOf, type Target } from '../../../kiosk/dashboard/grants';

const installation: Grant = { role: 'installation_admin', administrationId: null, officeId: null };
const adminA: Grant = { role: 'administration_admin', administrationId: 'a', officeId: null };
const managerA1: Grant = { role: 'office_manager', administrationId: 'a', officeId: 'a1' };
const viewerB: Grant = { role: 'viewer', administrationId: 'b', officeId: null };

describe('pagesFor', () => {
  it('gives each role the pages its permissions open', () => {
    expect(pagesFor([installation])).toEqual(['report', 'offices', 'services', 'reasons', 'terminals', 'people', 'audit', 'administrations']);
    expect(pagesFor([adminA])).toEqual(['report', 'offices', 'services', 'reasons', 'terminals', 'people', 'audit']);
    expect(pagesFor([managerA1])).toEqual(['report', 'terminals']);
    expect(pagesFor([viewerB])).toEqual(['report']);
  });

  it('joins the pages of several roles and always keeps the report', () => {
    expect(pagesFor([viewerB, managerA1])).toEqual(['report', 'terminals']);
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

describe('agreement with server/auth/permissions.ts', () => {
  const grants: Grant[] = [installation, adminA, managerA1, viewerB, { role: 'viewer', administrationId: 'a', officeId: 'a2' }];
  const targets: Target[] = [
    { kind: 'installation' },
    { kind: 'administration', administrationId: 'a' },
    { kind: 'administration', administrationId: 'b' },
    { kind: 'office', administrationId: 'a', officeId: 'a1' },
    { kind: 'office', administrationId: 'a', officeId: 'a2' },
    { kind: 'office', administrationId: 'b', officeId: 'b1' },
  ];

  it('has the same permissions per role', () => {
    expect(ROLE_ORDER).toEqual([...(['installation_admin', 'administration_admin', 'office_manager', 'viewer'] as const)]);
    for (const role of ROLE_ORDER) {
      for (const permission of server.PERMISSIONS) {
        const grant: Grant = role === 'installation_admin' ? installation : { role, administrationId: 'a', officeId: role === 'office_manager' ? 'a1' : null };
        expect(ROLE_PERMISSIONS[role].includes(permission), `${role} ${permission}`).toBe(server.allowsSomewhere([grant], permission));
      }
    }
  });

  it('decides every grant, permission and target alike, and who may grant what', () => {
    for (const g of grants) {
      for (const permission of server.PERMISSIONS) {
        for (const target of targets) expect(allows([g], permission, target), `${g.role} ${permission} ${JSON.stringify(target)}`).toBe(server.allows([g], permission, target));
      }
      for (const h of grants) expect(mayGrant([g], h), `${g.role} grants ${JSON.stringify(h)}`).toBe(server.mayGrant([g], h));
    }
  });
});
