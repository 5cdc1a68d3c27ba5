// Who may do what where, for the management routes: access declarations and the "inside this administration" check.
import type { FastifyRequest } from 'fastify';
import type { Grant } from '../contract/auth';
import type { Access } from '../auth/access';
import { allows, reaches, type Permission, type Target } from '../contract/permissions';
import { administrationTarget, officeTarget, serviceTarget, terminalTarget, userTarget } from '../auth/targets';
import type { Actor } from '../audit/record-audit';
import { AppError } from '../http/app-error';
import type { Db } from '../store/database';

type Params = Record<string, string>;
const param = (request: FastifyRequest, name: string) => (request.params as Params)[name]!;
const field = (request: FastifyRequest, name: string) => (request.body as Params)[name]!;

/** The permission over the item a path parameter names; an unknown item is a 404. */
export const over = {
  administration: (permission: Permission): Access => ({ permission, target: (r, db) => administrationTarget(db, param(r, 'administrationId')) }),
  office: (permission: Permission): Access => ({ permission, target: (r, db) => officeTarget(db, param(r, 'officeId')) }),
  service: (permission: Permission): Access => ({ permission, target: (r, db) => serviceTarget(db, param(r, 'serviceId')) }),
  terminal: (permission: Permission): Access => ({ permission, target: (r, db) => terminalTarget(db, param(r, 'terminalId')) }),
  user: (permission: Permission): Access => ({ permission, target: (r, db) => userTarget(db, param(r, 'userId')) }),
};

/** The permission over the parent a create request's body names (validated before this runs). */
export const overBody = {
  administration: (permission: Permission): Access => ({ permission, target: (r, db) => administrationTarget(db, field(r, 'administrationId')) }),
  office: (permission: Permission): Access => ({ permission, target: (r, db) => officeTarget(db, field(r, 'officeId')) }),
};

const INSTALLATION: Target = { kind: 'installation' };

/** installation:manage, for an existing administration named in the path (else 404, also for one the person has no role in). */
export const installationOverAdministration: Access = {
  permission: 'installation:manage',
  target: async (r, db) => {
    const administration = await administrationTarget(db, param(r, 'administrationId'));
    return administration && reaches(r.user!.grants, administration) ? INSTALLATION : null;
  },
};
export const installationOnly: Access = { permission: 'installation:manage', target: async () => INSTALLATION };

/**
 * Whether some grant gives `permission` inside the administration: over all of it, or over one
 * of its offices. allows() alone cannot say this, since an office manager holds nothing over the
 * administration as a whole, yet must see its service list to set up a terminal.
 */
export function allowsWithin(grants: readonly Grant[], permission: Permission, administrationId: string): boolean {
  return grants.some((g) =>
    allows([g], permission, g.officeId && g.administrationId === administrationId ? { kind: 'office', administrationId, officeId: g.officeId } : { kind: 'administration', administrationId }),
  );
}

/**
 * For lists inside one administration: the route is open to anyone holding the permission
 * somewhere (`target: 'somewhere'`); this route-level preHandler narrows it to people holding it
 * inside the administration of the path, and answers 404 for an unknown one (or one of another comune).
 */
export function requireWithin(db: Db, permission: Permission) {
  return async (request: FastifyRequest): Promise<void> => {
    const administrationId = param(request, 'administrationId');
    const target = await administrationTarget(db, administrationId);
    // One the person has no role in is answered as missing: its id tells nothing (reaches()).
    if (!target || !reaches(request.user!.grants, target)) throw new AppError('not_found', (w) => w.administrationMissing(administrationId));
    if (!allowsWithin(request.user!.grants, permission, administrationId)) {
      throw new AppError('forbidden', (w) => w.outsideAdministration);
    }
  };
}

export function actorOf(request: FastifyRequest): Actor {
  return { id: request.user!.id, email: request.user!.email };
}
