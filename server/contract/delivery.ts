// What the collector sends out (issue 8): the outbox of e-mails and webhook calls, webhooks, and
// whether e-mail is on. The dashboard imports only the types, and the plain values of delivery-paths.ts
// (no TypeBox in its download).
import { Type, type Static } from 'typebox';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const When = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export { deliveryPaths, MAX_DELIVERY_ATTEMPTS, WEBHOOK_HEADERS } from './delivery-paths';

export const DeliveryStatusSchema = Type.Object({
  email: Type.Boolean({ description: 'false: SMTP_URL is not set, so no e-mail can be sent (subscriptions and e-mail alerts are refused)' }),
  from: Nullable(Type.String({ description: 'the sender of every message' })),
});
export type DeliveryStatus = Static<typeof DeliveryStatusSchema>;

export const WebhookSchema = Type.Object({
  id: Type.String(),
  administrationId: Type.String(),
  name: Type.String(),
  url: Type.String(),
  createdAt: When,
  createdBy: Nullable(Type.String()),
});
export type Webhook = Static<typeof WebhookSchema>;
export const NewWebhookSchema = Type.Object({
  ...WebhookSchema.properties,
  secret: Type.String({ description: 'Shown this once: the key of the HMAC-SHA256 signature of every call.' }),
});
export type NewWebhook = Static<typeof NewWebhookSchema>;
export const WebhookInputSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'what receives it, e.g. "Canale Teams dell\'URP"' }),
    url: Type.String({ minLength: 1, maxLength: 2000, description: 'http:// or https:// URL the calls are POSTed to' }),
  },
  { additionalProperties: false },
);
export type WebhookInput = Static<typeof WebhookInputSchema>;

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** One message of the outbox as admins see it: never its content or secrets. */
export const DeliverySchema = Type.Object({
  id: Type.String(),
  kind: Type.Enum(['email', 'webhook'] as const),
  source: Type.String({ description: 'subscription, alert or webhook-test' }),
  administrationId: Type.String(),
  officeId: Nullable(Type.String()),
  recipient: Type.String({ description: 'the e-mail address, or the webhook\'s URL' }),
  subject: Type.String({ description: 'the e-mail\'s subject, or the webhook event' }),
  status: Type.Enum(OUTBOX_STATUSES, { description: 'pending (retrying when attempts > 0), sent, or failed (given up after the last attempt)' }),
  attempts: Type.Integer(),
  nextAttemptAt: Nullable(When),
  lastError: Nullable(Type.String()),
  createdAt: When,
  sentAt: Nullable(When),
  failedAt: Nullable(When),
});
export type Delivery = Static<typeof DeliverySchema>;

export const DeliveryQuerySchema = Type.Object({
  status: Type.Optional(Type.Enum(['problems', ...OUTBOX_STATUSES] as const, { description: 'problems (default): failed, and pending after a failed attempt' })),
  // A string: query values are text and the API does not coerce types (an integer schema refused every real request).
  limit: Type.Optional(Type.String({ pattern: '^([1-9]\\d?|1\\d\\d|200)$', description: '1-200, default 50' })),
});

/** How many of the administration's messages are in each state: the page lists the newest of each, these say how many in all. */
export const DeliveryCountsSchema = Type.Object({
  failed: Type.Integer({ description: 'given up, kept for the days the «Consegne» page says' }),
  retrying: Type.Integer({ description: 'pending after at least one failed attempt' }),
  queued: Type.Integer({ description: 'pending, not tried yet' }),
  sent: Type.Integer({ description: 'sent and still kept (30 days)' }),
});
export type DeliveryCounts = Static<typeof DeliveryCountsSchema>;

export const DeliveryParams = Type.Object({ deliveryId: Id });
export const WebhookParams = Type.Object({ webhookId: Id });
