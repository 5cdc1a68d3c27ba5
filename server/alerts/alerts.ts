// Alerts as people read them: an administration's (or one office's), newest first; one alert; acknowledging one with a comment (audited).
import type { Alert, AlertCloseCause, AlertFacts, AlertKind } from '../contract/alerts';
import { recordAudit, type Actor } from '../audit/record-audit';
import { AppError } from '../http/app-error';
import { ALERTS_LISTED } from '../contract/alert-kinds';
import type { Db } from '../store/database';

function query(db: Db) {
  return db
    .selectFrom('alerts as a')
    .innerJoin('alert_rules as r', 'r.id', 'a.rule_id')
    .leftJoin('offices as o', 'o.id', 'a.office_id')
    .leftJoin('services as s', 's.id', 'a.service_id')
    .select([
      'a.id',
      'a.rule_id',
      'r.name as rule_name',
      'a.administration_id',
      'a.office_id',
      'o.name as office_name',
      'a.service_id',
      's.name as service_name',
      'a.kind',
      'a.status',
      'a.opened_at',
      'a.closed_at',
      'a.closed_because',
      'a.opened_value',
      'a.last_value',
      'a.message',
      'a.facts',
      'a.acknowledged_at',
      'a.acknowledged_by',
      'a.ack_comment',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof query>['execute']>>[number];
const n = (x: unknown) => (x === null || x === undefined ? null : Number(x));
const toAlert = (r: Row): Alert => ({
  id: r.id,
  ruleId: r.rule_id,
  ruleName: r.rule_name,
  administrationId: r.administration_id,
  officeId: r.office_id,
  officeName: r.office_name,
  serviceId: r.service_id,
  serviceName: r.service_name,
  kind: r.kind as AlertKind,
  status: r.status as Alert['status'],
  openedAt: r.opened_at,
  closedAt: r.closed_at,
  closedBecause: r.closed_because as AlertCloseCause | null,
  openedValue: n(r.opened_value),
  lastValue: n(r.last_value),
  message: r.message,
  facts: r.facts === null ? null : (JSON.parse(r.facts) as AlertFacts),
  acknowledgedAt: r.acknowledged_at,
  acknowledgedBy: r.acknowledged_by,
  ackComment: r.ack_comment,
});

export async function getAlert(db: Db, id: string): Promise<Alert | null> {
  const row = await query(db).where('a.id', '=', id).executeTakeFirst();
  return row ? toAlert(row) : null;
}

/**
 * `offices`: null, every alert of the administration; else only alerts of those offices (a manager of
 * one office does not see alerts of a service across the administration).
 */
export async function listAlerts(db: Db, administrationId: string, status: 'open' | 'closed' | 'all', offices: readonly string[] | null, limit = ALERTS_LISTED): Promise<Alert[]> {
  let q = query(db).where('a.administration_id', '=', administrationId);
  if (status !== 'all') q = q.where('a.status', '=', status);
  if (offices) {
    if (offices.length === 0) return [];
    q = q.where('a.office_id', 'in', offices);
  }
  return (await q.orderBy('a.opened_at', 'desc').orderBy('a.id').limit(limit).execute()).map(toAlert);
}

export async function acknowledgeAlert(db: Db, id: string, comment: string, actor: Actor, now: Date): Promise<Alert> {
  await db.transaction().execute(async (trx) => {
    // Locked (store/row-locks.ts): a second acknowledgement at once waits, then sees the first's and is refused.
    const row = await trx.selectFrom('alerts').select(['administration_id', 'acknowledged_at', 'rule_id']).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) throw new AppError('not_found', (w) => w.alertMissing);
    if (row.acknowledged_at) throw new AppError('conflict', (w) => w.alertAcknowledged);
    await trx.updateTable('alerts').set({ acknowledged_at: now.toISOString(), acknowledged_by: actor.email, ack_comment: comment }).where('id', '=', id).execute();
    // The rule's name as it was (a rule may be renamed or deleted later): the log names the alert by it, not by ids.
    const rule = await trx.selectFrom('alert_rules').select('name').where('id', '=', row.rule_id).executeTakeFirst();
    await recordAudit(trx, { actor, administrationId: row.administration_id, action: 'alert.acknowledge', targetType: 'alert', targetId: id, details: { name: rule?.name ?? row.rule_id, ruleId: row.rule_id, comment } }, now);
  });
  return (await getAlert(db, id))!;
}

/** The office (or, for a service across offices, the administration) an alert is about: who may acknowledge it. */
export async function alertTarget(db: Db, id: string) {
  const row = await db.selectFrom('alerts').select(['administration_id', 'office_id']).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return row.office_id ? ({ kind: 'office', administrationId: row.administration_id, officeId: row.office_id } as const) : ({ kind: 'administration', administrationId: row.administration_id } as const);
}
