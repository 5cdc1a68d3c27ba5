// Alert rules as stored: listed with their office's and service's names, created after checking what they name, deleted (audited);
// changing one is update-rule.ts.
import { randomUUID } from 'node:crypto';
import type { AlertCloseCause, AlertParams, AlertRule, AlertRuleInput } from '../contract/alerts';
import { DEFAULT_DASHBOARD_LANGUAGE, isDashboardLanguage } from '../contract/languages';
import { recordAudit, type Actor } from '../audit/record-audit';
import { refuseArchived, trimName } from '../admin/checks';
import { openingHoursKnown, parseOpeningHours } from '../admin/opening-hours';
import { refuseTakenName } from '../admin/name-taken';
import { AppError, type Problem } from '../http/app-error';
import { getAlert } from './alerts';
import { queueAlertWebhook } from './notify-alert';
import type { Db } from '../store/database';

function query(db: Db) {
  return db
    .selectFrom('alert_rules as r')
    .leftJoin('offices as o', 'o.id', 'r.office_id')
    .leftJoin('services as s', 's.id', 'r.service_id')
    .select(['r.id', 'r.administration_id', 'r.office_id', 'o.name as office_name', 'r.service_id', 's.name as service_name', 'r.kind', 'r.name', 'r.params', 'r.notify_email', 'r.webhook_id', 'r.language', 'r.created_at', 'r.created_by', 'r.updated_at'])
    .where('r.deleted_at', 'is', null);
}
type Row = Awaited<ReturnType<ReturnType<typeof query>['execute']>>[number];
const toRule = (r: Row): AlertRule => ({
  id: r.id,
  administrationId: r.administration_id,
  officeId: r.office_id,
  officeName: r.office_name,
  serviceId: r.service_id,
  serviceName: r.service_name,
  name: r.name,
  params: JSON.parse(r.params) as AlertParams,
  notifyEmail: Number(r.notify_email) === 1,
  webhookId: r.webhook_id,
  language: isDashboardLanguage(r.language) ? r.language : DEFAULT_DASHBOARD_LANGUAGE,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  // Every change of its settings sets updated_at (update-rule.ts, release-webhook.ts): the version a change is checked against.
  version: r.updated_at,
});

export async function listRules(db: Db, administrationId?: string): Promise<AlertRule[]> {
  let q = query(db);
  if (administrationId) q = q.where('r.administration_id', '=', administrationId);
  return (await q.orderBy('r.created_at').orderBy('r.id').execute()).map(toRule);
}

export async function getRule(db: Db, id: string): Promise<AlertRule | null> {
  const row = await query(db).where('r.id', '=', id).executeTakeFirst();
  return row ? toRule(row) : null;
}

/** What is wrong with a rule before it is stored (created or changed): thresholds the wrong way round, items of another administration. */
export async function ruleProblems(db: Db, administrationId: string, input: AlertRuleInput): Promise<Problem[]> {
  const problems: Problem[] = [];
  const { params: p, officeId, serviceId, webhookId } = input;
  // The schema's minLength counts spaces: «   » passed it and was stored as a rule with no name.
  if (!trimName(input.name)) problems.push({ field: '/name', reason: (w) => w.blankName });
  if (!officeId && !serviceId) problems.push({ field: '/officeId', reason: (w) => w.ruleNeedsPlace });
  if (p.kind === 'negative-share' && p.closeBelowPct >= p.openAbovePct) problems.push({ field: '/params/closeBelowPct', reason: (w) => w.closeBelowNotLower });
  if (p.kind === 'low-index' && p.closeAbove <= p.openBelow) problems.push({ field: '/params/closeAbove', reason: (w) => w.closeAboveNotHigher });
  if (p.kind === 'silence' && !officeId) problems.push({ field: '/officeId', reason: (w) => w.silenceNeedsOffice });
  if (p.kind === 'charter-at-risk' && !serviceId) problems.push({ field: '/serviceId', reason: (w) => w.charterNeedsService });
  if (officeId) {
    const office = await db.selectFrom('offices').select(['administration_id', 'archived_at', 'opening_hours']).where('id', '=', officeId).executeTakeFirst();
    if (!office || office.administration_id !== administrationId) problems.push({ field: '/officeId', reason: (w) => w.noOfficeHere(officeId) });
    else if (office.archived_at) problems.push({ field: '/officeId', reason: (w) => w.officeIsArchived });
    // Silence counts opening time: in an office that gave no hours it would never open, a rule that only seems to watch.
    else if (p.kind === 'silence' && !openingHoursKnown(parseOpeningHours(office.opening_hours))) problems.push({ field: '/officeId', reason: (w) => w.silenceNeedsHours });
  }
  if (serviceId) {
    const service = await db.selectFrom('services').select(['administration_id', 'archived_at']).where('id', '=', serviceId).executeTakeFirst();
    if (!service || service.administration_id !== administrationId) problems.push({ field: '/serviceId', reason: (w) => w.noServiceHere(serviceId) });
    else if (service.archived_at) problems.push({ field: '/serviceId', reason: (w) => w.serviceIsArchived });
  }
  if (webhookId) {
    const hook = await db.selectFrom('webhooks').select(['administration_id', 'deleted_at']).where('id', '=', webhookId).executeTakeFirst();
    if (!hook || hook.deleted_at || hook.administration_id !== administrationId) problems.push({ field: '/webhookId', reason: (w) => w.noWebhookHere(webhookId) });
  }
  return problems;
}

export async function createRule(db: Db, administrationId: string, input: AlertRuleInput, actor: Actor, now: Date, emailOn: boolean): Promise<AlertRule> {
  // An archived administration changes no more; a rule there would judge nothing (rule-judgement.ts).
  const administration = await db.selectFrom('administrations').select('archived_at').where('id', '=', administrationId).executeTakeFirst();
  if (administration) refuseArchived(administration, 'administration');
  const problems = await ruleProblems(db, administrationId, input);
  if (problems.length > 0) throw new AppError('validation_failed', (w) => w.ruleInvalid, problems);
  if (input.notifyEmail && !emailOn) throw new AppError('conflict', (w) => w.ruleEmailOff);
  const id = randomUUID();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    // Among the administration's live rules (deleted ones free their name): the alert e-mails name their rule.
    await refuseTakenName(trx, 'alert rule', input.name, administrationId);
    await trx
      .insertInto('alert_rules')
      .values({
        id,
        administration_id: administrationId,
        office_id: input.officeId ?? null,
        service_id: input.serviceId ?? null,
        kind: input.params.kind,
        name: trimName(input.name),
        params: JSON.stringify(input.params),
        notify_email: input.notifyEmail ? 1 : 0,
        webhook_id: input.webhookId ?? null,
        language: input.language ?? DEFAULT_DASHBOARD_LANGUAGE,
        created_at: at,
        created_by: actor.email,
        updated_at: at,
        deleted_at: null,
      })
      .execute();
    await recordAudit(trx, { actor, administrationId, action: 'alert-rule.create', targetType: 'alert-rule', targetId: id, details: { name: trimName(input.name), officeId: input.officeId ?? null, serviceId: input.serviceId ?? null, params: input.params, language: input.language ?? DEFAULT_DASHBOARD_LANGUAGE } }, now);
  });
  return (await getRule(db, id))!;
}

/** Deleted, not erased: its alerts stay in the history; an open one is closed with it. */
export async function deleteRule(db: Db, id: string, actor: Actor, now: Date): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    // The rule's row first, as updateRule locks it: a second deletion (or a change) at once waits, then finds it deleted.
    await trx.selectFrom('alert_rules').select('id').where('id', '=', id).forUpdate().execute();
    const rule = await getRule(trx, id);
    if (!rule) throw new AppError('not_found', (w) => w.ruleMissing);
    await trx.updateTable('alert_rules').set({ deleted_at: now.toISOString(), updated_at: now.toISOString() }).where('id', '=', id).execute();
    const closed = await closeOpenAlert(trx, rule, 'rule-deleted', now);
    await recordAudit(trx, { actor, administrationId: rule.administrationId, action: 'alert-rule.delete', targetType: 'alert-rule', targetId: id, details: { name: rule.name } }, now);
    return closed;
  });
}

/**
 * Closes the rule's open alert, if any: the rule stopped ('rule-deleted'), or it measures something else now
 * ('rule-changed'). The cause is stored with it, so the alert does not read as a problem gone away. No e-mail
 * (people are told of openings only), but the webhook `rule` had, as it was before the change, is called with
 * alert.closed, as a recovery calls it: a system that opened a ticket on alert.opened would otherwise keep it
 * open for ever. Returns the closed alert's id (at most one: open_key is unique).
 */
export async function closeOpenAlert(trx: Db, rule: AlertRule, because: Exclude<AlertCloseCause, 'recovered'>, now: Date): Promise<string[]> {
  const open = await trx.selectFrom('alerts').select('id').where('open_key', '=', rule.id).execute();
  await trx.updateTable('alerts').set({ status: 'closed', closed_at: now.toISOString(), closed_because: because, open_key: null }).where('open_key', '=', rule.id).execute();
  for (const { id } of open) await queueAlertWebhook(trx, rule, (await getAlert(trx, id))!, 'alert.closed', now);
  return open.map((a) => a.id);
}

export async function ruleTarget(db: Db, id: string) {
  const row = await db.selectFrom('alert_rules').select('administration_id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return row ? ({ kind: 'administration', administrationId: row.administration_id } as const) : null;
}
