// What the signed-in person may see and do, read from their grants: which pages, which administrations, which roles to hand out.
// A mirror of server/auth/permissions.ts, only to shape the pages: the collector decides every request.
// tests/kiosk/dashboard/grants.test.ts compares the two, so they cannot drift apart unnoticed.
import type { Grant, Role } from '../../server/contract/auth';

export type Permission = 'installation:manage' | 'administration:manage' | 'users:manage' | 'terminals:manage' | 'reports:read' | 'audit:read';
export type Target = { kind: 'installation' } | { kind: 'administration'; administrationId: string } | { kind: 'office'; administrationId: string; officeId: string };

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  installation_admin: ['installation:manage', 'administration:manage', 'users:manage', 'terminals:manage', 'reports:read', 'audit:read'],
  administration_admin: ['administration:manage', 'users:manage', 'terminals:manage', 'reports:read', 'audit:read'],
  office_manager: ['terminals:manage', 'reports:read'],
  viewer: ['reports:read'],
};

/** The roles, most powerful first (the contract's ROLES, which lives in a TypeBox module). */
export const ROLE_ORDER: readonly Role[] = ['installation_admin', 'administration_admin', 'office_manager', 'viewer'];

function covers(grant: Grant, target: Target): boolean {
  if (grant.role === 'installation_admin') return true;
  if (target.kind === 'installation') return false;
  if (grant.administrationId !== target.administrationId) return false;
  if (grant.officeId === null) return true;
  return target.kind === 'office' && grant.officeId === target.officeId;
}

export function allows(grants: readonly Grant[], permission: Permission, target: Target): boolean {
  return grants.some((g) => ROLE_PERMISSIONS[g.role].includes(permission) && covers(g, target));
}

export function allowsSomewhere(grants: readonly Grant[], permission: Permission): boolean {
  return grants.some((g) => ROLE_PERMISSIONS[g.role].includes(permission));
}

/** Whether `actor` may hand out `grant` (same rule as the collector's mayGrant). */
export function mayGrant(actor: readonly Grant[], grant: Grant): boolean {
  if (grant.role === 'installation_admin') return allows(actor, 'installation:manage', { kind: 'installation' });
  if (!grant.administrationId) return false;
  const target: Target = grant.officeId
    ? { kind: 'office', administrationId: grant.administrationId, officeId: grant.officeId }
    : { kind: 'administration', administrationId: grant.administrationId };
  return allows(actor, 'users:manage', target);
}

/** The dashboard's pages, in the order the navigation shows them, each with the permission that opens it. */
export const PAGES = [
  { id: 'report', permission: 'reports:read' },
  { id: 'offices', permission: 'administration:manage' },
  { id: 'services', permission: 'administration:manage' },
  { id: 'reasons', permission: 'administration:manage' },
  { id: 'terminals', permission: 'terminals:manage' },
  { id: 'people', permission: 'users:manage' },
  { id: 'audit', permission: 'audit:read' },
  { id: 'administrations', permission: 'installation:manage' },
] as const satisfies readonly { id: string; permission: Permission }[];
export type PageId = (typeof PAGES)[number]['id'];

/**
 * The pages this person's navigation shows. The report is always there: with no readable office it
 * says so, which is clearer than an empty screen.
 */
export function pagesFor(grants: readonly Grant[]): PageId[] {
  return PAGES.filter((p) => p.id === 'report' || allowsSomewhere(grants, p.permission)).map((p) => p.id);
}

/** Where a permission reaches: everywhere, or these whole administrations plus these single offices. */
export interface Scope {
  everywhere: boolean;
  administrationIds: string[];
  /** Offices reached one by one (an office manager's), with their administration. */
  offices: { administrationId: string; officeId: string }[];
}

export function scopeOf(grants: readonly Grant[], permission: Permission): Scope {
  const scope: Scope = { everywhere: false, administrationIds: [], offices: [] };
  for (const g of grants) {
    if (!ROLE_PERMISSIONS[g.role].includes(permission)) continue;
    if (g.role === 'installation_admin') scope.everywhere = true;
    else if (g.administrationId && g.officeId === null) {
      if (!scope.administrationIds.includes(g.administrationId)) scope.administrationIds.push(g.administrationId);
    } else if (g.administrationId && g.officeId) {
      scope.offices.push({ administrationId: g.administrationId, officeId: g.officeId });
    }
  }
  // An office inside an administration already reached whole adds nothing.
  scope.offices = scope.offices.filter((o) => !scope.administrationIds.includes(o.administrationId));
  return scope;
}

/** The roles this person may hand out somewhere: installation admin only by an installation admin. */
export function grantableRoles(grants: readonly Grant[]): Role[] {
  if (!allowsSomewhere(grants, 'users:manage')) return [];
  return ROLE_ORDER.filter((r) => r !== 'installation_admin' || allows(grants, 'installation:manage', { kind: 'installation' }));
}
