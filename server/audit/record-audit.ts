// Writes one entry of the audit log: who changed what, in the same transaction as the change.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditAction, AuditTarget } from '../contract/audit-actions';
import type { Database } from '../store/schema';

export interface Actor {
  id: string;
  email: string;
}

export interface AuditEvent {
  actor: Actor | null;
  administrationId: string | null;
  /** noun.verb: office.create, terminal.revoke, user.update... (contract/audit-actions.ts, which the dashboard names) */
  action: AuditAction;
  targetType: AuditTarget;
  targetId: string;
  /** The new values; never passwords, tokens or codes. */
  details?: Record<string, unknown>;
}

const SECRET_KEYS = /password|token|code|hash/i;

export async function recordAudit(db: Kysely<Database>, event: AuditEvent, now: Date): Promise<void> {
  const details = Object.fromEntries(Object.entries(event.details ?? {}).filter(([k]) => !SECRET_KEYS.test(k)));
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      at: now.toISOString(),
      actor_id: event.actor?.id ?? null,
      actor_email: event.actor?.email ?? null,
      administration_id: event.administrationId,
      action: event.action,
      target_type: event.targetType,
      target_id: event.targetId,
      details: JSON.stringify(details),
    })
    .execute();
}
