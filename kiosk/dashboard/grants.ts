// What the signed-in person may see and do, read from their grants: which pages, which administrations.
// The rules are the collector's own (server/contract/permissions.ts); here they only shape the pages,
// the collector still decides every request.
import { ROLES, ROLE_PERMISSIONS, allows, allowsSomewhere, type Grant, type Permission, type Role } from '../../server/contract/permissions';

export { allows, allowsSomewhere, mayGrant, ROLE_PERMISSIONS, type Permission, type Target } from '../../server/contract/permissions';

/** The roles, most powerful first. */
export const ROLE_ORDER: readonly Role[] = ROLES;

/** The dashboard's pages, in the order the navigation shows them, each with the permission that opens it. */
export const PAGES = [
  { id: 'report', permission: 'reports:read' },
  // Issue 8: one's own scheduled e-mails (and, for admins, those of their people).
  { id: 'emails', permission: 'reports:read' },
  // Issue 8: alerts (open ones live, acknowledging them; the rules for admins).
  { id: 'alerts', permission: 'reports:read' },
  { id: 'people-served', permission: 'people-served:write' },
  { id: 'offices', permission: 'administration:manage' },
  { id: 'services', permission: 'administration:manage' },
  { id: 'reasons', permission: 'administration:manage' },
  { id: 'terminals', permission: 'terminals:manage' },
  // Issue 9: channels beyond the terminals: web widget, QR codes, phone, web comments.
  { id: 'channels', permission: 'terminals:manage' },
  { id: 'people', permission: 'users:manage' },
  { id: 'api-keys', permission: 'administration:manage' },
  // Issue 8: the public transparency page's settings.
  { id: 'public-page', permission: 'administration:manage' },
  // Issue 8: the outbox (e-mails and webhook calls), failed and waiting ones first.
  { id: 'deliveries', permission: 'administration:manage' },
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
