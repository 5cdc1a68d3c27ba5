// Reads the audit log newest first: one administration's entries, or the whole installation's.
import type { AuditEntry } from '../../contract/admin';
import { sql } from 'kysely';
import type { Db } from '../../store/database';

export interface AuditQuery {
  /** null: every entry of the installation. */
  administrationId: string | null;
  /** Only entries strictly older than this instant: the next page starts at the last entry's `at`. */
  before?: string;
  /**
   * With `before`: the last entry's id. Entries written in the same millisecond share their `at`, and
   * a page that ended among them would have skipped the rest for good; the cursor is the pair, in the
   * list's own order (at, then id, both descending).
   */
  beforeId?: string;
  /** Only entries at or after this instant. */
  after?: string;
  targetType?: string;
  /** Only entries by people whose e-mail contains this, letter case aside. */
  actor?: string;
  limit: number;
}

export async function listAudit(db: Db, q: AuditQuery): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (q.administrationId !== null) query = query.where('administration_id', '=', q.administrationId);
  // Stored as ISO text in UTC: normalise the bound the same way so text order is time order.
  if (q.before) {
    const at = new Date(q.before).toISOString();
    const beforeId = q.beforeId;
    query = beforeId === undefined ? query.where('at', '<', at) : query.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', beforeId)])]));
  }
  if (q.after) query = query.where('at', '>=', new Date(q.after).toISOString());
  if (q.targetType) query = query.where('target_type', '=', q.targetType);
  // A part of the e-mail, as typed: its LIKE wildcards are taken literally (escaped, with the escape said for SQLite).
  if (q.actor) {
    const pattern = `%${q.actor.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(sql<boolean>`lower(actor_email) like ${pattern} escape '\\'`);
  }
  const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor_id && r.actor_email ? { id: r.actor_id, email: r.actor_email } : null,
    administrationId: r.administration_id,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
}
