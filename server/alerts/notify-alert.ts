// Tells people an alert opened or closed: through the outbox (an e-mail to the administration's admins and the office's
// managers, a signed webhook call), queued in the same transaction as the change, so nothing announced is lost.
import type { Alert, AlertRule } from '../contract/alerts';
import { enqueue } from '../delivery/outbox';
import type { Db } from '../store/database';

/** People an alert's e-mail goes to: enabled admins of the administration, and managers of the office it is about. */
async function recipients(db: Db, rule: AlertRule): Promise<string[]> {
  const rows = await db
    .selectFrom('grants as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select('u.email')
    .distinct()
    .where('u.disabled_at', 'is', null)
    .where('g.administration_id', '=', rule.administrationId)
    .where((eb) =>
      eb.or([
        eb('g.role', '=', 'administration_admin'),
        ...(rule.officeId ? [eb.and([eb('g.role', '=', 'office_manager'), eb('g.office_id', '=', rule.officeId)])] : []),
      ]),
    )
    .orderBy('u.email')
    .execute();
  return rows.map((r) => r.email);
}

const where = (a: Alert) => [a.officeName, a.serviceName].filter(Boolean).join(', ');

export async function queueAlertNotices(trx: Db, rule: AlertRule, alert: Alert, event: 'alert.opened' | 'alert.closed', dashboardUrl: string, now: Date): Promise<number> {
  let queued = 0;
  if (event === 'alert.opened' && rule.notifyEmail) {
    const subject = `Avviso gradimento: ${rule.name} (${where(alert)})`;
    const text = [`${alert.message}`, '', `Regola: ${rule.name}`, `Dove: ${where(alert)}`, `Aperto il: ${alert.openedAt}`, '', `Vedi e conferma l’avviso nel cruscotto: ${dashboardUrl}`, ''].join('\n');
    const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
    const html = `<p><strong>${esc(alert.message)}</strong></p><p>Regola: ${esc(rule.name)}<br>Dove: ${esc(where(alert))}<br>Aperto il: ${esc(alert.openedAt)}</p><p><a href="${esc(dashboardUrl)}">Vedi e conferma l’avviso nel cruscotto</a></p>`;
    for (const to of await recipients(trx, rule)) {
      const id = await enqueue(trx, { kind: 'email', source: 'alert', dedupeKey: `alert:${alert.id}:email:${to}`, administrationId: rule.administrationId, officeId: rule.officeId, email: { to, subject, text, html } }, now);
      if (id) queued += 1;
    }
  }
  if (rule.webhookId) {
    const hook = await trx.selectFrom('webhooks').select(['url', 'deleted_at']).where('id', '=', rule.webhookId).executeTakeFirst();
    if (hook && !hook.deleted_at) {
      const body = JSON.stringify({ event, alert, rule: { id: rule.id, name: rule.name, params: rule.params }, at: now.toISOString() });
      const id = await enqueue(trx, { kind: 'webhook', source: 'alert', dedupeKey: `alert:${alert.id}:${event}`, administrationId: rule.administrationId, officeId: rule.officeId, webhookId: rule.webhookId, url: hook.url, webhook: { event, body } }, now);
      if (id) queued += 1;
    }
  }
  return queued;
}
