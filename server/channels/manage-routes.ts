// The dashboard's side of the channels: points per office (web widget, QR codes, phone), QR code sheets, the operator's phone votes, web comments and how long they are kept.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { actorOf, over } from '../admin/scope';
import type { Access } from '../auth/access';
import { officeTarget } from '../auth/targets';
import {
  ChannelPointCreateSchema,
  ChannelPointSchema,
  ChannelSettingsInputSchema,
  ChannelSettingsSchema,
  CodeSheetRequestSchema,
  CodeSheetSchema,
  PhoneVoteReceiptSchema,
  PhoneVoteSchema,
  WebCommentsQuerySchema,
  WebCommentsSchema,
} from '../contract/channel-schemas';
import type { Permission } from '../contract/permissions';
import { AppError } from '../http/app-error';
import { ApiErrorSchema } from '../http/error-schema';
import { baseUrl } from '../public/links';
import type { Db } from '../store/database';
import { issueCodes } from './qr/codes';
import { recordPhoneVote } from './phone/record-phone-vote';
import { archivePoint, createPoint, getPoint, listOfficePoints } from './points';
import { getChannelSettings, saveChannelSettings } from './settings';
import type { ChannelVoteDeps } from './store-channel-vote';
import { listWebComments } from './web/list-web-comments';

export interface ChannelManageDeps extends ChannelVoteDeps {
  /** PUBLIC_URL when set: QR codes and the widget's embed code name the collector by it (phones and websites reach it from outside). */
  publicUrl?: string;
}

const OfficeParams = Type.Object({ officeId: Type.String({ minLength: 1, maxLength: 64 }) });
const PointId = Type.String({ minLength: 1, maxLength: 64 });
const PointParams = Type.Object({ pointId: PointId });
// Named for the kind of point they take, so that each path says which one it expects.
const QrPointParams = Type.Object({ qrPointId: PointId });
const PhonePointParams = Type.Object({ phonePointId: PointId });
const AdministrationParams = Type.Object({ administrationId: Type.String({ minLength: 1, maxLength: 64 }) });
const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema };
const tags = ['channels'];

/** The permission over the office of the point the path names (by `param`); an unknown point is a 404. */
const overPoint = (permission: Permission, param = 'pointId'): Access => ({
  permission,
  target: async (request: FastifyRequest, db: Db) => {
    const point = await getPoint(db, (request.params as Record<string, string>)[param]!);
    return point ? officeTarget(db, point.officeId) : null;
  },
});

export const channelManageRoutes: FastifyPluginAsyncTypebox<ChannelManageDeps> = async (app, deps) => {
  const { db, now } = deps;

  app.get(
    '/offices/:officeId/channel-points',
    {
      config: { access: over.office('terminals:manage') },
      schema: { tags, summary: 'An office\'s channel points: web widgets, QR code points and phone points, archived ones included', params: OfficeParams, response: { 200: Type.Array(ChannelPointSchema), ...Errors } },
    },
    async (request) => listOfficePoints(db, request.params.officeId, baseUrl(request, deps.publicUrl)),
  );

  app.post(
    '/offices/:officeId/channel-points',
    {
      config: { access: over.office('terminals:manage') },
      schema: {
        tags,
        summary: 'Add a channel point to an office (audited): web (a service, five stars), qr (a service, three faces, single-use codes) or phone (three faces, service per call)',
        description:
          'An office has one live point of a kind, per service for web and qr: one web point\'s embed code goes on any number of pages, one QR point prints any number of sheets, ' +
          'one phone point serves every operator. A second is refused with 409 conflict, its field problem (/serviceId, or /kind for phone) naming the live point to reuse; ' +
          'archiving that point frees the place.',
        params: OfficeParams,
        body: ChannelPointCreateSchema,
        response: { 201: ChannelPointSchema, ...Errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createPoint(db, request.params.officeId, request.body, actorOf(request), now(), baseUrl(request, deps.publicUrl))),
  );

  app.post(
    '/channel-points/:pointId/archive',
    {
      config: { access: overPoint('terminals:manage') },
      schema: { tags, summary: 'Archive a channel point (audited): it takes no more votes, its unused codes included; its votes stay', params: PointParams, response: { 200: ChannelPointSchema, ...Errors } },
    },
    async (request) => archivePoint(db, request.params.pointId, actorOf(request), now(), baseUrl(request, deps.publicUrl)),
  );

  app.post(
    '/channel-points/:qrPointId/codes',
    {
      config: { access: overPoint('terminals:manage', 'qrPointId') },
      schema: {
        tags,
        summary: 'Issue single-use codes for a QR point, to print and hand out: each opens the mobile voting page and takes one vote',
        description: 'The codes are shown once: the collector keeps only their hashes. A code used, expired, or of an archived point is refused by the mobile page with a message.',
        params: QrPointParams,
        body: CodeSheetRequestSchema,
        response: { 201: CodeSheetSchema, ...Errors },
      },
    },
    async (request, reply) => reply.status(201).send(await issueCodes(db, request.params.qrPointId, request.body.count, baseUrl(request, deps.publicUrl), actorOf(request), now())),
  );

  app.post(
    '/channel-points/:phonePointId/phone-votes',
    {
      config: { access: overPoint('terminals:manage', 'phonePointId') },
      schema: {
        tags,
        summary: 'Record the rating a caller gave at the end of a phone call (channel telefono, three faces)',
        params: PhonePointParams,
        body: PhoneVoteSchema,
        response: { 201: PhoneVoteReceiptSchema, ...Errors },
      },
    },
    async (request, reply) => reply.status(201).send(await recordPhoneVote(deps, request.params.phonePointId, request.body)),
  );

  app.get(
    '/offices/:officeId/web-comments',
    {
      config: { access: over.office('terminals:manage') },
      schema: {
        tags,
        summary:
          'The web widget\'s comments for an office, each with its stars and answer, newest first, a page at a time (`next` gives the query of the older ones: before and beforeId, together), with how many there are in all, for its managers; a rating without a comment is not listed (its stars and answer are figures); comments are deleted after the administration\'s days',
        params: OfficeParams,
        querystring: WebCommentsQuerySchema,
        response: { 200: WebCommentsSchema, ...Errors },
      },
    },
    async (request) => {
      const { before, beforeId } = request.query;
      if ((before === undefined) !== (beforeId === undefined)) {
        throw new AppError('validation_failed', (w) => w.requestInvalid('querystring'), [{ field: '/beforeId', reason: (w) => w.beforeIdWithoutBefore }]);
      }
      return listWebComments(db, request.params.officeId, before !== undefined && beforeId !== undefined ? { before, beforeId } : undefined);
    },
  );

  app.get(
    '/administrations/:administrationId/channel-settings',
    {
      config: { access: over.administration('administration:manage') },
      schema: { tags, summary: 'How long the administration keeps web comments', params: AdministrationParams, response: { 200: ChannelSettingsSchema, ...Errors } },
    },
    async (request) => getChannelSettings(db, request.params.administrationId),
  );

  app.put(
    '/administrations/:administrationId/channel-settings',
    {
      config: { access: over.administration('administration:manage') },
      schema: {
        tags,
        summary: 'Set how many days web comments are kept (audited); older ones are deleted by the next hourly run',
        params: AdministrationParams,
        body: ChannelSettingsInputSchema,
        response: { 200: ChannelSettingsSchema, ...Errors },
      },
    },
    async (request) => saveChannelSettings(db, request.params.administrationId, request.body.commentDays, actorOf(request), now()),
  );
};
