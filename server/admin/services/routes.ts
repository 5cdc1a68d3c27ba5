// Services of an administration, each with an optional charter standard: list, create, update, archive.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ServiceCreateSchema, ServiceSchema, ServiceUpdateSchema } from '../../contract/admin';
import { ApiErrorSchema } from '../../http/error-schema';
import type { AdminDeps } from '../deps';
import { cleanName, Problems } from '../checks';
import { actorOf, over, overBody, requireWithin } from '../scope';
import { strict } from '../strict';
import { ArchiveBodySchema, archiveDescription } from '../archive-body';
import { archiveService } from './archive-service';
import { listAdministrationServices } from './get-services';
import { createService, updateService } from './save-service';
import { cleanTranslations } from '../translations/clean-translations';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema };
const tags = ['services'];

export const serviceRoutes: FastifyPluginAsyncTypebox<AdminDeps> = async (app, { db, now, realtime }) => {
  app.get(
    '/administrations/:administrationId/services',
    {
      // Office managers need the list to set up terminals, viewers to read reports: anyone with a role inside.
      config: { access: { permission: 'reports:read', target: 'somewhere' } },
      preHandler: requireWithin(db, 'reports:read'),
      schema: {
        tags,
        summary: 'Services of an administration (archived ones too, with archivedAt)',
        params: Type.Object({ administrationId: Id }),
        response: { 200: Type.Array(ServiceSchema), ...Errors },
      },
    },
    async (request) => listAdministrationServices(db, request.params.administrationId),
  );

  app.post(
    '/services',
    {
      config: { access: overBody.administration('administration:manage') },
      schema: { tags, summary: 'Create a service, optionally with its charter standard and its name’s translations', body: ServiceCreateSchema, response: { 201: ServiceSchema, ...Errors } },
    },
    async (request, reply) => {
      const problems = new Problems();
      const name = cleanName(request.body.name, '/name', problems);
      const translations = cleanTranslations(request.body.translations ?? {}, '/translations', problems);
      problems.throwIfAny();
      return reply.status(201).send(await createService(db, request.body.administrationId, name, request.body.standard ?? null, actorOf(request), now(), translations));
    },
  );

  app.patch(
    '/services/:serviceId',
    {
      config: { access: over.service('administration:manage') },
      schema: {
        tags,
        summary: 'Rename a service, translate its name or change its charter standard (from a given day on; earlier days keep theirs); terminals offering it update live',
        description:
          'Send only the fields you change, with the `version` of the service you read: if someone changed it since, the answer is 409 stale and nothing is stored. ' +
          'Without `version` the change is applied to the service as stored now (scripts, API clients).',
        params: Type.Object({ serviceId: Id }),
        body: strict(ServiceUpdateSchema),
        response: { 200: ServiceSchema, ...Errors },
      },
    },
    async (request) => {
      const problems = new Problems();
      const name = request.body.name === undefined ? undefined : cleanName(request.body.name, '/name', problems);
      const translations = request.body.translations === undefined ? undefined : cleanTranslations(request.body.translations, '/translations', problems);
      problems.throwIfAny();
      const { standard, standardFrom, version } = request.body;
      const { service, terminalIds } = await updateService(db, request.params.serviceId, { name, standard, standardFrom, translations }, actorOf(request), now(), version);
      await realtime.configChanged(terminalIds);
      return service;
    },
  );

  app.post(
    '/services/:serviceId/archive',
    {
      config: { access: over.service('administration:manage') },
      schema: {
        tags,
        summary: 'Archive a service: its votes stay in the reports, terminals stop offering it',
        description: archiveDescription('service', 'name, translations or charter standard'),
        params: Type.Object({ serviceId: Id }),
        body: ArchiveBodySchema,
        response: { 200: ServiceSchema, ...Errors },
      },
    },
    async (request) => {
      const { service, terminalIds } = await archiveService(db, request.params.serviceId, actorOf(request), now(), request.body?.version);
      await realtime.configChanged(terminalIds);
      return service;
    },
  );
};
