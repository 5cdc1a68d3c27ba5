// Tells people an alert opened or closed: through the outbox (an e-mail to the administration's admins and the office's
// managers, a signed webhook call), queued in the same transaction as the change, so nothing announced is lost.
// The e-mail and the webhook's `message` are in the rule's language; the webhook's body carries the facts too, as the API does.
import type { Alert, AlertRule } from '../contract/alerts';
import { withLanguage } from '../contract/api';
import { EMAIL_WORDS } from '../delivery/words/email-words';
import { enqueue } from '../delivery/outbox';
import { getOfficeClock } from './queries/get-office-clock';
import { exportText } from '../reports/exports/words/export-text';
import { alertIn, alertMessage } from './alert-message';
import type { Db } from '../store/database';
import { mayReadReport } from '../subscriptions/may-read-report';

/**
 * People an alert's e-mail goes to: enabled admins of the administration, managers of the office it
 * is about, and the person who made the rule while enabled and while they may read the reports it
 * is about (an installation's admin who set a rule for an administration without admins of its own
 * would otherwise ask for e-mails nobody receives).
 */
export async function recipients(db: Db, rule: AlertRule): Promise<string[]> {
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
  const to = rows.map((r) => r.email);
  if (rule.createdBy && !to.includes(rule.createdBy)) {
    const author = await db.selectFrom('users').select(['id', 'email']).where('email', '=', rule.createdBy).where('disabled_at', 'is', null).executeTakeFirst();
    // Only while they may still read what the alert is about: an author moved to another comune, or
    // left with no role, must not go on receiving this one's figures.
    if (author && (await mayReadReport(db, author.id, rule.administrationId, rule.officeId))) to.push(author.email);
  }
  return to;
}

/**
 * The zone an alert's times are told in: its office's, or for a rule over a whole administration its
 * first office's (an administration has no zone of its own). The e-mail names it beside the time.
 */
async function zoneOf(db: Db, alert: Alert): Promise<string> {
  // The same office the rule was measured in (getOfficeClock: the first one created), not another.
  return (await getOfficeClock(db, alert.administrationId, alert.officeId)).timeZone;
}

/** `…/dashboard/#/alerts` → `…/dashboard/?administration=ID#/alerts` (the alerts page starts on it). */
function withAdministration(url: string, administrationId: string): string {
  const at = url.indexOf('#');
  const [address, fragment] = at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
  return `${address}${address.includes('?') ? '&' : '?'}administration=${encodeURIComponent(administrationId)}${fragment}`;
}

const where = (a: Alert) => [a.officeName, a.serviceName].filter(Boolean).join(', ');
const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Subject, text and HTML of the e-mail of an alert that opened, in the rule's language. */
export function alertEmail(rule: AlertRule, alert: Alert, dashboardUrl: string, timeZone: string): { subject: string; text: string; html: string } {
  const words = EMAIL_WORDS[rule.language];
  const w = words.alert;
  const seen = alertMessage(alert, rule.language);
  // The office's wall-clock time, in the e-mail's language, with the zone named: "10 marzo 2026 alle ore 10:10 (Europe/Rome)".
  const openedAt = `${exportText(rule.language).f.instant(alert.openedAt, timeZone)} (${timeZone})`;
  const subject = w.subject(rule.name, where(alert));
  // The dashboard opens in the e-mail's language, on this administration's alerts: a person who
  // reads several (an installation's admin) would otherwise land on the first one's.
  const link = withLanguage(withAdministration(dashboardUrl, alert.administrationId), rule.language);
  const text = [`${seen}`, '', `${w.rule}: ${rule.name}`, `${w.where}: ${where(alert)}`, `${w.openedAt}: ${openedAt}`, '', `${w.seeInDashboard}: ${link}`, ''].join('\n');
  // A whole document, as the report e-mails are: its language for screen readers, a readable face in any mail program.
  const html = [
    `<!doctype html><html lang="${rule.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(subject)}</title></head>`,
    '<body style="font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; line-height: 1.45; max-width: 40em; margin: 0 auto; padding: 1em;">',
    `<p><strong>${esc(seen)}</strong></p><p>${esc(w.rule)}: ${esc(rule.name)}<br>${esc(w.where)}: ${esc(where(alert))}<br>${esc(w.openedAt)}: ${esc(openedAt)}</p>`,
    `<p><a href="${esc(link)}" style="color: #0b4f8a;">${esc(w.seeInDashboard)}</a></p>`,
    '</body></html>',
  ].join('');
  return { subject, text, html };
}

export async function queueAlertNotices(trx: Db, rule: AlertRule, alert: Alert, event: 'alert.opened' | 'alert.closed', dashboardUrl: string, now: Date): Promise<number> {
  let queued = 0;
  if (event === 'alert.opened' && rule.notifyEmail) {
    const { subject, text, html } = alertEmail(rule, alert, dashboardUrl, await zoneOf(trx, alert));
    for (const to of await recipients(trx, rule)) {
      const id = await enqueue(trx, { kind: 'email', source: 'alert', dedupeKey: `alert:${alert.id}:email:${to}`, administrationId: rule.administrationId, officeId: rule.officeId, email: { to, subject, text, html } }, now);
      if (id) queued += 1;
    }
  }
  if (await queueAlertWebhook(trx, rule, alert, event, now)) queued += 1;
  return queued;
}

/**
 * The rule's webhook call for an alert opened or closed, whatever closed it: a system that opened a ticket
 * on alert.opened must hear of the close, its cause in the alert's closedBecause. False: no live webhook.
 */
export async function queueAlertWebhook(trx: Db, rule: AlertRule, alert: Alert, event: 'alert.opened' | 'alert.closed', now: Date): Promise<boolean> {
  // The close goes where the open went, though the rule's webhook changed or was taken off since: the
  // receiver that opened a ticket is the one to close it (the outbox keeps the open's call while the
  // alert is open, server/delivery/deliveries.ts).
  const opened =
    event === 'alert.closed'
      ? await trx.selectFrom('outbox').select('webhook_id').where('dedupe_key', '=', alertWebhookKey(alert.id, 'alert.opened')).executeTakeFirst()
      : undefined;
  const webhookId = opened?.webhook_id ?? rule.webhookId;
  if (!webhookId) return false;
  const hook = await trx.selectFrom('webhooks').select(['url', 'deleted_at']).where('id', '=', webhookId).executeTakeFirst();
  if (!hook || hook.deleted_at) return false;
  const body = JSON.stringify({ event, alert: alertIn(alert, rule.language), rule: { id: rule.id, name: rule.name, params: rule.params }, at: now.toISOString() });
  const id = await enqueue(trx, { kind: 'webhook', source: 'alert', dedupeKey: alertWebhookKey(alert.id, event), administrationId: rule.administrationId, officeId: rule.officeId, webhookId, url: hook.url, webhook: { event, body } }, now);
  return id !== null;
}

/** The outbox key of an alert's webhook call: one per alert and event (deliver-outbox.ts sends a close only after its open). */
export const alertWebhookKey = (alertId: string, event: 'alert.opened' | 'alert.closed') => `alert:${alertId}:${event}`;
