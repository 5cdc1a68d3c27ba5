// The outbox as admins read it: what failed or is being retried, and sending a failed message again.
import { sql } from 'kysely';
import type { Delivery, DeliveryCounts } from '../contract/delivery';
import { recordAudit, type Actor } from '../audit/record-audit';
import { AppError } from '../http/app-error';
import type { Db } from '../store/database';
import { subscriptionOfDedupeKey } from '../subscriptions/subscription-dedupe';
import { DELIVERY_COLUMNS, toDelivery } from './outbox';
import { recipientRefusal } from './recipient-refused';
import { KEEP_FAILED_DAYS } from '../contract/delivery-paths';

export type DeliveryFilter = 'problems' | 'pending' | 'sent' | 'failed';

/** Newest first. "problems": failed for good, or still pending after a failed attempt. */
export async function listDeliveries(db: Db, administrationId: string, filter: DeliveryFilter, limit: number): Promise<Delivery[]> {
  let query = db.selectFrom('outbox').select(DELIVERY_COLUMNS).where('administration_id', '=', administrationId);
  query =
    filter === 'problems'
      ? query.where((eb) => eb.or([eb('status', '=', 'failed'), eb.and([eb('status', '=', 'pending'), eb('attempts', '>', 0)])]))
      : query.where('status', '=', filter);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  return rows.map(toDelivery);
}

/** Every message of the administration by state, however many the page lists. */
export async function countDeliveries(db: Db, administrationId: string): Promise<DeliveryCounts> {
  const rows = await db
    .selectFrom('outbox')
    .select(['status', sql<number>`case when attempts > 0 then 1 else 0 end`.as('tried'), sql<number>`count(*)`.as('n')])
    .where('administration_id', '=', administrationId)
    .groupBy(['status', sql`case when attempts > 0 then 1 else 0 end`])
    .execute();
  const counts: DeliveryCounts = { failed: 0, retrying: 0, queued: 0, sent: 0 };
  for (const r of rows) {
    const n = Number(r.n);
    if (r.status === 'pending') counts[Number(r.tried) === 1 ? 'retrying' : 'queued'] += n;
    else if (r.status === 'failed' || r.status === 'sent') counts[r.status] += n;
  }
  return counts;
}

/** A failed message goes back in the queue with its attempts reset (audited). */
export async function retryDelivery(db: Db, deliveryId: string, actor: Actor, now: Date): Promise<Delivery> {
  await db.transaction().execute(async (trx) => {
    // Locked (store/row-locks.ts): a second retry at once waits, then finds it pending and is refused.
    const row = await trx.selectFrom('outbox').select(['status', 'administration_id', 'office_id', 'recipient', 'subject', 'kind', 'source', 'dedupe_key']).where('id', '=', deliveryId).forUpdate().executeTakeFirstOrThrow();
    if (row.status !== 'failed') throw new AppError('conflict', (w) => w.deliveryNotFailed(row.status === 'sent'));
    // A report to someone who has since unsubscribed is not sent again, whoever asks.
    const subscriptionId = subscriptionOfDedupeKey(row.dedupe_key);
    if (subscriptionId) {
      const subscription = await trx.selectFrom('subscriptions').select('cancelled_at').where('id', '=', subscriptionId).executeTakeFirst();
      if (!subscription || subscription.cancelled_at) throw new AppError('conflict', (w) => w.deliveryUnsubscribed);
    }
    // Nor figures to someone disabled since, or who may no longer read them.
    const refusal = await recipientRefusal(trx, row);
    if (refusal) throw new AppError('conflict', (w) => w.deliveryRecipientRefused(row.recipient, refusal));
    await trx
      .updateTable('outbox')
      .set({ status: 'pending', attempts: 0, next_attempt_at: now.toISOString(), failed_at: null, claimed_by: null, claimed_until: null })
      .where('id', '=', deliveryId)
      .execute();
    await recordAudit(trx, { actor, administrationId: row.administration_id, action: 'delivery.retry', targetType: 'delivery', targetId: deliveryId, details: { kind: row.kind, recipient: row.recipient, subject: row.subject } }, now);
  });
  return toDelivery(await db.selectFrom('outbox').select(DELIVERY_COLUMNS).where('id', '=', deliveryId).executeTakeFirstOrThrow());
}

export async function deliveryTarget(db: Db, deliveryId: string): Promise<{ kind: 'administration'; administrationId: string } | null> {
  const row = await db.selectFrom('outbox').select('administration_id').where('id', '=', deliveryId).executeTakeFirst();
  return row ? { kind: 'administration', administrationId: row.administration_id } : null;
}

/** Sent messages older than this are removed with their attachments (a report's PDF, a recipient's address). */
export const KEEP_SENT_DAYS = 30;
// Failed ones stay KEEP_FAILED_DAYS after they were given up, listed on «Consegne» for an administrator
// to send again, then go too: a message to a recipient since disabled, or of a cancelled subscription,
// can never be sent, and its address and content must not stay for ever (docs/privacy.md).

export async function sweepOutbox(db: Db, now: Date): Promise<number> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const sent = await db
    .deleteFrom('outbox')
    .where('status', '=', 'sent')
    .where('sent_at', '<', daysAgo(KEEP_SENT_DAYS))
    // The webhook call that told of an alert still open stays: its close goes to the same receiver,
    // found through it (notify-alert.ts), however long the alert stays open.
    .where((eb) => eb('dedupe_key', 'not in', eb.selectFrom('alerts').select(sql<string>`'alert:' || id || ':alert.opened'`.as('key')).where('closed_at', 'is', null)))
    .executeTakeFirst();
  const failed = await db.deleteFrom('outbox').where('status', '=', 'failed').where('failed_at', '<', daysAgo(KEEP_FAILED_DAYS)).executeTakeFirst();
  return Number(sent.numDeletedRows) + Number(failed.numDeletedRows);
}
