// Administrations (comuni, consortium members): list, create, rename, archive.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AdministrationInputSchema, AdministrationRenameSchema, AdministrationSchema } from '../../contract/admin';
import { ApiErrorSchema } from '../../http/error-schema';
import type { AdminDeps } from '../deps';
import { cleanName, Problems } from '../checks';
import { actorOf, allowsWithin, installationOnly, installationOverAdministration } from '../scope';
import { ArchiveBodySchema, archiveDescription } from '../archive-body';
import { archiveAdministration } from './archive-administration';
import { listAdministrations } from './get-administrations';
import { createAdministration, renameAdministration } from './save-administration';

const Params = Type.Object({ administrationId: Type.String({ minLength: 1, maxLength: 64 }) });
const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema };
const tags = ['administrations'];

export const administrationRoutes: FastifyPluginAsyncTypebox<AdminDeps> = async (app, { db, now, realtime }) => {
  app.get(
    '/administrations',
    {
      // Everyone with a role reads reports somewhere; each sees the administrations they hold a role in.
      config: { access: { permission: 'reports:read', target: 'somewhere' } },
      schema: { tags, summary: 'Administrations the signed-in person holds a role in (all, for installation admins)', response: { 200: Type.Array(AdministrationSchema), 401: ApiErrorSchema, 403: ApiErrorSchema } },
    },
    async (request) => (await listAdministrations(db)).filter((a) => allowsWithin(request.user!.grants, 'reports:read', a.id)),
  );

  app.post(
    '/administrations',
    {
      config: { access: installationOnly },
      schema: { tags, summary: 'Create an administration (with the default reasons)', body: AdministrationInputSchema, response: { 201: AdministrationSchema, ...Errors } },
    },
    async (request, reply) => {
      const problems = new Problems();
      const name = cleanName(request.body.name, '/name', problems);
      problems.throwIfAny();
      return reply.status(201).send(await createAdministration(db, name, actorOf(request), now()));
    },
  );

  app.patch(
    '/administrations/:administrationId',
    {
      config: { access: installationOverAdministration },
      schema: {
        tags,
        summary: 'Rename an administration; its terminals update live',
        description:
          'Send the new name with the `version` of the administration you read: if someone renamed it since, the answer is 409 stale and nothing is stored. ' +
          'Without `version` the rename is applied to the administration as stored now (scripts, API clients).',
        params: Params,
        body: AdministrationRenameSchema,
        response: { 200: AdministrationSchema, ...Errors },
      },
    },
    async (request) => {
      const problems = new Problems();
      const name = cleanName(request.body.name, '/name', problems);
      problems.throwIfAny();
      const { administration, terminalIds } = await renameAdministration(db, request.params.administrationId, name, actorOf(request), now(), request.body.version);
      await realtime.configChanged(terminalIds);
      return administration;
    },
  );

  app.post(
    '/administrations/:administrationId/archive',
    {
      config: { access: installationOverAdministration },
      schema: {
        tags,
        summary: 'Archive an administration with its offices and terminals; votes and reports stay',
        description: archiveDescription('administration', 'name'),
        params: Params,
        body: ArchiveBodySchema,
        response: { 200: AdministrationSchema, ...Errors },
      },
    },
    async (request) => {
      const { administration, terminalIds } = await archiveAdministration(db, request.params.administrationId, actorOf(request), now(), request.body?.version);
      for (const id of terminalIds) realtime.terminalRevoked(id);
      return administration;
    },
  );
};
