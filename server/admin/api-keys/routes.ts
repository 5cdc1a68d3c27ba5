// API keys of an administration, for its queue-ticket systems: list, create (the key is shown once), revoke.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ApiKeyInputSchema, ApiKeySchema, NewApiKeySchema } from '../../contract/participation';
import { ApiErrorSchema } from '../../http/error-schema';
import type { AdminDeps } from '../deps';
import { cleanName, Problems, refuseArchived } from '../checks';
import { actorOf, over } from '../scope';
import { apiKeyTarget, createApiKey, listApiKeys, revokeApiKey } from './api-keys';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema };
const tags = ['administrations'];

export const apiKeyRoutes: FastifyPluginAsyncTypebox<AdminDeps> = async (app, { db, now }) => {
  app.get(
    '/administrations/:administrationId/api-keys',
    {
      config: { access: over.administration('administration:manage') },
      schema: { tags, summary: 'API keys of an administration (never the keys themselves)', params: Type.Object({ administrationId: Id }), response: { 200: Type.Array(ApiKeySchema), ...Errors } },
    },
    async (request) => listApiKeys(db, request.params.administrationId),
  );

  app.post(
    '/administrations/:administrationId/api-keys',
    {
      config: { access: over.administration('administration:manage') },
      schema: {
        tags,
        summary: 'Create an API key for a queue-ticket system; the answer carries the key, shown this once',
        description: 'A name another live (not revoked) key of the administration bears, letter case and spaces at the ends aside, is refused with 409 on /name: the keys are told apart by their names.',
        params: Type.Object({ administrationId: Id }),
        body: ApiKeyInputSchema,
        response: { 201: NewApiKeySchema, ...Errors },
      },
    },
    async (request, reply) => {
      const problems = new Problems();
      const name = cleanName(request.body.name, '/name', problems);
      problems.throwIfAny();
      const administration = await db.selectFrom('administrations').select('archived_at').where('id', '=', request.params.administrationId).executeTakeFirstOrThrow();
      refuseArchived(administration, 'administration');
      return reply.status(201).send(await createApiKey(db, request.params.administrationId, name, actorOf(request), now()));
    },
  );

  app.post(
    '/api-keys/:apiKeyId/revoke',
    {
      config: { access: { permission: 'administration:manage', target: (r, database) => apiKeyTarget(database, (r.params as { apiKeyId: string }).apiKeyId) } },
      schema: { tags, summary: 'Revoke an API key: it stops working at once', params: Type.Object({ apiKeyId: Id }), response: { 200: ApiKeySchema, ...Errors } },
    },
    async (request) => revokeApiKey(db, request.params.apiKeyId, actorOf(request), now()),
  );
};
