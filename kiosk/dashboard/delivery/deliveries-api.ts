// The outbox of an administration as the «Consegne» page reads it (issue 8), and sending a failed message again.
import type { Delivery, OutboxStatus } from '../../../server/contract/delivery';
import { deliveryPaths } from '../../../server/contract/delivery-paths';
import { request } from '../api';

/** How many of each state the page asks for: the newest, which is what an admin acts on. */
export const DELIVERIES_PER_STATE = 50;

const listByStatus = (administrationId: string, status: OutboxStatus, signal?: AbortSignal) =>
  request<Delivery[]>('GET', `${deliveryPaths.administrationDeliveries(administrationId)}?status=${status}&limit=${DELIVERIES_PER_STATE}`, { signal });

/** Failed first, then those still waiting (being retried before those merely queued), then the sent ones. */
export async function listOutbox(administrationId: string, signal?: AbortSignal): Promise<Delivery[]> {
  const [failed, pending, sent] = await Promise.all([
    listByStatus(administrationId, 'failed', signal),
    listByStatus(administrationId, 'pending', signal),
    listByStatus(administrationId, 'sent', signal),
  ]);
  const retrying = pending.filter((d) => d.attempts > 0);
  const queued = pending.filter((d) => d.attempts === 0);
  return [...failed, ...retrying, ...queued, ...sent];
}

export const retryDelivery = (deliveryId: string) => request<Delivery>('POST', deliveryPaths.deliveryRetry(deliveryId));
