// Alert routes: an administration's rules (admins: listed, created, changed, deleted), its alerts (everyone who reads its reports, each within
// their offices), acknowledging one with a comment (those who run the office).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  AcknowledgeInputSchema,
  ALERT_KINDS,
  AlertListQuerySchema,
  AlertRuleChangeSchema,
  AlertRuleInputSchema,
  AlertRuleReplaceSchema,
  AlertRuleSchema,
  AlertSchema,
  ListedAlertRuleSchema,
  type Alert,
} from '../contract/alerts';
import type { Access } from '../auth/access';
import { actorOf, over, requireWithin } from '../admin/scope';
import { allows } from '../contract/permissions';
import { readerLanguage } from '../http/answer-language';
import { AppError } from '../http/app-error';
import { ApiErrorSchema } from '../http/error-schema';
import type { Db } from '../store/database';
import { ALERTS_LISTED } from '../contract/alert-kinds';
import { alertIn } from './alert-message';
import { acknowledgeAlert, alertTarget, getAlert, listAlerts } from './alerts';
import { judgementOf } from './rule-judgement';
import { createRule, deleteRule, listRules, ruleTarget } from './rules';
import { recipients } from './notify-alert';
import { updateRule, wholeRule, type RuleChange } from './update-rule';

const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema };
const tags = ['alerts'];
const Id = Type.String({ minLength: 1, maxLength: 64 });

const overRule: Access = { permission: 'administration:manage', target: (r, db) => ruleTarget(db, (r.params as { ruleId: string }).ruleId) };
/** Acknowledging is acting on it: office managers and admins, not viewers. */
const overAlert: Access = { permission: 'terminals:manage', target: (r, db) => alertTarget(db, (r.params as { alertId: string }).alertId) };

export interface AlertRouteDeps {
  db: Db;
  now: () => Date;
  emailOn: boolean;
  alertChanged: (alert: Alert) => void;
}

export const alertRoutes: FastifyPluginAsyncTypebox<AlertRouteDeps> = async (app, { db, now, emailOn, alertChanged }) => {
  app.get(
    '/administrations/:administrationId/alert-rules',
    {
      config: { access: over.administration('administration:manage') },
      schema: { tags, summary: 'An administration\'s alert rules (admins)', params: Type.Object({ administrationId: Id }), response: { 200: Type.Array(ListedAlertRuleSchema), ...Errors } },
    },
    // Each with the people its e-mail would reach now, and whether it judges now: a rule whose e-mail
    // nobody gets, or that waits for votes, says so in the list.
    async (request) =>
      Promise.all((await listRules(db, request.params.administrationId)).map(async (r) => ({ ...r, emailRecipients: (await recipients(db, r)).length, judgement: await judgementOf(db, r, now()) }))),
  );

  /**
   * The parameters' kind before the schema: with an unknown one, the validator tried every kind and
   * listed each one's missing fields («lastVotes is missing… must match a schema in anyOf»), never
   * saying that the kind itself was wrong.
   */
  const kindFirst = async (request: FastifyRequest) => {
    const params = (request.body as { params?: unknown } | undefined)?.params;
    if (!params || typeof params !== 'object') return;
    const { kind } = params as { kind?: unknown };
    if (typeof kind !== 'string' || !(ALERT_KINDS as readonly string[]).includes(kind)) {
      throw new AppError('validation_failed', (w) => w.ruleInvalid, [{ field: '/params/kind', reason: (w) => w.oneOf(ALERT_KINDS.join(', ')) }]);
    }
  };

  app.post(
    '/administrations/:administrationId/alert-rules',
    {
      config: { access: over.administration('administration:manage') },
      preValidation: kindFirst,
      schema: {
        tags,
        summary: 'Create an alert rule on an office or a service (admins)',
        description:
          'Kinds: negative-share (over the last N votes), low-index (over a window of hours), silence (hours of opening time without a vote), charter-at-risk (the standard projected to the month\'s end). Each opens one alert at a time and closes it past a second threshold (docs/alerts.md). ' +
          'A name another live rule of the administration bears (letter case and spaces at the ends aside) is refused with 409 on /name.',
        params: Type.Object({ administrationId: Id }),
        body: AlertRuleInputSchema,
        response: { 201: AlertRuleSchema, ...Errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createRule(db, request.params.administrationId, request.body, actorOf(request), now(), emailOn)),
  );

  /** Both changes answer alike: the rule, and its open alert closed live when it measured something else. */
  const change = async (ruleId: string, rule: RuleChange, request: FastifyRequest, version: string | undefined) => {
    const { rule: changed, closedAlerts } = await updateRule(db, ruleId, rule, actorOf(request), now(), emailOn, version);
    for (const id of closedAlerts) {
      const alert = await getAlert(db, id);
      if (alert) alertChanged(alert);
    }
    return changed;
  };
  const CHANGE_EFFECTS =
    'Checked as a new rule: 400 naming the field, 409 with notifyEmail while e-mail is off, 409 on /name with the name of another live rule of the administration (its own is fine); nothing changes when refused. The answer is the rule as listed: it keeps its id, and its past alerts stay its history. ' +
    'A new kind, office or service closes its open alert (closedBecause rule-changed; no e-mail, an alert.closed call to the webhook the rule had), since that alert measured something else. ' +
    'Any other change (name, thresholds, notices, language, webhook) leaves the open alert open, and the next evaluation judges it by the new thresholds. Audited with what changed, before and after. ' +
    'With the `version` you read (the rule\'s updatedAt), a rule changed by someone since is not overwritten: 409 stale, nothing stored; without it, the change applies to the rule as stored now (scripts, API clients).';

  app.put(
    '/alert-rules/:ruleId',
    {
      config: { access: overRule },
      preValidation: kindFirst,
      schema: {
        tags,
        summary: 'Change an alert rule: the whole rule, as when creating it (admins)',
        description: `A setting left out is none or the default, as when creating; PATCH changes only the settings sent. ${CHANGE_EFFECTS}`,
        params: Type.Object({ ruleId: Id }),
        body: AlertRuleReplaceSchema,
        response: { 200: AlertRuleSchema, ...Errors },
      },
    },
    async (request) => {
      const { version, ...rule } = request.body;
      return change(request.params.ruleId, wholeRule(rule), request, version);
    },
  );

  app.patch(
    '/alert-rules/:ruleId',
    {
      config: { access: overRule },
      preValidation: kindFirst,
      schema: {
        tags,
        summary: 'Change some settings of an alert rule; those left out stay as they are (admins)',
        description: `What the dashboard sends. params goes whole when any threshold or the kind changes. ${CHANGE_EFFECTS}`,
        params: Type.Object({ ruleId: Id }),
        body: AlertRuleChangeSchema,
        response: { 200: AlertRuleSchema, ...Errors },
      },
    },
    async (request) => {
      const { version, ...rule } = request.body;
      return change(request.params.ruleId, rule, request, version);
    },
  );

  app.delete(
    '/alert-rules/:ruleId',
    {
      config: { access: overRule },
      schema: { tags, summary: 'Delete an alert rule; its open alert is closed (closedBecause rule-deleted, an alert.closed call to its webhook), its history stays (admins)', params: Type.Object({ ruleId: Id }), response: { 204: Type.Null(), ...Errors } },
    },
    async (request, reply) => {
      for (const id of await deleteRule(db, request.params.ruleId, actorOf(request), now())) {
        const alert = await getAlert(db, id);
        if (alert) alertChanged(alert);
      }
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/administrations/:administrationId/alerts',
    {
      config: { access: { permission: 'reports:read', target: 'somewhere' } },
      preHandler: requireWithin(db, 'reports:read'),
      schema: {
        tags,
        summary: 'An administration\'s alerts, newest first: open ones by default',
        description: `People who read one office\'s reports see that office\'s alerts only. At most ${ALERTS_LISTED}, the newest: a list of that length may have older ones beyond it.`,
        params: Type.Object({ administrationId: Id }),
        querystring: AlertListQuerySchema,
        response: { 200: Type.Array(AlertSchema), ...Errors },
      },
    },
    async (request, reply) => {
      const { administrationId } = request.params;
      const grants = request.user!.grants;
      const whole = allows(grants, 'reports:read', { kind: 'administration', administrationId });
      const offices = whole ? null : grants.filter((g) => g.administrationId === administrationId && g.officeId).map((g) => g.officeId!);
      const language = readerLanguage(request, reply);
      return (await listAlerts(db, administrationId, request.query.status ?? 'open', offices)).map((a) => alertIn(a, language));
    },
  );

  app.post(
    '/alerts/:alertId/acknowledge',
    {
      config: { access: overAlert },
      schema: {
        tags,
        summary: 'Acknowledge an alert with a comment (audited); once',
        params: Type.Object({ alertId: Id }),
        body: AcknowledgeInputSchema,
        response: { 200: AlertSchema, ...Errors },
      },
    },
    async (request, reply) => {
      const comment = request.body.comment.trim();
      if (!comment) throw new AppError('validation_failed', (w) => w.ackCommentEmpty, [{ field: '/comment', reason: (w) => w.onlySpaces }]);
      const alert = await acknowledgeAlert(db, request.params.alertId, comment, actorOf(request), now());
      alertChanged(alert);
      return alertIn(alert, readerLanguage(request, reply));
    },
  );
};
