// Reasons for a negative vote, per administration: read the live list, replace the whole list.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ReasonListInputSchema, ReasonSchema } from '../../contract/admin';
import { ApiErrorSchema } from '../../http/error-schema';
import type { AdminDeps } from '../deps';
import { actorOf, over, requireWithin } from '../scope';
import { asEtag } from '../item-version';
import { listLiveReasons, reasonListVersion } from './list-reasons';
import { saveReasons } from './save-reasons';

const Params = Type.Object({ administrationId: Type.String({ minLength: 1, maxLength: 64 }) });
const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema };
const tags = ['reasons'];
/** The list's version travels as its ETag: the answer's body is the bare list, as it always was. */
const Listed = { ...Type.Array(ReasonSchema), headers: { etag: Type.String({ description: 'the list\'s version: send it back as `version` with the PUT' }) } };

export const reasonRoutes: FastifyPluginAsyncTypebox<AdminDeps> = async (app, { db, now, realtime }) => {
  app.get(
    '/administrations/:administrationId/reasons',
    {
      config: { access: { permission: 'reports:read', target: 'somewhere' } },
      preHandler: requireWithin(db, 'reports:read'),
      schema: { tags, summary: 'Live reasons of an administration, in display order; the ETag header is the list\'s version', params: Params, response: { 200: Listed, ...Errors } },
    },
    async (request, reply) => {
      const reasons = await listLiveReasons(db, request.params.administrationId);
      return reply.header('etag', asEtag(reasonListVersion(reasons))).send(reasons);
    },
  );

  app.put(
    '/administrations/:administrationId/reasons',
    {
      config: { access: over.administration('administration:manage') },
      schema: {
        tags,
        summary: 'Replace the reason list: kept ones by id, new ones without; those left out are archived; terminals update live',
        description:
          'Send with the list the `version` you read (the ETag of the GET, or of your last PUT): if anyone changed the list since, the answer is 409 stale and nothing is stored, so a reason added meanwhile is not archived by a list that never had it. ' +
          'Without `version` the list sent replaces whatever is stored now (scripts, API clients). The answer\'s ETag is the new version.',
        params: Params,
        body: ReasonListInputSchema,
        response: { 200: Listed, ...Errors },
      },
    },
    async (request, reply) => {
      const { administrationId } = request.params;
      const { terminalIds } = await saveReasons(db, administrationId, request.body.reasons, actorOf(request), now(), request.body.version);
      await realtime.configChanged(terminalIds);
      const reasons = await listLiveReasons(db, administrationId);
      return reply.header('etag', asEtag(reasonListVersion(reasons))).send(reasons);
    },
  );
};
