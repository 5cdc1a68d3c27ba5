// Changing a live subscription in place: how often its report goes out, and in which language. The person
// and the report stay: another report is another subscription (the unsubscribe links already sent name this one).
import type { DashboardLanguage } from '../contract/languages';
import type { Frequency, Subscription } from '../contract/subscriptions';
import { recordAudit, type Actor } from '../audit/record-audit';
import { AppError } from '../http/app-error';
import type { Db } from '../store/database';
import { getSubscription, receivesAlready } from './subscriptions';

export interface SubscriptionChange {
  frequency: Frequency;
  language: DashboardLanguage;
}

/**
 * A new frequency takes effect at once: its first report is the first of its periods due after this
 * moment (frequency_since, read by send-reports.ts), as for a new subscriber, and the old frequency
 * sends nothing more. A new language alone leaves the schedule as it was: a report already due goes out
 * as planned, in the new language. Nothing changed: nothing stored, nothing audited.
 */
export async function updateSubscription(db: Db, id: string, change: SubscriptionChange, actor: Actor, now: Date): Promise<Subscription> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('subscriptions')
      .select(['user_id', 'administration_id', 'office_id', 'frequency', 'language'])
      .where('id', '=', id)
      .where('cancelled_at', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'There is no such e-mail subscription.');
    const newFrequency = row.frequency !== change.frequency;
    const newLanguage = row.language !== change.language;
    if (!newFrequency && !newLanguage) return;
    const same = { userId: row.user_id, administrationId: row.administration_id, officeId: row.office_id, frequency: change.frequency };
    if (newFrequency && (await receivesAlready(trx, same, id))) {
      throw new AppError('conflict', 'This person already receives this report at that frequency: stop that subscription, or choose another frequency.');
    }
    await trx
      .updateTable('subscriptions')
      .set({ frequency: change.frequency, language: change.language, ...(newFrequency ? { frequency_since: now.toISOString() } : {}) })
      .where('id', '=', id)
      .execute();
    const details = {
      userId: row.user_id,
      // No office: the administration's report.
      ...(row.office_id ? { officeId: row.office_id } : {}),
      ...(newFrequency ? { frequency: change.frequency, previousFrequency: row.frequency } : {}),
      ...(newLanguage ? { language: change.language, previousLanguage: row.language } : {}),
    };
    await recordAudit(trx, { actor, administrationId: row.administration_id, action: 'subscription.update', targetType: 'subscription', targetId: id, details }, now);
  });
  return (await getSubscription(db, id))!;
}
