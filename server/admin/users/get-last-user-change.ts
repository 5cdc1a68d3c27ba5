// The last recorded change of a person, from the audit log: who (by name where they still exist) and when; named in a stale refusal.
import type { LastChange } from '../../contract/errors';
import type { Grant } from '../../contract/auth';
import type { Db } from '../../store/database';

/**
 * getLastChange (server/audit/get-last-change.ts) for a person, who may lie in several administrations:
 * their entries carry the one administration the change touched, or none when it touched several or
 * the whole installation. The newest entry always touched their roles as they are now, so the entries
 * of those administrations and the ones with none hold it; the log's (administration_id, at) index
 * finds them, not a walk of the whole log. Asked only when a write is refused as stale.
 */
export async function getLastUserChange(db: Db, userId: string, grants: readonly Grant[]): Promise<LastChange | null> {
  const administrations = [...new Set(grants.flatMap((g) => (g.administrationId ? [g.administrationId] : [])))];
  const row = await db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select(['audit_log.at', 'audit_log.actor_email', 'users.name'])
    .where((eb) => eb.or([eb('audit_log.administration_id', 'is', null), ...(administrations.length ? [eb('audit_log.administration_id', 'in', administrations)] : [])]))
    .where('audit_log.target_type', '=', 'user')
    .where('audit_log.target_id', '=', userId)
    .where('audit_log.action', 'in', ['user.create', 'user.update'])
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { by: row.name ?? row.actor_email, at: row.at } : null;
}
