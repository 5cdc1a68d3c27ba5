// What each role may do, over which subtree: the one place where authorization is decided.
// The collector enforces it on every request; the dashboard reads it to shape its pages. No TypeBox
// here, so browser bundles may import it.

/**
 * Roles, each held over a subtree of the installation:
 * installation_admin (everything), administration_admin (one administration: its offices,
 * services, terminals, users), office_manager (reports and terminals of one office; a person
 * may hold it for several), viewer (reports only, of one administration or one office).
 */
export const ROLES = ['installation_admin', 'administration_admin', 'office_manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** One role over one subtree (the shape of contract/auth.ts's GrantSchema). */
export interface Grant {
  role: Role;
  /** null only for installation_admin. */
  administrationId: string | null;
  /** Set for office_manager, optional for viewer. */
  officeId: string | null;
}

/**
 * installation:manage  create and archive administrations (installation admins only)
 * administration:manage  offices, services, reasons of an administration
 * users:manage  people and their roles within an administration
 * terminals:manage  create, pair, revoke terminals of an office
 * reports:read  reports of an office
 * people-served:write  how many people an office served, per service and day (participation)
 * audit:read  the audit log of an administration
 */
export const PERMISSIONS = ['installation:manage', 'administration:manage', 'users:manage', 'terminals:manage', 'reports:read', 'people-served:write', 'audit:read'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** A place of the installation: the installation itself, an administration, or one office of it. */
export type Place = { kind: 'installation' } | { kind: 'administration'; administrationId: string } | { kind: 'office'; administrationId: string; officeId: string };

/**
 * Where an action lands: a place, or a person, who lies wherever their roles do. A person shared by
 * two administrations lies in both: no single place holds them, so they are checked role by role.
 */
export type Target = Place | { kind: 'person'; grants: readonly Grant[] };

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  installation_admin: PERMISSIONS,
  administration_admin: ['administration:manage', 'users:manage', 'terminals:manage', 'reports:read', 'people-served:write', 'audit:read'],
  office_manager: ['terminals:manage', 'reports:read', 'people-served:write'],
  viewer: ['reports:read'],
};

/** The place a grant is held over. */
function placeOf(grant: Grant): Place {
  if (grant.role === 'installation_admin' || !grant.administrationId) return { kind: 'installation' };
  return grant.officeId ? { kind: 'office', administrationId: grant.administrationId, officeId: grant.officeId } : { kind: 'administration', administrationId: grant.administrationId };
}

/** Whether a grant's subtree contains the place. */
function covers(grant: Grant, target: Place): boolean {
  if (grant.role === 'installation_admin') return true;
  if (target.kind === 'installation') return false;
  if (grant.administrationId !== target.administrationId) return false;
  if (grant.officeId === null) return true;
  return target.kind === 'office' && grant.officeId === target.officeId;
}

export function allows(grants: readonly Grant[], permission: Permission, target: Target): boolean {
  // Acting on a person takes the permission over every place they hold a role in (for users:manage:
  // mayGrant of each of their roles), so nobody gains a hold over a role beyond their own. Someone
  // without any role is the installation's to manage.
  if (target.kind === 'person') {
    return target.grants.length ? target.grants.every((g) => allows(grants, permission, placeOf(g))) : allows(grants, permission, { kind: 'installation' });
  }
  return grants.some((g) => ROLE_PERMISSIONS[g.role].includes(permission) && covers(g, target));
}

/**
 * Whether the person has any business with the target's administration: a role in it, or over the
 * installation. Items of an administration they have none in are answered as missing (404), not
 * refused (403), so that nobody learns which ids exist in another comune.
 */
export function reaches(grants: readonly Grant[], target: Target): boolean {
  // A person is someone of theirs when one of the person's places is (one held over the installation, or none, always is).
  if (target.kind === 'person') return target.grants.length === 0 || target.grants.some((g) => reaches(grants, placeOf(g)));
  if (target.kind === 'installation') return true;
  return grants.some((g) => g.role === 'installation_admin' || g.administrationId === target.administrationId);
}

/** Whether some grant gives the permission anywhere: the door to list routes, which then filter. */
export function allowsSomewhere(grants: readonly Grant[], permission: Permission): boolean {
  return grants.some((g) => ROLE_PERMISSIONS[g.role].includes(permission));
}

/**
 * Whether `actor` may hand out `grant`: only within what the actor administers, and the
 * installation admin role only by an installation admin.
 */
export function mayGrant(actor: readonly Grant[], grant: Grant): boolean {
  if (grant.role === 'installation_admin') return allows(actor, 'installation:manage', { kind: 'installation' });
  if (!grant.administrationId) return false;
  return allows(actor, 'users:manage', placeOf(grant));
}

/** A grant's shape must fit its role; returns the problem or null. */
export function grantProblem(grant: Grant): string | null {
  switch (grant.role) {
    case 'installation_admin':
      return grant.administrationId === null && grant.officeId === null ? null : 'installation_admin covers everything: administrationId and officeId must be null';
    case 'administration_admin':
      return grant.administrationId && grant.officeId === null ? null : 'administration_admin needs an administrationId and no officeId';
    case 'office_manager':
      return grant.administrationId && grant.officeId ? null : 'office_manager needs an administrationId and an officeId';
    case 'viewer':
      return grant.administrationId ? null : 'viewer needs an administrationId (and optionally an officeId)';
  }
}
