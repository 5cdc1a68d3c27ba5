// Items of alerts for the authorization matrix: a rule on an office, and an open alert it raised.
import { randomUUID } from 'node:crypto';
import type { TestCollector } from './test-collector';

export interface AlertItems {
  ruleId: string;
  /** Open and not acknowledged, so acknowledging it can succeed. */
  alertId: string;
}

/** Numbers each rule's name: an administration's live rules may not share one (server/admin/name-taken.ts). */
let serial = 0;

/** Stored directly, as the API and the evaluation job would store them. */
export async function alertItems(c: TestCollector, administrationId: string, officeId: string): Promise<AlertItems> {
  const ruleId = randomUUID();
  const alertId = randomUUID();
  const at = new Date().toISOString();
  await c.store.db
    .insertInto('alert_rules')
    .values({ id: ruleId, administration_id: administrationId, office_id: officeId, service_id: null, kind: 'negative-share', name: `Negativi ${++serial}`, params: JSON.stringify({ kind: 'negative-share', lastVotes: 20, openAbovePct: 30, closeBelowPct: 15 }), notify_email: 0, webhook_id: null, created_at: at, created_by: 'matrix@example.org', updated_at: at, deleted_at: null })
    .execute();
  await c.store.db
    .insertInto('alerts')
    .values({ id: alertId, rule_id: ruleId, open_key: ruleId, administration_id: administrationId, office_id: officeId, service_id: null, kind: 'negative-share', status: 'open', opened_at: at, opened_value: 0.4, last_value: 0.4, message: 'Giudizi negativi: 40% degli ultimi 20 (soglia 30%).' })
    .execute();
  return { ruleId, alertId };
}
