// Changing an alert rule in place: the whole rule (PUT) or some of its settings (PATCH), checked as a new one,
// audited with what changed before and after. The rule keeps its id, so its past alerts stay its history.
import type { AlertParams, AlertRule, AlertRuleInput } from '../contract/alerts';
import { DEFAULT_DASHBOARD_LANGUAGE } from '../contract/languages';
import { getLastChange } from '../audit/get-last-change';
import { recordAudit, type Actor } from '../audit/record-audit';
import { trimName } from '../admin/checks';
import { refuseStale } from '../admin/item-version';
import { lockAdministration } from '../admin/lock-administration';
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

/** A change: the settings given replace the rule's; those left out stay as they are. */
export type RuleChange = Partial<AlertRuleInput>;

/** Every setting of a rule, one left out being none (null) or the default, as when creating. */
const withDefaults = (input: AlertRuleInput): Settings => ({
  name: input.name,
  officeId: input.officeId ?? null,
  serviceId: input.serviceId ?? null,
  params: input.params,
  notifyEmail: input.notifyEmail ?? false,
  webhookId: input.webhookId ?? null,
  language: input.language ?? DEFAULT_DASHBOARD_LANGUAGE,
});

/** A PUT's whole rule as a change of every setting. */
export const wholeRule = (input: AlertRuleInput): RuleChange => withDefaults(input) as RuleChange;

/** The rule's settings with the change laid over them (undefined: kept; null: none). */
const merged = (was: AlertRule, c: RuleChange): AlertRuleInput => ({
  name: c.name ?? was.name,
  officeId: c.officeId === undefined ? was.officeId : c.officeId,
  serviceId: c.serviceId === undefined ? was.serviceId : c.serviceId,
  params: c.params ?? was.params,
  notifyEmail: c.notifyEmail ?? was.notifyEmail,
  webhookId: c.webhookId === undefined ? was.webhookId : c.webhookId,
  language: c.language ?? was.language,
});

/**
 * With `version` (the rule's updatedAt as the person read it), a rule changed meanwhile by someone
 * else refuses the change: 409 stale, nothing stored. Everything is read and checked under the
 * rule's lock, so the settings left out are those stored at the moment of the write.
 */
export async function updateRule(db: Db, id: string, change: RuleChange, actor: Actor, now: Date, emailOn: boolean, version?: string): Promise<RuleUpdate> {
  const closedAlerts = await db.transaction().execute(async (trx) => {
    const current = await getRule(trx, id);
    if (!current) throw new AppError('not_found', (w) => w.ruleMissing);
    // The administration's row first (a rule never moves to another one; lock-administration.ts), then the
    // rule's, read again under the lock: two changes at once each see, check and audit what the other left.
    await lockAdministration(trx, current.administrationId);
    const row = await trx.selectFrom('alert_rules').select('administration_id').where('id', '=', id).where('deleted_at', 'is', null).forUpdate().executeTakeFirst();
    const was = await getRule(trx, id);
    if (!row || !was) throw new AppError('not_found', (w) => w.ruleMissing);
    // updated_at also moves when a deleted webhook lets go of the rule, which its own log entries do not tell: then only when.
    await refuseStale(version, was.updatedAt, 'alert rule', async () => {
      const last = await getLastChange(trx, was.administrationId, 'alert-rule', id, ['alert-rule.create', 'alert-rule.update']);
      return last?.at === was.updatedAt ? last : { by: null, at: was.updatedAt };
    });
    const input = merged(was, change);
    const problems = await ruleProblems(trx, was.administrationId, input);
    if (problems.length > 0) throw new AppError('validation_failed', (w) => w.ruleInvalid, problems);
    // Only when this change asks for e-mail: a rule that already sends it stays editable while e-mail is off (its box can be unticked).
    if (change.notifyEmail && !emailOn) throw new AppError('conflict', (w) => w.ruleEmailOff);
    const after: Settings = { ...withDefaults(input), name: trimName(input.name) };
    // Another live rule of the administration may not bear a new name. One kept is not checked: two
    // rules called alike from before the check existed must stay editable (a PUT sends the name with every change).
    if (!sameName(after.name, was.name)) await refuseTakenName(trx, 'alert rule', after.name, was.administrationId, id);
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
