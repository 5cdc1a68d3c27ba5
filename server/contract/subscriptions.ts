// Scheduled e-mails (issue 8): a person's daily, weekly or monthly report of an office or an
// administration, and the unsubscribe link that works without signing in. The dashboard imports only
// the types and the plain values of subscription-paths.ts (no TypeBox in its download).
import { Type, type Static } from 'typebox';
import { EmailLanguageInputSchema, EmailLanguageSchema } from './email-language';
import { FREQUENCIES } from './subscription-paths';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export { FREQUENCIES, subscriptionPaths, type Frequency } from './subscription-paths';

const Frequency_ = Type.Enum(FREQUENCIES, { description: 'daily (each day, sent at 06:00 office time the next morning), weekly (Monday to Sunday), monthly (calendar month)' });

export const SubscriptionSchema = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  userName: Type.String(),
  email: Type.String(),
  administrationId: Type.String(),
  administrationName: Type.String(),
  officeId: Nullable(Type.String({ description: 'null: the administration\'s report' })),
  officeName: Nullable(Type.String()),
  frequency: Type.Enum(FREQUENCIES),
  language: EmailLanguageSchema,
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Nullable(Type.String()),
  paused: Type.Union([Type.Literal('administration-archived'), Type.Literal('office-archived'), Type.Literal('person-disabled'), Type.Literal('no-read-access'), Type.Literal('email-off'), Type.Null()], {
    description:
      'Why no report goes out: the sending job skips a subscription whose administration or office is archived, whose person is disabled, or who may no longer read that report (their roles changed), until that changes; the reports that fall due meanwhile are not sent later. email-off: e-mail is switched off on the collector (SMTP_URL unset), so nothing is sent to anyone; once it is on again, the reports of the last 31 days go out. null: reports go out.',
  }),
});
export type Subscription = Static<typeof SubscriptionSchema>;
export type SubscriptionPause = NonNullable<Subscription['paused']>;

export const SubscriptionInputSchema = Type.Object(
  {
    officeId: Type.Optional(Id),
    administrationId: Type.Optional(Id),
    frequency: Frequency_,
    language: EmailLanguageInputSchema,
  },
  { additionalProperties: false, description: 'Exactly one of officeId (an office\'s report) or administrationId (an administration\'s report).' },
);
export type SubscriptionInput = Static<typeof SubscriptionInputSchema>;

/** An admin subscribes a person of the administration: to an office's report, or (no officeId) the administration's. */
export const AdminSubscriptionInputSchema = Type.Object({ userId: Id, officeId: Type.Optional(Id), frequency: Frequency_, language: EmailLanguageInputSchema }, { additionalProperties: false });
export type AdminSubscriptionInput = Static<typeof AdminSubscriptionInputSchema>;

/**
 * What may change in a subscription, whole (as a PUT replaces it): how often and in which language. The
 * person and the report stay; another report is another subscription.
 */
export const SubscriptionChangeSchema = Type.Object({ frequency: Frequency_, language: EmailLanguageInputSchema }, { additionalProperties: false });
export type SubscriptionChange = Static<typeof SubscriptionChangeSchema>;

export const SubscriptionListQuerySchema = Type.Object({ officeId: Type.Optional(Id) });

export const UnsubscribeInputSchema = Type.Object({ token: Type.String({ minLength: 3, maxLength: 200 }) }, { additionalProperties: false });
export const UnsubscribeQuerySchema = Type.Object({
  token: Type.Optional(Type.String({ minLength: 3, maxLength: 200 })),
  lang: Type.Optional(Type.String({ maxLength: 10, description: "the e-mail's language: the page the browser is sent to opens in it (an unknown one is left out)" })),
});

export const UnsubscribeInfoSchema = Type.Object({
  frequency: Type.Enum(FREQUENCIES),
  report: Type.String({ description: 'the office\'s or the administration\'s name' }),
  active: Type.Boolean({ description: 'false once unsubscribed' }),
});
export type UnsubscribeInfo = Static<typeof UnsubscribeInfoSchema>;
