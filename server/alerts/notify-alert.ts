// Tells people an alert opened or closed: through the outbox (an e-mail to the administration's admins and the office's
// managers, a signed webhook call), queued in the same transaction as the change, so nothing announced is lost.
// The e-mail is in the rule's language; the webhook's body carries the Italian `message` and the facts, as the API does.
import { ALERT_SENTENCES, describeAlert, numberWords } from '../contract/alert-sentences';
import type { Alert, AlertRule } from '../contract/alerts';
import { EMAIL_WORDS } from '../delivery/words/email-words';
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
const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Subject, text and HTML of the e-mail of an alert that opened, in the rule's language. */
export function alertEmail(rule: AlertRule, alert: Alert, dashboardUrl: string): { subject: string; text: string; html: string } {
  const words = EMAIL_WORDS[rule.language];
  const w = words.alert;
  // `message` is the Italian sentence itself; another language is written from the facts (an alert opened before
  // they were kept has only its Italian message).
  const seen = rule.language === 'it' || !alert.facts ? alert.message : describeAlert(alert.facts, ALERT_SENTENCES[rule.language], numberWords(words.locale));
  // The opening instant as the API gives it (ISO, UTC), in either language: an alert may span offices in other zones.
  const subject = w.subject(rule.name, where(alert));
  const text = [`${seen}`, '', `${w.rule}: ${rule.name}`, `${w.where}: ${where(alert)}`, `${w.openedAt}: ${alert.openedAt}`, '', `${w.seeInDashboard}: ${dashboardUrl}`, ''].join('\n');
  const html = `<p><strong>${esc(seen)}</strong></p><p>${esc(w.rule)}: ${esc(rule.name)}<br>${esc(w.where)}: ${esc(where(alert))}<br>${esc(w.openedAt)}: ${esc(alert.openedAt)}</p><p><a href="${esc(dashboardUrl)}">${esc(w.seeInDashboard)}</a></p>`;
  return { subject, text, html };
}

export async function queueAlertNotices(trx: Db, rule: AlertRule, alert: Alert, event: 'alert.opened' | 'alert.closed', dashboardUrl: string, now: Date): Promise<number> {
  let queued = 0;
  if (event === 'alert.opened' && rule.notifyEmail) {
    const { subject, text, html } = alertEmail(rule, alert, dashboardUrl);
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
