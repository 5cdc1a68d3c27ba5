// Alerts (issue 8): rules an administration sets on an office or a service, the alerts they open and
// close (with hysteresis), acknowledging one with a comment, and the live event. The collector imports these;
// the dashboard only their types and the plain values of alert-kinds.ts (no TypeBox in its download).
import { Type, type Static } from 'typebox';
import { RuleJudgementSchema } from './alert-judgement';
import { ALERT_CLOSE_CAUSES, ALERT_KINDS, MAX_ACK_COMMENT } from './alert-kinds';
import { EmailLanguageInputSchema, EmailLanguageSchema } from './email-language';
import { versionIn, versionOut } from './versions';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const When = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export { ALERT_CLOSE_CAUSES, ALERT_KINDS, alertPaths, MAX_ACK_COMMENT, type AlertCloseCause, type AlertKind } from './alert-kinds';

const Pct = (description: string) => Type.Number({ minimum: 0, maximum: 100, description });

/** Negative votes above `openAbovePct`% of the last `lastVotes`: opens; back below `closeBelowPct`%: closes. */
export const NegativeShareParamsSchema = Type.Object(
  {
    kind: Type.Literal('negative-share'),
    lastVotes: Type.Integer({ minimum: 5, maximum: 1000, description: 'how many of the most recent votes are looked at' }),
    openAbovePct: Pct('opens when the negative share is above this'),
    closeBelowPct: Pct('closes when it is back below this (lower than openAbovePct)'),
  },
  { additionalProperties: false },
);

/** The 0-100 index over the last `windowHours` below `openBelow`: opens; back above `closeAbove`: closes. */
export const LowIndexParamsSchema = Type.Object(
  {
    kind: Type.Literal('low-index'),
    windowHours: Type.Integer({ minimum: 1, maximum: 720, description: 'the window ends now' }),
    minVotes: Type.Integer({ minimum: 1, maximum: 10000, description: 'fewer votes in the window: no judgement, the alert stays as it is' }),
    openBelow: Pct('opens when the index is below this'),
    closeAbove: Pct('closes when it is back above this (higher than openBelow)'),
  },
  { additionalProperties: false },
);

/** No vote for `hours` of opening time (the office's opening hours): a silent terminal. Closes at the next vote. */
export const SilenceParamsSchema = Type.Object(
  { kind: Type.Literal('silence'), hours: Type.Number({ minimum: 0.5, maximum: 72, description: 'hours while the office is open, counted since the last vote cast on its terminals (not the website, QR codes or phone page: docs/alerts.md)' }) },
  { additionalProperties: false },
);

/** The service's charter standard, projected to the end of the month (docs/alerts.md), likely missed. */
export const CharterAtRiskParamsSchema = Type.Object(
  { kind: Type.Literal('charter-at-risk'), minVotes: Type.Integer({ minimum: 5, maximum: 10000, description: 'votes of the month needed before projecting' }) },
  { additionalProperties: false },
);

export const AlertParamsSchema = Type.Union([NegativeShareParamsSchema, LowIndexParamsSchema, SilenceParamsSchema, CharterAtRiskParamsSchema]);
export type AlertParams = Static<typeof AlertParamsSchema>;

const RULE_PLACE = 'An office, a service, or a service in one office: at least one of officeId and serviceId.';
export const AlertRuleInputSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    officeId: Type.Optional(Nullable(Id)),
    serviceId: Type.Optional(Nullable(Id)),
    params: AlertParamsSchema,
    notifyEmail: Type.Optional(Type.Boolean({ description: 'e-mail the administration\'s admins and the office\'s managers when an alert opens' })),
    webhookId: Type.Optional(Nullable(Id)),
    language: EmailLanguageInputSchema,
  },
  { additionalProperties: false, description: RULE_PLACE },
);
export type AlertRuleInput = Static<typeof AlertRuleInputSchema>;

/** PUT: the whole rule, as when creating it, with the version it was read at. */
export const AlertRuleReplaceSchema = Type.Object({ ...AlertRuleInputSchema.properties, version: versionIn('The rule\'s `version` (its updatedAt) as you read it.') }, {
  additionalProperties: false,
  description: RULE_PLACE,
});

/** PATCH: only the settings changed (params whole, when any threshold or the kind changes); the others stay as stored. */
export const AlertRuleChangeSchema = Type.Object({ ...Type.Partial(Type.Object(AlertRuleInputSchema.properties)).properties, version: versionIn('The rule\'s `version` (its updatedAt) as you read it.') }, {
  additionalProperties: false,
  description: 'The settings to change; left out, a setting stays as stored. The rule as changed must still name an office or a service.',
});
export type AlertRuleChange = Static<typeof AlertRuleChangeSchema>;

export const AlertRuleSchema = Type.Object({
  id: Type.String(),
  administrationId: Type.String(),
  officeId: Nullable(Type.String()),
  officeName: Nullable(Type.String()),
  serviceId: Nullable(Type.String()),
  serviceName: Nullable(Type.String()),
  name: Type.String(),
  params: AlertParamsSchema,
  notifyEmail: Type.Boolean(),
  webhookId: Nullable(Type.String()),
  language: EmailLanguageSchema,
  createdAt: When,
  createdBy: Nullable(Type.String()),
  updatedAt: { ...When, description: 'its last change: when it was created, changed (PUT or PATCH), or let go of a deleted webhook; the audit log has each change' },
  version: versionOut('The rule\'s version (its updatedAt)'),
});
export type AlertRule = Static<typeof AlertRuleSchema>;

/** A rule as its administration's list gives it: with how many people its e-mail would reach now, and whether it judges now. */
export const ListedAlertRuleSchema = Type.Object({
  ...AlertRuleSchema.properties,
  emailRecipients: Type.Integer({
    description: 'how many people its e-mail reaches now: enabled administration admins, the office\'s managers, and its author while enabled; 0 means nobody would get it (docs/alerts.md)',
  }),
  judgement: RuleJudgementSchema,
});
export type ListedAlertRule = Static<typeof ListedAlertRuleSchema>;

/**
 * What an alert saw when it opened, as numbers: the dashboard writes the sentence in its reader's
 * language (alert-sentences.ts), the collector in Italian for `message` and in the rule's language for the e-mail.
 */
export const AlertFactsSchema = Type.Union(
  [
    Type.Object({ kind: Type.Literal('negative-share'), share: Type.Number({ description: '0..1' }), votes: Type.Integer(), openAbovePct: Type.Number() }),
    Type.Object({ kind: Type.Literal('low-index'), index: Type.Number({ description: '0..100' }), windowHours: Type.Number(), votes: Type.Integer(), openBelow: Type.Number() }),
    Type.Object({ kind: Type.Literal('silence'), hours: Type.Number({ description: 'opening hours without a vote' }), thresholdHours: Type.Number(), neverVoted: Type.Boolean({ description: 'no vote since the rule was made' }) }),
    Type.Object({
      kind: Type.Literal('charter-at-risk'),
      share: Type.Number({ description: 'positive share of the month so far, 0..1' }),
      votes: Type.Integer(),
      standardPct: Type.Number(),
      neededShare: Type.Union([Type.Number(), Type.Null()], {
        description: 'positive share the rest of the month would need; above 1: out of reach; null on the month\'s last day, when nothing is left to come and the month ends as it stands',
      }),
    }),
  ],
  { description: 'what the alert saw, in numbers; null for alerts opened before the collector kept them' },
);
export type AlertFacts = Static<typeof AlertFactsSchema>;

export const AlertSchema = Type.Object({
  id: Type.String(),
  ruleId: Type.String(),
  ruleName: Type.String(),
  administrationId: Type.String(),
  officeId: Nullable(Type.String()),
  officeName: Nullable(Type.String()),
  serviceId: Nullable(Type.String()),
  serviceName: Nullable(Type.String()),
  kind: Type.Enum(ALERT_KINDS),
  status: Type.Enum(['open', 'closed'] as const),
  openedAt: When,
  closedAt: Nullable(When),
  closedBecause: Type.Union([Type.Enum(ALERT_CLOSE_CAUSES), Type.Null()], {
    description:
      'why it closed: recovered (the measure came back past the rule\'s closing threshold), rule-deleted (its rule was deleted), ' +
      'rule-changed (its rule\'s kind, office or service changed, so it measured something else), target-archived (the rule\'s administration, office or service was archived); null while open, and for alerts closed before the collector kept the cause',
  }),
  /** The measure: a share 0..1 (negative-share, charter-at-risk), an index 0..100 (low-index), hours (silence). */
  openedValue: Type.Union([Type.Number(), Type.Null()]),
  lastValue: Type.Union([Type.Number(), Type.Null()]),
  message: Type.String({
    description:
      'what was seen: in Italian, or in English where the request prefers it (Accept-Language) and, in a webhook\'s body, where the rule\'s language is English; ' +
      'written from `facts`, as the e-mail and the dashboard do; an alert opened before facts were kept has its Italian sentence only',
  }),
  facts: Type.Union([AlertFactsSchema, Type.Null()]),
  acknowledgedAt: Nullable(When),
  acknowledgedBy: Nullable(Type.String()),
  ackComment: Nullable(Type.String()),
});
export type Alert = Static<typeof AlertSchema>;

export const AlertListQuerySchema = Type.Object({ status: Type.Optional(Type.Enum(['open', 'closed', 'all'] as const)) });
export const AcknowledgeInputSchema = Type.Object({ comment: Type.String({ minLength: 1, maxLength: MAX_ACK_COMMENT, description: 'what was done or found' }) }, { additionalProperties: false });

/** Rooms a dashboard joins with alerts:watch, so alert:changed reaches only people in scope. */
export const alertRooms = {
  installation: 'alerts:installation',
  administration: (id: string) => `alerts:administration:${id}`,
  office: (id: string) => `alerts:office:${id}`,
};
