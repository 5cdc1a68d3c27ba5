// A deleted webhook leaves the alert rules that called it: they go on alerting on the dashboard (and by e-mail), and the deletion's audit names them.
import type { Db } from '../store/database';

/** Run inside the webhook's deletion; answers what its audit entry adds (the rules let go, by name). */
export async function releaseWebhook(trx: Db, webhookId: string, at: Date): Promise<{ rulesReleased: string[] } | undefined> {
  const rules = await trx.selectFrom('alert_rules').select(['id', 'name']).where('webhook_id', '=', webhookId).where('deleted_at', 'is', null).orderBy('name').orderBy('id').execute();
  if (rules.length === 0) return undefined;
  await trx
    .updateTable('alert_rules')
    .set({ webhook_id: null, updated_at: at.toISOString() })
    .where('id', 'in', rules.map((r) => r.id))
    .execute();
  return { rulesReleased: rules.map((r) => r.name) };
}
