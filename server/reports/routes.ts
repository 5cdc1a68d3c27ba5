// Report routes: the office list, an office's report and its CSV export. Read only.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { OfficeExportQuerySchema } from '../contract/export-query';
import { DEFAULT_DASHBOARD_LANGUAGE } from '../contract/languages';
import { OfficeListQuerySchema, OfficeReportSchema, OfficeSummarySchema, ReportQuerySchema } from '../contract/report';
import type { Access } from '../auth/access';
import { allows, reaches } from '../contract/permissions';
import { officeTarget } from '../auth/targets';
import { AppError } from '../http/app-error';
import { ApiErrorSchema } from '../http/error-schema';
import type { Db } from '../store/database';
import { buildOfficeReport } from './office/build-office-report';
import { checkPeriod } from './period';
import { getOffice, listOffices } from './queries/get-office';
import { reportCsv } from './exports/csv/report-csv';
import { exportText } from './exports/words/export-text';
import { buildDailyTable } from './exports/daily-rows';

const OfficeParams = Type.Object({ officeId: Type.String({ minLength: 1, maxLength: 64 }) });

/** reports:read over the office the path names; the exports of an office report check the same. */
export const readReport: Access = {
  permission: 'reports:read',
  // An unknown office gets the report's own error (office_unknown, naming it), not the generic not_found;
  // so does another administration's, whose id must tell nothing (reaches()).
  target: async (request, db) => {
    const { officeId } = request.params as { officeId: string };
    const target = await officeTarget(db, officeId);
    if (!target || !reaches(request.user!.grants, target)) throw new AppError('office_unknown', (w) => w.officeMissing(officeId));
    return target;
  },
};

export interface ReportDeps {
  db: Db;
  now: () => Date;
  /** Below this many votes a figure is a small sample (REPORT_MIN_VOTES). */
  minSample: number;
}

export const reportRoutes: FastifyPluginAsyncTypebox<ReportDeps> = async (app, { db, now, minSample }) => {
  app.get(
    '/offices',
    {
      config: { access: { permission: 'reports:read', target: 'somewhere' } },
      schema: {
        tags: ['reports'],
        summary: 'Offices whose reports the signed-in person may read',
        description: 'Open offices; with `archived=include` the archived ones too, each with `archivedAt`: an archived office keeps its votes and its report.',
        querystring: OfficeListQuerySchema,
        response: { 200: Type.Array(OfficeSummarySchema), 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema },
      },
    },
    async (request) => {
      const { grants } = request.user!;
      return (await listOffices(db, { archived: request.query.archived === 'include' })).filter((o) => allows(grants, 'reports:read', { kind: 'office', administrationId: o.administration.id, officeId: o.id }));
    },
  );

  app.get(
    '/offices/:officeId/report',
    {
      config: { access: readReport },
      schema: {
        tags: ['reports'],
        summary: 'Satisfaction report of one office over a period of local days (both included)',
        description:
          'Share positive and 0-100 index with 95% Wilson intervals, compared with the previous period and the same period a year earlier; ' +
          'each service judged against the charter standard in force on each day; participation where people served were given; ' +
          'the hour x weekday heatmap against opening hours; reasons; and how many votes arrived late or were re-dated. See docs/metrics.md.',
        params: OfficeParams,
        querystring: ReportQuerySchema,
        response: { 200: OfficeReportSchema, 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema },
      },
    },
    async (request) => buildOfficeReport({ db, minSample, now: now() }, request.params.officeId, request.query.from, request.query.to),
  );

  app.get(
    '/offices/:officeId/report.csv',
    {
      config: { access: readReport },
      schema: {
        tags: ['reports'],
        summary: 'Votes per day, service and channel as CSV (UTF-8 with BOM; semicolon-separated in Italian, comma-separated in English): the faces of the scale in use and a column per reason; columns in docs/exports.md',
        params: OfficeParams,
        querystring: OfficeExportQuerySchema,
        response: { 200: Type.String({ description: 'text/csv' }), 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      const { from, to, lang = DEFAULT_DASHBOARD_LANGUAGE } = request.query;
      checkPeriod(from, to);
      const office = await getOffice(db, request.params.officeId);
      if (!office) throw new AppError('office_unknown', (w) => w.officeMissing(request.params.officeId));
      const csv = reportCsv(await buildDailyTable(db, office.administration.id, [office], from, to), false, exportText(lang));
      const file = `gradimento-${office.id}-${from}-${to}.csv`;
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file}"`).send(csv);
    },
  );
};
