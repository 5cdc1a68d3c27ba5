// Changing an alert rule in place: the whole rule, checked as a new one, audited with what changed before and
// after. The rule keeps its id, so its past alerts stay its history.
import type { AlertParams, AlertRule, AlertRuleInput } from '../contract/alerts';
import { DEFAULT_DASHBOARD_LANGUAGE } from '../contract/languages';
import { recordAudit, type Actor } from '../audit/record-audit';
import { trimName } from '../admin/checks';
import { refuseTakenName, sameName } from '../admin/name-taken';
import { AppError } from '../http/app-error';
import type { Db } from '../store/database';
import { closeOpenAlert, getRule, ruleProblems } from './rules';

export interface RuleUpdate {
  rule: AlertRule;
  /** The alert closed because the rule measures something else now (at most one). */
  closedAlerts: string[];
}

/** A rule's settings as compared before and after. */
interface Settings {
  name: string;
  officeId: string | null;
  serviceId: string | null;
  params: AlertParams;
  notifyEmail: boolean;
  webhookId: string | null;
  language: string;
}

/** Thresholds compared by value: the same numbers written in another key order are no change. */
const sameParams = (a: AlertParams, b: AlertParams) => {
  const keys = Object.keys(a) as (keyof AlertParams)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

async function webhookName(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await db.selectFrom('webhooks').select('name').where('id', '=', id).executeTakeFirst())?.name ?? id;
}

/** The audit's details: the rule's name, and each setting that changed with its value before (`previous…`). */
async function changes(db: Db, before: Settings, after: Settings): Promise<Record<string, unknown>> {
  const d: Record<string, unknown> = { name: after.name };
  if (after.name !== before.name) d.previousName = before.name;
  if (after.officeId !== before.officeId) Object.assign(d, { officeId: after.officeId, previousOfficeId: before.officeId });
  if (after.serviceId !== before.serviceId) Object.assign(d, { serviceId: after.serviceId, previousServiceId: before.serviceId });
  if (!sameParams(after.params, before.params)) Object.assign(d, { params: after.params, previousParams: before.params });
  if (after.notifyEmail !== before.notifyEmail) Object.assign(d, { notifyEmail: after.notifyEmail, previousNotifyEmail: before.notifyEmail });
  // By name: the audit log's readers know webhooks by their names, and a webhook may be deleted later.
  if (after.webhookId !== before.webhookId) Object.assign(d, { webhook: await webhookName(db, after.webhookId), previousWebhook: await webhookName(db, before.webhookId) });
  if (after.language !== before.language) Object.assign(d, { language: after.language, previousLanguage: before.language });
  return d;
}

/**
 * The open alert measured the old kind, office or service: with any of them changed it is closed, as
 * deleting the rule closes it, and the next evaluation judges the new rule from scratch. Other changes
 * (name, thresholds, notices, language, webhook) leave it open: each evaluation reads the rule afresh
 * (evaluate-alerts.ts), so the next one closes it by the new thresholds, and notifies by the new settings.
 */
const measuresAnew = (before: Settings, after: Settings) => after.params.kind !== before.params.kind || after.officeId !== before.officeId || after.serviceId !== before.serviceId;

export async function updateRule(db: Db, id: string, input: AlertRuleInput, actor: Actor, now: Date, emailOn: boolean): Promise<RuleUpdate> {
  const current = await getRule(db, id);
  if (!current) throw new AppError('not_found', (w) => w.ruleMissing);
  const problems = await ruleProblems(db, current.administrationId, input);
  if (problems.length > 0) throw new AppError('validation_failed', (w) => w.ruleInvalid, problems);
  if (input.notifyEmail && !emailOn) throw new AppError('conflict', (w) => w.ruleEmailOff);
  const after: Settings = {
    name: trimName(input.name),
    officeId: input.officeId ?? null,
    serviceId: input.serviceId ?? null,
    params: input.params,
    notifyEmail: input.notifyEmail ?? false,
    webhookId: input.webhookId ?? null,
    language: input.language ?? DEFAULT_DASHBOARD_LANGUAGE,
  };
  const closedAlerts = await db.transaction().execute(async (trx) => {
    // The administration's row first (a rule never moves to another one), then the rule's: another live
    // rule of the administration may not bear a new name. One kept is not checked: two rules called
    // alike from before the rule existed must stay editable (the form sends the name with every change).
    if (!sameName(after.name, current.name)) await refuseTakenName(trx, 'alert rule', after.name, current.administrationId, id);
    // Read again under a lock: two changes at once each audit what the other left.
    const row = await trx.selectFrom('alert_rules').select('administration_id').where('id', '=', id).where('deleted_at', 'is', null).forUpdate().executeTakeFirst();
    const was = await getRule(trx, id);
    if (!row || !was) throw new AppError('not_found', (w) => w.ruleMissing);
    const before: Settings = { name: was.name, officeId: was.officeId, serviceId: was.serviceId, params: was.params, notifyEmail: was.notifyEmail, webhookId: was.webhookId, language: was.language };
    const details = await changes(trx, before, after);
    // Only the name in the details: nothing changed, nothing to store or audit.
    if (Object.keys(details).length === 1) return [];
    await trx
      .updateTable('alert_rules')
      .set({
        name: after.name,
        office_id: after.officeId,
        service_id: after.serviceId,
        kind: after.params.kind,
        params: JSON.stringify(after.params),
        notify_email: after.notifyEmail ? 1 : 0,
        webhook_id: after.webhookId,
        language: after.language,
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
    // The rule as it was: its webhook is the one that heard of the opening.
    const closed = measuresAnew(before, after) ? await closeOpenAlert(trx, was, 'rule-changed', now) : [];
    if (closed.length > 0) details.closedAlert = closed[0];
    await recordAudit(trx, { actor, administrationId: row.administration_id, action: 'alert-rule.update', targetType: 'alert-rule', targetId: id, details }, now);
    return closed;
  });
  return { rule: (await getRule(db, id))!, closedAlerts };
}
