// Whether a rule judges now, for the rules list: measured as the evaluation job measures it.
import type { RuleJudgement } from '../contract/alert-judgement';
import type { AlertRule } from '../contract/alerts';
import type { Db } from '../store/database';
import { measureRule } from './measure-rule';

export async function judgementOf(db: Db, rule: AlertRule, now: Date): Promise<RuleJudgement> {
  const measure = await measureRule(db, { administrationId: rule.administrationId, officeId: rule.officeId, serviceId: rule.serviceId, createdAt: rule.createdAt }, rule.params, false, now);
  if (!('judged' in measure)) return { state: 'judging' };
  const { judged: _judged, ...why } = measure;
  return why;
}
