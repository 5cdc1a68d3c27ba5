// The outbox of an administration as the «Consegne» page reads it (issue 8), and sending a failed message again.
import type { Delivery, DeliveryCounts, OutboxStatus } from '../../../server/contract/delivery';
import { deliveryPaths } from '../../../server/contract/delivery-paths';
import { request } from '../api';

/** How many of each state the page asks for at first: the newest, which is what an admin acts on. */
export const DELIVERIES_PER_STATE = 50;
/** The most the collector lists of one state (the list's limit); «Mostra di più» asks for it. */
export const DELIVERIES_MOST = 200;

const listByStatus = (administrationId: string, status: OutboxStatus, limit: number, signal?: AbortSignal) =>
  request<Delivery[]>('GET', `${deliveryPaths.administrationDeliveries(administrationId)}?status=${status}&limit=${limit}`, { signal });

export interface Outbox {
  /** Failed first, then those still waiting (being retried before those merely queued), then the sent ones. */
  items: Delivery[];
  /** Every message by state, however many are listed: the summary counts these, not the rows. */
  counts: DeliveryCounts;
}

export async function listOutbox(administrationId: string, limit: number, signal?: AbortSignal): Promise<Outbox> {
  const [failed, pending, sent, counts] = await Promise.all([
    listByStatus(administrationId, 'failed', limit, signal),
    listByStatus(administrationId, 'pending', limit, signal),
    listByStatus(administrationId, 'sent', limit, signal),
    request<DeliveryCounts>('GET', deliveryPaths.administrationDeliveryCounts(administrationId), { signal }),
  ]);
  const retrying = pending.filter((d) => d.attempts > 0);
  const queued = pending.filter((d) => d.attempts === 0);
  return { items: [...failed, ...retrying, ...queued, ...sent], counts };
}

export const retryDelivery = (deliveryId: string) => request<Delivery>('POST', deliveryPaths.deliveryRetry(deliveryId));
