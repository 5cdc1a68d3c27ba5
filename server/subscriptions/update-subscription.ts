// Changing a live subscription in place: how often its report goes out, and in which language. The person
// and the report stay: another report is another subscription (the unsubscribe links already sent name this one).
import type { DashboardLanguage } from '../contract/languages';
import type { Frequency, Subscription } from '../contract/subscriptions';
import { recordAudit, type Actor } from '../audit/record-audit';
import { AppError } from '../http/app-error';
import type { Db } from '../store/database';
import { getGrants } from '../auth/sessions';
import { allows, type Target } from '../contract/permissions';
import { owedPeriods, timeZoneOf, type Schedule } from './owed-periods';
import { getSubscription, receivesAlready } from './subscriptions';

export interface SubscriptionChange {
  frequency: Frequency;
  language: DashboardLanguage;
}

/**
 * A new frequency takes effect at once: its first report is the first of its periods due after this
 * moment (frequency_since, read by send-reports.ts), as for a new subscriber, and the old frequency
 * sends nothing more. So a report the old frequency owes and has not queued yet (the job looks every
 * 10 minutes, and catches up after a collector was down) would be lost: the change is refused until it
 * is out. A new language alone leaves the schedule as it was: a report already due goes out as planned,
 * in the new language. Nothing changed: nothing stored, nothing audited.
 */
export async function updateSubscription(db: Db, id: string, change: SubscriptionChange, actor: Actor, now: Date): Promise<Subscription> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('subscriptions')
      .select(['id', 'user_id', 'administration_id', 'office_id', 'frequency', 'language', 'created_at', 'frequency_since'])
      .where('id', '=', id)
      .where('cancelled_at', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', (w) => w.subscriptionMissing);
    const newFrequency = row.frequency !== change.frequency;
    const newLanguage = row.language !== change.language;
    if (!newFrequency && !newLanguage) return;
    const same = { userId: row.user_id, administrationId: row.administration_id, officeId: row.office_id, frequency: change.frequency };
    if (newFrequency && (await receivesAlready(trx, same, id))) {
      throw new AppError('conflict', (w) => w.receivesAtThatFrequency);
    }
    if (newFrequency) await refuseWhileOwed(trx, row, now);
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

/** The old frequency's report due and not queued yet would never go out after the change: refused until it is queued. */
async function refuseWhileOwed(db: Db, row: Schedule & { user_id: string }, now: Date): Promise<void> {
  // Someone disabled, or who may no longer read the report, is sent nothing (send-reports.ts reads only
  // enabled people's subscriptions): nothing is owed them, and nothing will come to wait for.
  const person = await db.selectFrom('users').select('disabled_at').where('id', '=', row.user_id).executeTakeFirst();
  if (!person || person.disabled_at) return;
  const target: Target = row.office_id ? { kind: 'office', administrationId: row.administration_id, officeId: row.office_id } : { kind: 'administration', administrationId: row.administration_id };
  if (!allows(await getGrants(db, row.user_id), 'reports:read', target)) return;
  const owed = await owedPeriods(db, row, await timeZoneOf(db, row), now);
  if (owed.length === 0) return;
  const first = owed[0]!;
  throw new AppError('conflict', (w) => w.reportOwed(first.from, first.to, owed.length - 1));
}
