// The outbox: every e-mail and webhook call is stored here before it is sent, once per dedupe key.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Delivery, OutboxStatus } from '../contract/delivery';
import type { Database } from '../store/schema';

/** A file attached to an e-mail, stored with the message so every attempt sends the same bytes. */
export interface StoredAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

export interface EmailPayload {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: StoredAttachment[];
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export interface WebhookPayload {
  /** alert.opened, alert.closed, ping. */
  event: string;
  /** The JSON body exactly as sent and signed. */
  body: string;
}

interface Common {
  /** The same key is queued once: a second enqueue with it changes nothing and answers false. */
  dedupeKey: string;
  administrationId: string;
  officeId?: string | null;
  source: 'subscription' | 'alert' | 'webhook-test';
}

export type OutgoingMessage = (Common & { kind: 'email'; email: EmailPayload }) | (Common & { kind: 'webhook'; webhookId: string; url: string; webhook: WebhookPayload });

/**
 * Stores a message to send; returns its id, or null when the key was queued before (nothing changes).
 * Takes a transaction, so a message is queued with the change it announces or not at all.
 */
export async function enqueue(db: Kysely<Database>, message: OutgoingMessage, now: Date): Promise<string | null> {
  const id = randomUUID();
  const at = now.toISOString();
  const result = await db
    .insertInto('outbox')
    .values({
      id,
      kind: message.kind,
      dedupe_key: message.dedupeKey,
      administration_id: message.administrationId,
      office_id: message.officeId ?? null,
      webhook_id: message.kind === 'webhook' ? message.webhookId : null,
      source: message.source,
      recipient: message.kind === 'email' ? message.email.to : message.url,
      subject: message.kind === 'email' ? message.email.subject : message.webhook.event,
      payload: JSON.stringify(message.kind === 'email' ? message.email : message.webhook),
      status: 'pending',
      attempts: 0,
      next_attempt_at: at,
      created_at: at,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? id : null;
}

type OutboxRow = {
  id: string;
  kind: string;
  source: string;
  administration_id: string;
  office_id: string | null;
  recipient: string;
  subject: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  failed_at: string | null;
};

export const DELIVERY_COLUMNS = ['id', 'kind', 'source', 'administration_id', 'office_id', 'recipient', 'subject', 'status', 'attempts', 'next_attempt_at', 'last_error', 'created_at', 'sent_at', 'failed_at'] as const;

export function toDelivery(r: OutboxRow): Delivery {
  return {
    id: r.id,
    kind: r.kind === 'webhook' ? 'webhook' : 'email',
    source: r.source,
    administrationId: r.administration_id,
    officeId: r.office_id,
    recipient: r.recipient,
    subject: r.subject,
    status: r.status as OutboxStatus,
    attempts: Number(r.attempts),
    nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    failedAt: r.failed_at,
  };
}
