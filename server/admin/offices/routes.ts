// Offices (sedi) of an administration: list, read, create, update (address, time zone, hours, holidays), archive.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { OfficeCreateSchema, OfficeSchema, OfficeUpdateSchema } from '../../contract/admin';
import { allows } from '../../contract/permissions';
import { ApiErrorSchema } from '../../http/error-schema';
import type { AdminDeps } from '../deps';
import { actorOf, over, overBody, requireWithin } from '../scope';
import { strict } from '../strict';
import { ArchiveBodySchema, archiveDescription } from '../archive-body';
import { archiveOffice } from './archive-office';
import { getOfficeDetails, listAdministrationOffices } from './get-offices';
import { checkOfficeFields } from './office-input';
import { createOffice, updateOffice } from './save-office';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const AdministrationParams = Type.Object({ administrationId: Id });
const OfficeParams = Type.Object({ officeId: Id });
const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema };
const tags = ['offices'];

export const officeRoutes: FastifyPluginAsyncTypebox<AdminDeps> = async (app, { db, now, realtime }) => {
  app.get(
    '/administrations/:administrationId/offices',
    {
      config: { access: { permission: 'reports:read', target: 'somewhere' } },
      preHandler: requireWithin(db, 'reports:read'),
      schema: {
        tags,
        summary: 'Offices of an administration the signed-in person may read (archived ones too, with archivedAt)',
        params: AdministrationParams,
        response: { 200: Type.Array(OfficeSchema), ...Errors },
      },
    },
    async (request) => {
      const { grants } = request.user!;
      return (await listAdministrationOffices(db, request.params.administrationId)).filter((o) =>
        allows(grants, 'reports:read', { kind: 'office', administrationId: o.administrationId, officeId: o.id }),
      );
    },
  );

  app.post(
    '/offices',
    {
      config: { access: overBody.administration('administration:manage') },
      schema: { tags, summary: 'Create an office (time zone Europe/Rome unless given)', body: OfficeCreateSchema, response: { 201: OfficeSchema, ...Errors } },
    },
    async (request, reply) => {
      const { administrationId, ...fields } = request.body;
      const checked = checkOfficeFields(fields);
      return reply.status(201).send(await createOffice(db, administrationId, { ...checked, name: checked.name! }, actorOf(request), now()));
    },
  );

  app.get(
    '/offices/:officeId',
    {
      config: { access: over.office('reports:read') },
      schema: { tags, summary: 'One office with its address, time zone, opening hours and holidays', params: OfficeParams, response: { 200: OfficeSchema, ...Errors } },
    },
    async (request) => (await getOfficeDetails(db, request.params.officeId))!,
  );

  app.patch(
    '/offices/:officeId',
    {
      config: { access: over.office('administration:manage') },
      schema: {
        tags,
        summary: 'Change an office; fields left out stay as they are; its terminals update live',
        description:
          'Send only the fields you change, with the `version` of the office you read: if someone changed it since, the answer is 409 stale and nothing is stored. ' +
          'Without `version` the change is applied to the office as stored now (scripts, API clients).',
        params: OfficeParams,
        body: strict(OfficeUpdateSchema),
        response: { 200: OfficeSchema, ...Errors },
      },
    },
    async (request) => {
      const { version, ...fields } = request.body;
      const { office, terminalIds } = await updateOffice(db, request.params.officeId, checkOfficeFields(fields), actorOf(request), now(), version);
      await realtime.configChanged(terminalIds);
      return office;
    },
  );

  app.post(
    '/offices/:officeId/archive',
    {
      config: { access: over.office('administration:manage') },
      schema: {
        tags,
        summary: 'Archive an office and its terminals; votes and reports stay',
        description: archiveDescription('office', 'name, address, time zone, opening hours or holidays'),
        params: OfficeParams,
        body: ArchiveBodySchema,
        response: { 200: OfficeSchema, ...Errors },
      },
    },
    async (request) => {
      const { office, terminalIds } = await archiveOffice(db, request.params.officeId, actorOf(request), now(), request.body?.version);
      for (const id of terminalIds) realtime.terminalRevoked(id);
      return office;
    },
  );
};
