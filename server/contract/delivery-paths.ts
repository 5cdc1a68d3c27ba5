// What the collector sends out (issue 8): the outbox's addresses, the webhook headers, the attempts.
// Plain values (no TypeBox), so the dashboard imports them without the schema library; the schemas are in delivery.ts.
import { API_BASE } from './api';

export const deliveryPaths = {
  /** Whether e-mail is on, for the pages that would offer it. */
  status: `${API_BASE}/delivery/status`,
  administrationWebhooks: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/webhooks`,
  webhook: (id: string) => `${API_BASE}/webhooks/${encodeURIComponent(id)}`,
  webhookTest: (id: string) => `${API_BASE}/webhooks/${encodeURIComponent(id)}/test`,
  administrationDeliveries: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/deliveries`,
  administrationDeliveryCounts: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/deliveries/counts`,
  deliveryRetry: (id: string) => `${API_BASE}/deliveries/${encodeURIComponent(id)}/retry`,
};

/** Headers of every webhook call: the signature covers `${timestamp}.${body}` (docs in the README). */
export const WEBHOOK_HEADERS = {
  signature: 'x-gradimento-signature',
  timestamp: 'x-gradimento-timestamp',
  event: 'x-gradimento-event',
  delivery: 'x-gradimento-delivery',
} as const;

/** How many times a message is tried before it is given up on and reported. */
export const MAX_DELIVERY_ATTEMPTS = 10;
/** Days a failed delivery stays listed (and stored) after it was given up: server/delivery/deliveries.ts sweeps it then. */
export const KEEP_FAILED_DAYS = 90;
