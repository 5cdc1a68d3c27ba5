// Finds which administration (and office) a request's item belongs to, for the access check.
import type { Db } from '../store/database';
import type { Target } from '../contract/permissions';

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
 * A person belongs to the smallest subtree holding all their roles: one administration when all
 * their grants are in it, else the whole installation. So an administration admin manages only
 * people who are wholly theirs, never an installation admin or someone shared with another comune.
 */
export async function userTarget(db: Db, userId: string): Promise<Target | null> {
  const user = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
  if (!user) return null;
  const grants = await db.selectFrom('grants').select(['role', 'administration_id']).where('user_id', '=', userId).execute();
  const administrations = new Set(grants.map((g) => g.administration_id));
  const only = [...administrations][0];
  if (administrations.size === 1 && only && grants.every((g) => g.role !== 'installation_admin')) return { kind: 'administration', administrationId: only };
  return { kind: 'installation' };
}

/**
 * Whether a grant's administration and office exist and fit together (the office must be one of
 * that administration); returns the problem or null. grantProblem (permissions.ts) checks the shape first.
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
  return null;
}
