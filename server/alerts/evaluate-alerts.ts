// Evaluates every rule: opens an alert when its measure crosses the opening threshold, closes it when the
// measure is back past the closing one, and otherwise only records the latest value. The unique open_key
// (the rule's id while an alert is open) makes "one open alert per rule" hold across collectors.
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Alert, AlertRule } from '../contract/alerts';
import type { Outbox } from '../delivery/deliver-outbox';
import type { Db } from '../store/database';
import { getAlert } from './alerts';
import { measureRule } from './measure-rule';
import { queueAlertNotices } from './notify-alert';
import { closeOpenAlert, listRules } from './rules';

export interface AlertEvaluationDeps {
  db: Db;
  outbox: Outbox;
  log: FastifyBaseLogger;
  /** Tells the dashboards of people in scope (socket.io). */
  alertChanged: (alert: Alert) => void;
  /** The dashboard's alerts page, for the e-mails. */
  dashboardUrl: string;
}

export interface AlertRun {
  opened: number;
  closed: number;
  unchanged: number;
}

/** One rule, as read at the start of a run (it may have changed since: see the opening below). Exported for tests. */
export async function evaluateRule(deps: AlertEvaluationDeps, rule: AlertRule, now: Date): Promise<keyof AlertRun> {
  const { db } = deps;
  const open = await db.selectFrom('alerts').select('id').where('open_key', '=', rule.id).executeTakeFirst();
  const measure = await measureRule(db, { administrationId: rule.administrationId, officeId: rule.officeId, serviceId: rule.serviceId, createdAt: rule.createdAt }, rule.params, open !== undefined, now);
  if ('judged' in measure) {
    // Its office, service or administration archived: an open alert would stay open for ever, about
    // something that is no more. Closed with that cause (no e-mail; the webhook hears alert.closed).
    if (measure.state !== 'archived' || !open) return 'unchanged';
    const [closedId] = await db.transaction().execute((trx) => closeOpenAlert(trx as unknown as Db, rule, 'target-archived', now));
    const closed = closedId ? await getAlert(db, closedId) : null;
    if (!closed) return 'unchanged';
    deps.alertChanged(closed);
    return 'closed';
  }
  const at = now.toISOString();
  if (!open && measure.firing) {
    const id = randomUUID();
    const opened = await db.transaction().execute(async (trx) => {
      // The rule as measured, still: locked, as deleting or changing it locks it. Deleted or changed
      // since it was read (an admin on another collector, during this run), it opens nothing: opened
      // now, the alert of a deleted rule would stay open for ever, announced and never closed.
      const live = await trx.selectFrom('alert_rules').select(['deleted_at', 'updated_at']).where('id', '=', rule.id).forUpdate().executeTakeFirst();
      if (!live || live.deleted_at !== null || live.updated_at !== rule.updatedAt) return null;
      const inserted = await trx
        .insertInto('alerts')
        .values({ id, rule_id: rule.id, open_key: rule.id, administration_id: rule.administrationId, office_id: rule.officeId, service_id: rule.serviceId, kind: rule.params.kind, status: 'open', opened_at: at, opened_value: measure.value, last_value: measure.value, message: measure.message, facts: JSON.stringify(measure.facts) })
        .onConflict((oc) => oc.column('open_key').doNothing())
        .executeTakeFirst();
      // Another collector opened it a moment ago.
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return null;
      const alert = (await getAlert(trx as unknown as Db, id))!;
      await queueAlertNotices(trx as unknown as Db, rule, alert, 'alert.opened', deps.dashboardUrl, now);
      return alert;
    });
    if (!opened) return 'unchanged';
    deps.alertChanged(opened);
    return 'opened';
  }
  if (open && !measure.firing) {
    const closed = await db.transaction().execute(async (trx) => {
      const done = await trx
        .updateTable('alerts')
        .set({ status: 'closed', closed_at: at, closed_because: 'recovered', open_key: null, last_value: measure.value })
        .where('id', '=', open.id)
        .where('open_key', '=', rule.id)
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) !== 1) return null;
      const alert = (await getAlert(trx as unknown as Db, open.id))!;
      await queueAlertNotices(trx as unknown as Db, rule, alert, 'alert.closed', deps.dashboardUrl, now);
      return alert;
    });
    if (!closed) return 'unchanged';
    deps.alertChanged(closed);
    return 'closed';
  }
  if (open) await db.updateTable('alerts').set({ last_value: measure.value }).where('id', '=', open.id).execute();
  return 'unchanged';
}

export async function evaluateAlerts(deps: AlertEvaluationDeps, now: Date): Promise<AlertRun> {
  const run: AlertRun = { opened: 0, closed: 0, unchanged: 0 };
  for (const rule of await listRules(deps.db)) {
    try {
      run[await evaluateRule(deps, rule, now)] += 1;
    } catch (err) {
      // One rule that cannot be measured does not hold up the others; it is tried again at the next run.
      deps.log.error({ err, rule: rule.id }, 'alert rule could not be evaluated');
    }
  }
  if (run.opened + run.closed > 0) deps.outbox.kick();
  return run;
}
