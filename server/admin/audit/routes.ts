// The audit log, newest first: of one administration for its admins, of everything for installation admins.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AuditEntrySchema, AuditQuerySchema } from '../../contract/admin';
import type { Access } from '../../auth/access';
import { administrationTarget } from '../../auth/targets';
import { AppError } from '../../http/app-error';
import { ApiErrorSchema } from '../../http/error-schema';
import type { AdminDeps } from '../deps';
import { listAudit } from './list-audit';

const DEFAULT_LIMIT = 100;

/** Over the administration asked for (404 if unknown), or over the installation when none is named. */
const readAudit: Access = {
  permission: 'audit:read',
  target: async (request, db) => {
    const { administrationId } = request.query as { administrationId?: string };
    return administrationId === undefined ? { kind: 'installation' } : administrationTarget(db, administrationId);
  },
};

export const auditRoutes: FastifyPluginAsyncTypebox<AdminDeps> = async (app, { db }) => {
  app.get(
    '/audit',
    {
      config: { access: readAudit },
      schema: {
        tags: ['audit'],
        summary: 'Who changed what, newest first, filtered by kind of item, person and period if asked; page on with before = the last entry\'s at and beforeId = its id',
        querystring: AuditQuerySchema,
        response: { 200: Type.Array(AuditEntrySchema), 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema },
      },
    },
    async (request) => {
      const { administrationId, before, beforeId, limit, after, targetType, actor } = request.query;
      if (beforeId !== undefined && before === undefined) {
        throw new AppError('validation_failed', (w) => w.requestInvalid('querystring'), [{ field: '/beforeId', reason: (w) => w.beforeIdWithoutBefore }]);
      }
      return listAudit(db, { administrationId: administrationId ?? null, before, beforeId, after, targetType, actor, limit: limit ? Number(limit) : DEFAULT_LIMIT });
    },
  );
};
