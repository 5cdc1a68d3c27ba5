// Reasons for a negative vote, per administration: read the live list, replace the whole list.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ReasonListInputSchema, ReasonSchema } from '../../contract/admin';
import { ApiErrorSchema } from '../../http/error-schema';
import type { AdminDeps } from '../deps';
import { actorOf, over, requireWithin } from '../scope';
import { listLiveReasons } from './list-reasons';
import { saveReasons } from './save-reasons';

const Params = Type.Object({ administrationId: Type.String({ minLength: 1, maxLength: 64 }) });
const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema };
const tags = ['reasons'];

export const reasonRoutes: FastifyPluginAsyncTypebox<AdminDeps> = async (app, { db, now, realtime }) => {
  app.get(
    '/administrations/:administrationId/reasons',
    {
      config: { access: { permission: 'reports:read', target: 'somewhere' } },
      preHandler: requireWithin(db, 'reports:read'),
      schema: { tags, summary: 'Live reasons of an administration, in display order', params: Params, response: { 200: Type.Array(ReasonSchema), ...Errors } },
    },
    async (request) => listLiveReasons(db, request.params.administrationId),
  );

  app.put(
    '/administrations/:administrationId/reasons',
    {
      config: { access: over.administration('administration:manage') },
      schema: {
        tags,
        summary: 'Replace the reason list: kept ones by id, new ones without; those left out are archived; terminals update live',
        params: Params,
        body: ReasonListInputSchema,
        response: { 200: Type.Array(ReasonSchema), ...Errors },
      },
    },
    async (request) => {
      const { administrationId } = request.params;
      const { terminalIds } = await saveReasons(db, administrationId, request.body.reasons, actorOf(request), now());
      await realtime.configChanged(terminalIds);
      return listLiveReasons(db, administrationId);
    },
  );
};
