// The last recorded change of one item, from the audit log: who (by name where the person still exists) and when.
import type { LastChange } from '../contract/errors';
import type { AuditAction, AuditTarget } from '../contract/audit-actions';
import type { Db } from '../store/database';

/**
 * The newest entry among `actions` on the item, or null when the log has none (an item made before
 * the log, or changed by a migration). A person is named as the dashboard lists people; one deleted
 * since keeps the e-mail the entry was written with. Asked only when a write is refused as stale; the
 * administration walks the log's (administration_id, at) index newest first rather than the whole log.
 */
export async function getLastChange(db: Db, administrationId: string, targetType: AuditTarget, targetId: string, actions: readonly AuditAction[]): Promise<LastChange | null> {
  const row = await db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select(['audit_log.at', 'audit_log.actor_email', 'users.name'])
    .where('audit_log.administration_id', '=', administrationId)
    .where('audit_log.target_type', '=', targetType)
    .where('audit_log.target_id', '=', targetId)
    .where('audit_log.action', 'in', actions)
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { by: row.name ?? row.actor_email, at: row.at } : null;
}
