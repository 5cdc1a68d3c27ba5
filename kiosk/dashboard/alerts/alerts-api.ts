// The dashboard's calls for alerts (server/alerts/routes.ts) and the webhooks a rule may call.
import { alertPaths } from '../../../server/contract/alert-kinds';
import type { Alert, AlertRule, AlertRuleChange, AlertRuleInput, ListedAlertRule } from '../../../server/contract/alerts';
import type { Webhook } from '../../../server/contract/delivery';
import { deliveryPaths } from '../../../server/contract/delivery-paths';
import { request } from '../api';

export const listAlerts = (administrationId: string, status: 'open' | 'all', signal?: AbortSignal) =>
  request<Alert[]>('GET', `${alertPaths.administrationAlerts(administrationId)}?status=${status}`, { signal });
export const acknowledgeAlert = (id: string, comment: string) => request<Alert>('POST', alertPaths.acknowledge(id), { body: { comment } });
export const listRules = (administrationId: string, signal?: AbortSignal) => request<ListedAlertRule[]>('GET', alertPaths.administrationRules(administrationId), { signal });
export const createRule = (administrationId: string, input: AlertRuleInput) => request<AlertRule>('POST', alertPaths.administrationRules(administrationId), { body: input });
/** Only the settings changed, with the version read: a rule changed meanwhile by someone else is refused 409 stale, not overwritten. */
export const changeRule = (id: string, change: AlertRuleChange) => request<AlertRule>('PATCH', alertPaths.rule(id), { body: change });
export const deleteRule = (id: string) => request<void>('DELETE', alertPaths.rule(id));
export const listWebhooks = (administrationId: string, signal?: AbortSignal) => request<Webhook[]>('GET', deliveryPaths.administrationWebhooks(administrationId), { signal });
