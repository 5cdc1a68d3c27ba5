// Subscription routes: one's own e-mails, an admin's view of an administration's subscribers,
// subscribing (oneself, or someone within one's scope), changing one, cancelling, and the public unsubscribe link.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  AdminSubscriptionInputSchema,
  SubscriptionChangeSchema,
  SubscriptionInputSchema,
  SubscriptionListQuerySchema,
  SubscriptionSchema,
  UnsubscribeInfoSchema,
  UnsubscribeInputSchema,
  UnsubscribeQuerySchema,
  subscriptionPaths,
  type Subscription,
  type SubscriptionChange,
  type SubscriptionInput,
} from '../contract/subscriptions';
import type { Access } from '../auth/access';
import { getGrants } from '../auth/sessions';
import { administrationTarget, officeTarget, userTarget } from '../auth/targets';
import { actorOf, over } from '../admin/scope';
import { refuseArchived } from '../admin/checks';
import { PAGES, withLanguage } from '../contract/api';
import { DEFAULT_DASHBOARD_LANGUAGE, isDashboardLanguage, type DashboardLanguage } from '../contract/languages';
import { allows, type Target } from '../contract/permissions';
import { AppError } from '../http/app-error';
import { ApiErrorSchema } from '../http/error-schema';
import type { Db } from '../store/database';
import { cancelSubscription, createSubscription, getSubscription, listAdministrationSubscriptions, listUserSubscriptions, subscriptionTarget, unsubscribeInfo } from './subscriptions';
import { subscriptionOfToken } from './unsubscribe-token';
import { updateSubscription } from './update-subscription';

const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema };
const tags = ['subscriptions'];
const Id = Type.String({ minLength: 1, maxLength: 64 });

/** The report a subscription request names: exactly one of an office or an administration. */
async function requestedTarget(request: FastifyRequest, db: Db): Promise<Target | null> {
  const body = request.body as SubscriptionInput;
  if (Boolean(body.officeId) === Boolean(body.administrationId)) {
    throw new AppError('validation_failed', (w) => w.reportUnnamed, [
      { field: body.officeId ? '/administrationId' : '/officeId', reason: body.officeId ? (w) => w.reportNamedTwice : (w) => w.reportNameRequired },
    ]);
  }
  return body.officeId ? officeTarget(db, body.officeId) : administrationTarget(db, body.administrationId!);
}

/** One subscribes oneself to a report one may read; others are subscribed (and stopped) by whoever manages people there. */
const subscribe: Access = { permission: 'reports:read', target: requestedTarget };
const overSubscription: Access = { permission: 'users:manage', target: (r, db) => subscriptionTarget(db, (r.params as { subscriptionId: string }).subscriptionId) };

export interface SubscriptionRouteDeps {
  db: Db;
  now: () => Date;
  /** Whether e-mail is on (SMTP_URL): without it nobody is subscribed, since nothing could be sent. */
  emailOn: boolean;
}

export const subscriptionRoutes: FastifyPluginAsyncTypebox<SubscriptionRouteDeps> = async (app, { db, now, emailOn }) => {
  // With e-mail off nothing is sent to anyone: the lists say so beside each subscription that would
  // otherwise look active (a pause of its own, when it has one, says more).
  const offWhileNoEmail = (list: Subscription[]): Subscription[] => (emailOn ? list : list.map((s) => (s.paused ? s : { ...s, paused: 'email-off' })));
  // RFC 8058's one-click unsubscribe is a form POST from a mail program; only this plugin reads forms.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  // RFC 8058 says the POST SHOULD be multipart/form-data, and many mail programs send it so. Its one
  // field says only "List-Unsubscribe=One-Click"; the token is in the address. So the body is read
  // (within a small limit) and set aside, rather than refused with 415 while the mail program tells
  // the person they are unsubscribed.
  app.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 4096 }, (_request, _body, done) => {
    done(null, {});
  });

  app.get(
    '/subscriptions/mine',
    {
      config: { access: { signedIn: true } },
      schema: { tags, summary: 'The scheduled e-mails the signed-in person receives', response: { 200: Type.Array(SubscriptionSchema), 401: ApiErrorSchema } },
    },
    async (request) => offWhileNoEmail(await listUserSubscriptions(db, request.user!.id)),
  );

  app.get(
    '/administrations/:administrationId/subscriptions',
    {
      config: { access: over.administration('users:manage') },
      schema: {
        tags,
        summary: 'Who receives the reports of an administration and of its offices (admins)',
        params: Type.Object({ administrationId: Id }),
        querystring: SubscriptionListQuerySchema,
        response: { 200: Type.Array(SubscriptionSchema), ...Errors },
      },
    },
    async (request) => offWhileNoEmail(await listAdministrationSubscriptions(db, request.params.administrationId, request.query.officeId)),
  );

  /** Checks shared by both ways of subscribing; returns the stored subscription. */
  async function subscribePerson(request: FastifyRequest, userId: string, administrationId: string, officeId: string | null, frequency: SubscriptionInput['frequency'], language: DashboardLanguage) {
    const person = await db.selectFrom('users').select(['id', 'disabled_at']).where('id', '=', userId).executeTakeFirst();
    if (!person) throw new AppError('validation_failed', (w) => w.personMissing, [{ field: '/userId', reason: (w) => w.noPerson(userId) }]);
    if (person.disabled_at) throw new AppError('validation_failed', (w) => w.personDisabled, [{ field: '/userId', reason: (w) => w.personAccountDisabled }]);
    const target: Target = officeId ? { kind: 'office', administrationId, officeId } : { kind: 'administration', administrationId };
    if (!allows(await getGrants(db, userId), 'reports:read', target)) {
      throw new AppError('validation_failed', (w) => w.personMayNotRead, [{ field: '/userId', reason: (w) => w.mayNotReadReport }]);
    }
    if (!emailOn) throw new AppError('conflict', (w) => w.subscribeEmailOff);
    const archived = officeId
      ? await db.selectFrom('offices').select('archived_at').where('id', '=', officeId).executeTakeFirstOrThrow()
      : await db.selectFrom('administrations').select('archived_at').where('id', '=', administrationId).executeTakeFirstOrThrow();
    refuseArchived(archived, officeId ? 'office' : 'administration');
    return createSubscription(db, { userId, administrationId, officeId, frequency, language }, actorOf(request), now());
  }

  app.post(
    '/subscriptions',
    {
      config: { access: subscribe },
      schema: {
        tags,
        summary: 'Subscribe oneself to the daily, weekly or monthly e-mail of a report one may read',
        description: 'The e-mail carries the summary in its body and the report as PDF, in the language asked for (Italian unless told), and a link that unsubscribes without signing in. Refused (409) while e-mail is off.',
        body: SubscriptionInputSchema,
        response: { 201: SubscriptionSchema, ...Errors },
      },
    },
    async (request, reply) => {
      const target = (await requestedTarget(request, db)) as Target & { administrationId: string };
      const { officeId, frequency, language } = request.body;
      return reply.status(201).send(await subscribePerson(request, request.user!.id, target.administrationId, officeId ?? null, frequency, language ?? DEFAULT_DASHBOARD_LANGUAGE));
    },
  );

  app.post(
    '/administrations/:administrationId/subscriptions',
    {
      config: { access: over.administration('users:manage') },
      schema: {
        tags,
        summary: 'Subscribe a person of the administration to the e-mail of its report or of one of its offices (admins)',
        params: Type.Object({ administrationId: Id }),
        body: AdminSubscriptionInputSchema,
        response: { 201: SubscriptionSchema, ...Errors },
      },
    },
    async (request, reply) => {
      const { administrationId } = request.params;
      const { userId, officeId, frequency, language } = request.body;
      // Someone this admin does not manage (an installation's admin, a person also of a comune they do not administer) is
      // hidden from them on the people page; nor are they subscribed by them: they subscribe themselves.
      const person = userId === request.user!.id ? null : await userTarget(db, userId);
      if (person && !allows(request.user!.grants, 'users:manage', person)) {
        throw new AppError('validation_failed', (w) => w.personNotManaged, [{ field: '/userId', reason: (w) => w.notManagedHere }]);
      }
      if (officeId) {
        const office = await officeTarget(db, officeId);
        if (!office || office.kind !== 'office' || office.administrationId !== administrationId) {
          throw new AppError('validation_failed', (w) => w.officeNotOfAdministration, [{ field: '/officeId', reason: (w) => w.noOfficeHere(officeId) }]);
        }
      }
      return reply.status(201).send(await subscribePerson(request, userId, administrationId, officeId ?? null, frequency, language ?? DEFAULT_DASHBOARD_LANGUAGE));
    },
  );

  app.delete(
    '/subscriptions/mine/:subscriptionId',
    {
      config: { access: { signedIn: true } },
      schema: { tags, summary: 'Stop one of one\'s own scheduled e-mails', params: Type.Object({ subscriptionId: Id }), response: { 204: Type.Null(), ...Errors } },
    },
    async (request, reply) => {
      const subscription = await getSubscription(db, request.params.subscriptionId);
      // Someone else's reads as absent: ids of other people's subscriptions tell nothing.
      if (!subscription || subscription.userId !== request.user!.id) throw new AppError('not_found', (w) => w.ownSubscriptionMissing);
      await cancelSubscription(db, subscription.id, actorOf(request), now());
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/subscriptions/:subscriptionId',
    {
      config: { access: overSubscription },
      schema: { tags, summary: 'Stop someone\'s scheduled e-mail (admins of the report)', params: Type.Object({ subscriptionId: Id }), response: { 204: Type.Null(), ...Errors } },
    },
    async (request, reply) => {
      await cancelSubscription(db, request.params.subscriptionId, actorOf(request), now());
      return reply.status(204).send(null);
    },
  );

  /** Checks shared by both ways of changing a subscription, as when subscribing; returns the stored subscription. */
  async function changeSubscription(request: FastifyRequest, subscription: Subscription, body: SubscriptionChange) {
    if (!emailOn) throw new AppError('conflict', (w) => w.changeEmailOff);
    const archived = subscription.officeId
      ? await db.selectFrom('offices').select('archived_at').where('id', '=', subscription.officeId).executeTakeFirstOrThrow()
      : await db.selectFrom('administrations').select('archived_at').where('id', '=', subscription.administrationId).executeTakeFirstOrThrow();
    refuseArchived(archived, subscription.officeId ? 'office' : 'administration');
    return updateSubscription(db, subscription.id, { frequency: body.frequency, language: body.language ?? DEFAULT_DASHBOARD_LANGUAGE }, actorOf(request), now());
  }
  const changeDescription =
    'The whole of what may change, as when subscribing: `frequency`, and `language` (Italian when left out); the person and the report stay. ' +
    'A new frequency takes effect at once: the next e-mail is the first report of the new frequency that falls due after the change (at 06:00 office time, the day after its day, week or month), ' +
    'without the reports before it, and the old frequency sends nothing more. A new language alone leaves the schedule as it was. ' +
    'Refused (409) while e-mail is off, when the person already receives the report at the new frequency, ' +
    'or while a report of the old frequency is due and not queued yet (the answer names its period; it goes out within 10 minutes, then the change is accepted).';

  app.put(
    '/subscriptions/mine/:subscriptionId',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags,
        summary: 'Change how often, and in which language, one of one\'s own scheduled e-mails comes',
        description: `${changeDescription} Someone else's subscription answers 404.`,
        params: Type.Object({ subscriptionId: Id }),
        body: SubscriptionChangeSchema,
        response: { 200: SubscriptionSchema, ...Errors },
      },
    },
    async (request) => {
      const subscription = await getSubscription(db, request.params.subscriptionId);
      // As when stopping one: someone else's reads as absent.
      if (!subscription || subscription.userId !== request.user!.id) throw new AppError('not_found', (w) => w.ownSubscriptionMissing);
      return changeSubscription(request, subscription, request.body);
    },
  );

  app.put(
    '/subscriptions/:subscriptionId',
    {
      config: { access: overSubscription },
      schema: {
        tags,
        summary: 'Change how often, and in which language, someone\'s scheduled e-mail comes (admins of the report)',
        description: changeDescription,
        params: Type.Object({ subscriptionId: Id }),
        body: SubscriptionChangeSchema,
        response: { 200: SubscriptionSchema, ...Errors },
      },
    },
    async (request) => {
      const subscription = await getSubscription(db, request.params.subscriptionId);
      if (!subscription) throw new AppError('not_found', (w) => w.subscriptionMissing);
      return changeSubscription(request, subscription, request.body);
    },
  );

  const badLink = () => new AppError('validation_failed', (w) => w.unsubscribeLinkInvalid, [{ field: '/token', reason: (w) => w.unsubscribeTokenInvalid }]);

  app.post(
    '/unsubscribe/check',
    {
      config: { access: { public: true } },
      schema: { tags, summary: 'What an unsubscribe link stops (nothing changes)', body: UnsubscribeInputSchema, response: { 200: UnsubscribeInfoSchema, 400: ApiErrorSchema, 404: ApiErrorSchema } },
    },
    async (request) => {
      const id = await subscriptionOfToken(db, request.body.token, now());
      if (!id) throw badLink();
      const info = await unsubscribeInfo(db, id);
      if (!info) throw new AppError('not_found', (w) => w.subscriptionGone);
      return info;
    },
  );

  // The List-Unsubscribe address opened in a browser (a mail program without one-click sends people
  // there): the dashboard's page that names the report and asks to confirm, never a JSON 404.
  app.get(
    '/unsubscribe',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'The unsubscribe address opened in a browser: redirects to the page that asks to confirm',
        description: 'Answers 303 to the dashboard\'s unsubscribe page for the token (or to the dashboard without one). Nothing is stopped until the person confirms there; the one-click POST stops it at once.',
        querystring: UnsubscribeQuerySchema,
        response: { 303: Type.Null() },
      },
    },
    async (request, reply) => {
      const { token, lang } = request.query;
      const page = token ? subscriptionPaths.unsubscribePage(token) : PAGES.dashboard;
      // In the e-mail's language (the address carries it): a browser that never chose would open the page in Italian.
      return reply.code(303).header('cache-control', 'no-store').redirect(isDashboardLanguage(lang) ? withLanguage(page, lang) : page, 303);
    },
  );

  app.post(
    '/unsubscribe',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'Stop a scheduled e-mail with the token of its link, without signing in',
        description: 'The token comes in the JSON body, or in the query string for the one-click POST of RFC 8058 (List-Unsubscribe-Post). Doing it twice is harmless.',
        querystring: UnsubscribeQuerySchema,
        body: Type.Optional(Type.Object({ token: Type.Optional(UnsubscribeInputSchema.properties.token), 'List-Unsubscribe': Type.Optional(Type.String({ maxLength: 50 })) }, { additionalProperties: false })),
        response: { 200: UnsubscribeInfoSchema, 400: ApiErrorSchema, 404: ApiErrorSchema },
      },
    },
    async (request) => {
      const token = request.body?.token ?? request.query.token;
      if (!token) throw new AppError('validation_failed', (w) => w.unsubscribeTokenMissing, [{ field: '/token', reason: (w) => w.isRequired }]);
      const id = await subscriptionOfToken(db, token, now());
      if (!id) throw badLink();
      if (!(await unsubscribeInfo(db, id))) throw new AppError('not_found', (w) => w.subscriptionGone);
      await cancelSubscription(db, id, null, now());
      return (await unsubscribeInfo(db, id))!;
    },
  );
};
