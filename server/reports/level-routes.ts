// Reports above one office: an administration's, the installation's, and their bulletins. Read only.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AdministrationReportSchema, BulletinQuerySchema, BulletinSchema, InstallationReportSchema, LevelQuerySchema } from '../contract/levels';
import type { Access } from '../auth/access';
import { over } from '../admin/scope';
import { FIRST_REPORT_YEAR, LAST_CALENDAR_YEAR } from '../contract/exports';
import { AppError } from '../http/app-error';
import { ApiErrorSchema } from '../http/error-schema';
import { buildAdministrationReport } from './levels/build-administration-report';
import { buildBulletin, type BulletinPeriod } from './levels/build-bulletin';
import { buildInstallationReport } from './levels/build-installation-report';
import { isCountedYear } from './period';
import type { ReportDeps } from './routes';

const AdministrationParams = Type.Object({ administrationId: Type.String({ minLength: 1, maxLength: 64 }) });
const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema };
const tags = ['reports'];
/** Only a grant over the whole installation reaches it: the installation admin's. */
export const readInstallation: Access = { permission: 'reports:read', target: async () => ({ kind: 'installation' }) };

/** A month or a year, never both nor neither: the JSON bulletin's and its PDF's. */
export function bulletinPeriod(query: { month?: string; year?: string }): BulletinPeriod {
  const asked = query.month && !query.year ? ({ kind: 'month', month: query.month, field: '/month' } as const) : query.year && !query.month ? ({ kind: 'year', year: query.year, field: '/year' } as const) : null;
  if (asked) {
    const text = asked.kind === 'month' ? asked.month : asked.year;
    // Month 0000-01 read as January 1900 (Date.UTC's two-digit years), 9999-12 ran past the calendar.
    if (!isCountedYear(text.slice(0, 4))) {
      throw new AppError('validation_failed', (w) => w.bulletinPeriodAsked, [{ field: asked.field, reason: (w) => w.outsideCountedYears(text, FIRST_REPORT_YEAR, LAST_CALENDAR_YEAR) }]);
    }
    return asked.kind === 'month' ? { kind: 'month', month: asked.month } : { kind: 'year', year: asked.year };
  }
  throw new AppError('validation_failed', (w) => w.bulletinPeriodAsked, [{ field: '/month', reason: (w) => w.monthOrYear }]);
}

export const levelRoutes: FastifyPluginAsyncTypebox<ReportDeps> = async (app, { db, now, minSample }) => {
  const context = () => ({ db, minSample, now: now() });

  app.get(
    '/administrations/:administrationId/report',
    {
      config: { access: over.administration('reports:read') },
      schema: {
        tags,
        summary: 'An administration\'s offices side by side, ranked by a share shrunk toward the mean, with its totals',
        params: AdministrationParams,
        querystring: LevelQuerySchema,
        response: { 200: AdministrationReportSchema, ...Errors },
      },
    },
    async (request) => buildAdministrationReport(context(), request.params.administrationId, request.query.from, request.query.to),
  );

  app.get(
    '/administrations/:administrationId/bulletin',
    {
      config: { access: over.administration('reports:read') },
      schema: { tags, summary: 'An administration\'s bulletin for a month or a year, in the shape of the national programme', params: AdministrationParams, querystring: BulletinQuerySchema, response: { 200: BulletinSchema, ...Errors } },
    },
    async (request) => buildBulletin(context(), request.params.administrationId, bulletinPeriod(request.query)),
  );

  app.get(
    '/installation/report',
    {
      config: { access: readInstallation },
      schema: { tags, summary: 'The installation\'s administrations side by side (installation admins)', querystring: LevelQuerySchema, response: { 200: InstallationReportSchema, ...Errors } },
    },
    async (request) => buildInstallationReport(context(), request.query.from, request.query.to),
  );

  app.get(
    '/installation/bulletin',
    {
      config: { access: readInstallation },
      schema: { tags, summary: 'The installation\'s bulletin for a month or a year (installation admins)', querystring: BulletinQuerySchema, response: { 200: BulletinSchema, ...Errors } },
    },
    async (request) => buildBulletin(context(), null, bulletinPeriod(request.query)),
  );
};
