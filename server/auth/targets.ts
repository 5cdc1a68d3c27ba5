// Finds which administration (and office) a request's item belongs to, for the access check.
import type { Db } from '../store/database';
import type { Grant, Target } from '../contract/permissions';

export async function officeTarget(db: Db, officeId: string): Promise<Target | null> {
  const row = await db.selectFrom('offices').select(['id', 'administration_id']).where('id', '=', officeId).executeTakeFirst();
  return row ? { kind: 'office', administrationId: row.administration_id, officeId: row.id } : null;
}

export async function administrationTarget(db: Db, administrationId: string): Promise<Target | null> {
  const row = await db.selectFrom('administrations').select('id').where('id', '=', administrationId).executeTakeFirst();
  return row ? { kind: 'administration', administrationId: row.id } : null;
}

export async function terminalTarget(db: Db, terminalId: string): Promise<Target | null> {
  const row = await db
    .selectFrom('terminals')
    .innerJoin('offices', 'offices.id', 'terminals.office_id')
    .select(['terminals.office_id', 'offices.administration_id'])
    .where('terminals.id', '=', terminalId)
    // A channel point's terminal row is not a terminal to pair, revoke or edit (channels/points.ts).
    .where((eb) => eb.not(eb.exists(eb.selectFrom('channel_points').select('channel_points.id').whereRef('channel_points.id', '=', 'terminals.id'))))
    .executeTakeFirst();
  return row ? { kind: 'office', administrationId: row.administration_id, officeId: row.office_id } : null;
}

export async function serviceTarget(db: Db, serviceId: string): Promise<Target | null> {
  const row = await db.selectFrom('services').select('administration_id').where('id', '=', serviceId).executeTakeFirst();
  return row ? { kind: 'administration', administrationId: row.administration_id } : null;
}

/**
 * A person lies wherever their roles do (permissions.ts): one admin manages them only by holding
 * users:manage over every one of those places. So an admin of two administrations manages someone
 * shared by both, an admin of one of them does not, and nobody but an installation admin manages one.
 */
export async function userTarget(db: Db, userId: string): Promise<Target | null> {
  const rows = await db
    .selectFrom('users')
    .leftJoin('grants', 'grants.user_id', 'users.id')
    .select(['grants.role', 'grants.administration_id', 'grants.office_id'])
    .where('users.id', '=', userId)
    .execute();
  if (rows.length === 0) return null;
  // A person without roles comes back as one row of nulls from the outer join.
  const grants = rows.filter((r) => r.role !== null).map((r) => ({ role: r.role as Grant['role'], administrationId: r.administration_id, officeId: r.office_id }));
  return { kind: 'person', grants };
}

/**
 * Whether a grant's administration and office exist, fit together (the office must be one of
 * that administration) and are not archived; returns the problem or null. grantProblem (permissions.ts)
 * checks the shape first. For the command line; the API's own check is server/admin/users/check-grants.ts.
 */
export async function grantScopeProblem(db: Db, grant: { administrationId: string | null; officeId: string | null }): Promise<string | null> {
  if (grant.administrationId && !(await administrationTarget(db, grant.administrationId))) {
    return `There is no administration "${grant.administrationId}".`;
  }
  if (grant.officeId) {
    const office = await officeTarget(db, grant.officeId);
    if (!office || office.kind !== 'office') return `There is no office "${grant.officeId}".`;
    if (office.administrationId !== grant.administrationId) {
      return `The office "${grant.officeId}" belongs to the administration "${office.administrationId}", not "${grant.administrationId}".`;
    }
  }
  // An archived place keeps its votes and reports, but nobody new takes charge of it.
  const archived = grant.administrationId
    ? (await db.selectFrom('administrations').select('archived_at').where('id', '=', grant.administrationId).executeTakeFirst())?.archived_at
    : null;
  if (archived) return `The administration "${grant.administrationId}" was archived on ${archived.slice(0, 10)}: it takes no new roles.`;
  const officeArchived = grant.officeId ? (await db.selectFrom('offices').select('archived_at').where('id', '=', grant.officeId).executeTakeFirst())?.archived_at : null;
  if (officeArchived) return `The office "${grant.officeId}" was archived on ${officeArchived.slice(0, 10)}: it takes no new roles.`;
  return null;
}
