// Delivery routes: whether e-mail is on, an administration's webhooks, and its outbox's problems.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  DeliveryParams,
  DeliveryCountsSchema,
  DeliveryQuerySchema,
  DeliverySchema,
  DeliveryStatusSchema,
  NewWebhookSchema,
  WebhookInputSchema,
  WebhookParams,
  WebhookSchema,
} from '../contract/delivery';
import type { Access } from '../auth/access';
import type { WebhookPrivateNetworks } from '../config';
import { cleanName, Problems, refuseArchived } from '../admin/checks';
import { actorOf, over } from '../admin/scope';
import { ApiErrorSchema } from '../http/error-schema';
import type { Db } from '../store/database';
import type { Outbox } from './deliver-outbox';
import { countDeliveries, deliveryTarget, listDeliveries, retryDelivery } from './deliveries';
import { createWebhook, deleteWebhook, listWebhooks, queueWebhookTest, webhookAddressProblem, webhookTarget, webhookUrlProblem } from './webhooks';

const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema };
const tags = ['delivery'];
const AdministrationParams = Type.Object({ administrationId: Type.String({ minLength: 1, maxLength: 64 }) });

const overWebhook: Access = { permission: 'administration:manage', target: (r, db) => webhookTarget(db, (r.params as { webhookId: string }).webhookId) };
const overDelivery: Access = { permission: 'administration:manage', target: (r, db) => deliveryTarget(db, (r.params as { deliveryId: string }).deliveryId) };

export interface DeliveryRouteDeps {
  db: Db;
  now: () => Date;
  outbox: Outbox;
  /** MAIL_FROM when e-mail is on, else null. */
  mailFrom: string | null;
  /** Which private or local addresses a webhook may be given (WEBHOOK_PRIVATE_NETWORKS). */
  webhookPrivateNetworks: WebhookPrivateNetworks;
  /** Run inside the transaction that deletes a webhook (alert rules let go of it); answers details for its audit entry. */
  onWebhookDeleted?: (trx: Db, webhookId: string, at: Date) => Promise<Record<string, unknown> | undefined>;
}

export const deliveryRoutes: FastifyPluginAsyncTypebox<DeliveryRouteDeps> = async (app, { db, now, outbox, mailFrom, webhookPrivateNetworks, onWebhookDeleted }) => {
  app.get(
    '/delivery/status',
    {
      config: { access: { signedIn: true } },
      schema: { tags, summary: 'Whether this collector can send e-mail (SMTP_URL set)', response: { 200: DeliveryStatusSchema, 401: ApiErrorSchema } },
    },
    async () => ({ email: mailFrom !== null, from: mailFrom }),
  );

  app.get(
    '/administrations/:administrationId/webhooks',
    {
      config: { access: over.administration('administration:manage') },
      schema: { tags, summary: 'Webhooks of an administration (never their secrets)', params: AdministrationParams, response: { 200: Type.Array(WebhookSchema), ...Errors } },
    },
    async (request) => listWebhooks(db, request.params.administrationId),
  );

  app.post(
    '/administrations/:administrationId/webhooks',
    {
      config: { access: over.administration('administration:manage') },
      schema: {
        tags,
        summary: 'Create a webhook; the answer carries its signing secret, shown this once',
        description:
          'Every call is a POST of JSON with x-gradimento-signature: sha256=HMAC-SHA256(secret, `${timestamp}.${body}`) in hex, and x-gradimento-timestamp (Unix seconds). ' +
          'The URL must lead to an address the installation lets webhooks reach (setting WEBHOOK_PRIVATE_NETWORKS): by default public addresses only; private networks (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7) when the installation allows them; ' +
          'loopback, link-local (169.254.169.254, fe80::/10), unspecified, multicast and broadcast never. A literal address, or one the host name resolves to, that is not allowed is refused with 400 on /url; ' +
          'each call checks again on the address it connects to, and one refused there fails at once with that reason. ' +
          'A name another live webhook of the administration bears, letter case and spaces at the ends aside, is refused with 409 on /name.',
        params: AdministrationParams,
        body: WebhookInputSchema,
        response: { 201: NewWebhookSchema, ...Errors },
      },
    },
    async (request, reply) => {
      const problems = new Problems();
      const name = cleanName(request.body.name, '/name', problems);
      const url = request.body.url.trim();
      const urlProblem = webhookUrlProblem(url) ?? (await webhookAddressProblem(url, webhookPrivateNetworks));
      if (urlProblem) problems.add('/url', urlProblem);
      problems.throwIfAny((w) => w.webhookNotCreated);
      const administration = await db.selectFrom('administrations').select('archived_at').where('id', '=', request.params.administrationId).executeTakeFirstOrThrow();
      refuseArchived(administration, 'administration');
      return reply.status(201).send(await createWebhook(db, request.params.administrationId, { name, url }, actorOf(request), now()));
    },
  );

  app.delete(
    '/webhooks/:webhookId',
    {
      config: { access: overWebhook },
      schema: { tags, summary: 'Delete a webhook: no call is made to it any more; the alert rules that used it go on without one (the audit entry names them)', params: WebhookParams, response: { 204: Type.Null(), ...Errors } },
    },
    async (request, reply) => {
      const { webhookId } = request.params;
      const at = now();
      await deleteWebhook(db, webhookId, actorOf(request), at, onWebhookDeleted ? (trx) => onWebhookDeleted(trx, webhookId, at) : undefined);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/webhooks/:webhookId/test',
    {
      config: { access: overWebhook },
      schema: { tags, summary: 'Queue a signed "ping" call to the webhook, to check the receiver', params: WebhookParams, response: { 202: Type.Object({ deliveryId: Type.String() }), ...Errors } },
    },
    async (request, reply) => {
      const deliveryId = await queueWebhookTest(db, request.params.webhookId, actorOf(request), now());
      outbox.kick();
      return reply.status(202).send({ deliveryId });
    },
  );

  app.get(
    '/administrations/:administrationId/deliveries',
    {
      config: { access: over.administration('administration:manage') },
      schema: {
        tags,
        summary: 'E-mails and webhook calls of an administration; by default those that failed or are being retried',
        params: AdministrationParams,
        querystring: DeliveryQuerySchema,
        response: { 200: Type.Array(DeliverySchema), ...Errors },
      },
    },
    async (request) => listDeliveries(db, request.params.administrationId, request.query.status ?? 'problems', Number(request.query.limit ?? 50)),
  );

  app.get(
    '/administrations/:administrationId/deliveries/counts',
    {
      config: { access: over.administration('administration:manage') },
      schema: {
        tags,
        summary: "How many of an administration's e-mails and webhook calls are failed, being retried, queued and sent (kept)",
        description: 'The list answers at most 200 of a state, newest first; these are the totals, so a page can say how many it does not show.',
        params: AdministrationParams,
        response: { 200: DeliveryCountsSchema, ...Errors },
      },
    },
    async (request) => countDeliveries(db, request.params.administrationId),
  );

  app.post(
    '/deliveries/:deliveryId/retry',
    {
      config: { access: overDelivery },
      schema: { tags, summary: 'Send a failed message again (its attempts start over)', params: DeliveryParams, response: { 200: DeliverySchema, ...Errors } },
    },
    async (request) => {
      const delivery = await retryDelivery(db, request.params.deliveryId, actorOf(request), now());
      outbox.kick();
      return delivery;
    },
  );
};
