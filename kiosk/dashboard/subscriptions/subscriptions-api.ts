// The dashboard's calls for scheduled e-mails (server/subscriptions/routes.ts) and e-mail's status.
import type { DeliveryStatus } from '../../../server/contract/delivery';
import { deliveryPaths } from '../../../server/contract/delivery-paths';
import { subscriptionPaths, type Frequency } from '../../../server/contract/subscription-paths';
import type { Subscription, UnsubscribeInfo } from '../../../server/contract/subscriptions';
import { request } from '../api';
import type { DashboardLanguage } from '../i18n/locale';

export const getDeliveryStatus = (signal?: AbortSignal) => request<DeliveryStatus>('GET', deliveryPaths.status, { signal });

export const listMySubscriptions = (signal?: AbortSignal) => request<Subscription[]>('GET', subscriptionPaths.mine, { signal });
export const subscribeMe = (target: ReportTarget, frequency: Frequency, language: DashboardLanguage) =>
  request<Subscription>('POST', subscriptionPaths.subscriptions, { body: { ...(target.kind === 'office' ? { officeId: target.id } : { administrationId: target.id }), frequency, language } });
export const cancelMine = (id: string) => request<void>('DELETE', subscriptionPaths.mineOne(id));
export const updateMine = (id: string, frequency: Frequency, language: DashboardLanguage) => request<Subscription>('PUT', subscriptionPaths.mineOne(id), { body: { frequency, language } });

export const listAdministrationSubscriptions = (administrationId: string, signal?: AbortSignal) =>
  request<Subscription[]>('GET', subscriptionPaths.administrationSubscriptions(administrationId), { signal });
export const subscribePerson = (administrationId: string, userId: string, officeId: string | null, frequency: Frequency, language: DashboardLanguage) =>
  request<Subscription>('POST', subscriptionPaths.administrationSubscriptions(administrationId), { body: { userId, ...(officeId ? { officeId } : {}), frequency, language } });
export const cancelSubscription = (id: string) => request<void>('DELETE', subscriptionPaths.subscription(id));
export const updateSubscription = (id: string, frequency: Frequency, language: DashboardLanguage) =>
  request<Subscription>('PUT', subscriptionPaths.subscription(id), { body: { frequency, language } });

export const checkUnsubscribe = (token: string) => request<UnsubscribeInfo>('POST', subscriptionPaths.unsubscribeCheck, { body: { token } });
export const unsubscribe = (token: string) => request<UnsubscribeInfo>('POST', subscriptionPaths.unsubscribe, { body: { token } });

/** A report one can subscribe to: an office's or a whole administration's. */
export interface ReportTarget {
  kind: 'office' | 'administration';
  id: string;
  name: string;
  /** The administration it belongs to, by name: a consortium's hundreds of reports are listed under their administration. */
  group?: string;
}

/** A select's value for a target, and back. */
export const targetValue = (t: Pick<ReportTarget, 'kind' | 'id'>) => `${t.kind}:${t.id}`;
export function parseTarget(value: string): Pick<ReportTarget, 'kind' | 'id'> | null {
  const at = value.indexOf(':');
  const kind = value.slice(0, at);
  return kind === 'office' || kind === 'administration' ? { kind, id: value.slice(at + 1) } : null;
}
