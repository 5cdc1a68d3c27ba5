// The report files: an office's report as XLSX and PDF (its CSV is in routes.ts), an administration's as CSV,
// XLSX and PDF, an administration's yearly report as JSON, XLSX and PDF, and the bulletins (an administration's, the installation's) as PDF. Read only, with the access of the report each exports;
// each file in the dashboard language its `lang` names (Italian by default).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { over } from '../admin/scope';
import { AdministrationExportQuerySchema, BulletinExportQuerySchema, OfficeExportQuerySchema, YearlyExportQuerySchema } from '../contract/export-query';
import { DEFAULT_DASHBOARD_LANGUAGE } from '../contract/languages';
import { YearlyQuerySchema, YearlyReportSchema } from '../contract/yearly';
import { AppError } from '../http/app-error';
import { ApiErrorSchema } from '../http/error-schema';
import { administrationExport } from './exports/administration-data';
import { reportCsv } from './exports/csv/report-csv';
import { buildDailyTable } from './exports/daily-rows';
import { administrationReportPdf } from './exports/pdf/administration-pdf';
import { bulletinPdf } from './exports/pdf/bulletin-pdf';
import { officeReportPdf } from './exports/pdf/office-pdf';
import { yearlyReportPdf } from './exports/pdf/yearly-pdf';
import { administrationReportXlsx } from './exports/xlsx/administration-xlsx';
import { officeReportXlsx } from './exports/xlsx/office-xlsx';
import { yearlyReportXlsx } from './exports/xlsx/yearly-xlsx';
import { limitExports } from './exports/export-slots';
import { exportText } from './exports/words/export-text';
import { yearlyExport } from './exports/yearly-data';
import { buildOfficeReport } from './office/build-office-report';
import { checkPeriod } from './period';
import { getAdministrationNames, getAdministrationOffices } from './queries/get-administrations';
import { getOffice } from './queries/get-office';
import { readReport, type ReportDeps } from './routes';
import { bulletinPeriod, readInstallation } from './level-routes';
import { buildBulletin } from './levels/build-bulletin';
import { DEFAULT_TIME_ZONE } from '../admin/offices/save-office';

const OfficeParams = Type.Object({ officeId: Type.String({ minLength: 1, maxLength: 64 }) });
const AdministrationParams = Type.Object({ administrationId: Type.String({ minLength: 1, maxLength: 64 }) });
const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema };
const tags = ['reports'];
const readAdministration = over.administration('reports:read');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = (what: string) => Type.String({ description: what });

/** A file name that is safe in a header whatever the ids hold: letters, digits, dot, dash. */
function attachment(reply: FastifyReply, type: string, name: string, body: string | Buffer) {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-');
  return reply.type(type).header('content-disposition', `attachment; filename="${safe}"`).send(body);
}

export const exportRoutes: FastifyPluginAsyncTypebox<ReportDeps> = async (app, { db, now, minSample }) => {
  limitExports(app);
  const context = () => ({ db, minSample, now: now() });
  const officeOf = async (officeId: string) => {
    const office = await getOffice(db, officeId);
    if (!office) throw new AppError('office_unknown', (w) => w.officeMissing(officeId));
    return office;
  };

  app.get(
    '/offices/:officeId/report.xlsx',
    {
      config: { access: readReport },
      schema: {
        tags,
        summary: 'An office\'s report as an Excel workbook in the language of `lang` (sheets Riepilogo, Servizi, Giorni, Ore, Motivazioni, Partecipazione, Carta dei servizi, Dettaglio; in English Summary, Services, Days, Hours, Reasons, Participation, Service charter, Detail): numbers as numbers, days as dates; sheets and columns in docs/exports.md',
        params: OfficeParams,
        querystring: OfficeExportQuerySchema,
        response: { 200: file(XLSX), ...Errors },
      },
    },
    async (request, reply) => {
      const { from, to, lang = DEFAULT_DASHBOARD_LANGUAGE } = request.query;
      checkPeriod(from, to);
      const office = await officeOf(request.params.officeId);
      const [report, table] = await Promise.all([buildOfficeReport(context(), office.id, from, to), buildDailyTable(db, office.administration.id, [office], from, to)]);
      return attachment(reply, XLSX, `gradimento-${office.id}-${from}-${to}.xlsx`, await officeReportXlsx(report, table, exportText(lang)));
    },
  );

  app.get(
    '/offices/:officeId/report.pdf',
    {
      config: { access: readReport },
      schema: {
        tags,
        summary: 'An office\'s report as an A4 PDF in the language of `lang`: a summary page, then a page per rated service (counts, share positive and index with intervals, charter check, trend chart, reasons); pages in docs/exports.md',
        params: OfficeParams,
        querystring: OfficeExportQuerySchema,
        response: { 200: file('application/pdf'), ...Errors },
      },
    },
    async (request, reply) => {
      const { from, to, lang = DEFAULT_DASHBOARD_LANGUAGE } = request.query;
      checkPeriod(from, to);
      const office = await officeOf(request.params.officeId);
      return attachment(reply, 'application/pdf', `gradimento-${office.id}-${from}-${to}.pdf`, await officeReportPdf(context(), office.id, from, to, exportText(lang)));
    },
  );

  app.get(
    '/administrations/:administrationId/report.csv',
    {
      config: { access: readAdministration },
      schema: {
        tags,
        summary: 'Votes per day, office, service and channel of all the administration\'s offices as CSV (UTF-8 with BOM; semicolon-separated in Italian, comma-separated in English): the faces of the scales in use and a column per reason; columns in docs/exports.md',
        params: AdministrationParams,
        querystring: AdministrationExportQuerySchema,
        response: { 200: file('text/csv'), ...Errors },
      },
    },
    async (request, reply) => {
      const { from, to, lang = DEFAULT_DASHBOARD_LANGUAGE } = request.query;
      const { administrationId } = request.params;
      checkPeriod(from, to);
      if (!(await getAdministrationNames(db)).has(administrationId)) throw new AppError('not_found', (w) => w.administrationMissing(administrationId));
      const offices = await getAdministrationOffices(db, administrationId);
      const csv = reportCsv(await buildDailyTable(db, administrationId, offices, from, to), true, exportText(lang));
      return attachment(reply, 'text/csv; charset=utf-8', `gradimento-${administrationId}-${from}-${to}.csv`, csv);
    },
  );

  app.get(
    '/administrations/:administrationId/report.xlsx',
    {
      config: { access: readAdministration },
      schema: {
        tags,
        summary: 'An administration\'s report as an Excel workbook in the language of `lang` (sheets Riepilogo, Uffici, Servizi, Giorni, Motivazioni, Partecipazione, Carta dei servizi, Dettaglio; in English Summary, Offices, Services, Days, Reasons, Participation, Service charter, Detail): numbers as numbers, days as dates; in docs/exports.md',
        params: AdministrationParams,
        querystring: AdministrationExportQuerySchema,
        response: { 200: file(XLSX), ...Errors },
      },
    },
    async (request, reply) => {
      const { from, to, lang = DEFAULT_DASHBOARD_LANGUAGE } = request.query;
      const { administrationId } = request.params;
      const data = await administrationExport(context(), administrationId, from, to);
      const table = await buildDailyTable(db, administrationId, data.offices, from, to);
      return attachment(reply, XLSX, `gradimento-${administrationId}-${from}-${to}.xlsx`, await administrationReportXlsx(data.report, data.services, table, data.timeZone, exportText(lang)));
    },
  );

  app.get(
    '/administrations/:administrationId/report.pdf',
    {
      config: { access: readAdministration },
      schema: {
        tags,
        summary: 'An administration\'s report as an A4 PDF in the language of `lang`: a summary page (offices side by side, services worst first), then a page per rated service over all its offices; pages in docs/exports.md',
        params: AdministrationParams,
        querystring: AdministrationExportQuerySchema,
        response: { 200: file('application/pdf'), ...Errors },
      },
    },
    async (request, reply) => {
      const { from, to, lang = DEFAULT_DASHBOARD_LANGUAGE } = request.query;
      const { administrationId } = request.params;
      return attachment(reply, 'application/pdf', `gradimento-${administrationId}-${from}-${to}.pdf`, await administrationReportPdf(context(), administrationId, from, to, exportText(lang)));
    },
  );

  app.get(
    '/administrations/:administrationId/yearly-report',
    {
      config: { access: readAdministration },
      schema: {
        tags,
        summary: 'An administration\'s yearly report, for its annual performance report: the year\'s totals and months, each office\'s services and all offices\' services, each judged against the service charter over the year',
        description: 'A year runs 1 January to 31 December in the offices\' time zone; from 2000 to the current year. A year without votes is a report of zeros.',
        params: AdministrationParams,
        querystring: YearlyQuerySchema,
        response: { 200: YearlyReportSchema, ...Errors },
      },
    },
    async (request) => (await yearlyExport(context(), request.params.administrationId, request.query.year)).report,
  );

  app.get(
    '/administrations/:administrationId/yearly-report.xlsx',
    {
      config: { access: readAdministration },
      schema: {
        tags,
        summary: 'The yearly report as an Excel workbook in the language of `lang` (sheets Riepilogo, Mesi, Uffici e servizi, Servizi, Carta dei servizi; in English Summary, Months, Offices and services, Services, Service charter); in docs/exports.md',
        params: AdministrationParams,
        querystring: YearlyExportQuerySchema,
        response: { 200: file(XLSX), ...Errors },
      },
    },
    async (request, reply) => {
      const { administrationId } = request.params;
      const t = exportText(request.query.lang ?? DEFAULT_DASHBOARD_LANGUAGE);
      const { report, faces, timeZone } = await yearlyExport(context(), administrationId, request.query.year);
      return attachment(reply, XLSX, `gradimento-${administrationId}-${t.w.fileYear}-${report.year}.xlsx`, await yearlyReportXlsx(report, faces, timeZone, t));
    },
  );

  app.get(
    '/administrations/:administrationId/yearly-report.pdf',
    {
      config: { access: readAdministration },
      schema: {
        tags,
        summary: 'The yearly report as an A4 PDF in the language of `lang`: the year at a glance (score, month-by-month chart, charter, offices, services), then a page per office with its services and their charter checks; pages in docs/exports.md',
        params: AdministrationParams,
        querystring: YearlyExportQuerySchema,
        response: { 200: file('application/pdf'), ...Errors },
      },
    },
    async (request, reply) => {
      const { administrationId } = request.params;
      const t = exportText(request.query.lang ?? DEFAULT_DASHBOARD_LANGUAGE);
      const { report, faces, timeZone } = await yearlyExport(context(), administrationId, request.query.year);
      return attachment(reply, 'application/pdf', `gradimento-${administrationId}-${t.w.fileYear}-${report.year}.pdf`, await yearlyReportPdf(db, report, faces, timeZone, t));
    },
  );

  /** The bulletin's PDF: its period as the title names it, its instants in the administration's zone (the collector's default for the installation). */
  const bulletinFile = async (reply: FastifyReply, administrationId: string | null, query: { month?: string; year?: string; lang?: 'it' | 'en' }) => {
    const t = exportText(query.lang ?? DEFAULT_DASHBOARD_LANGUAGE);
    const period = bulletinPeriod(query);
    const bulletin = await buildBulletin(context(), administrationId, period);
    const timeZone = administrationId ? ((await getAdministrationOffices(db, administrationId))[0]?.timeZone ?? DEFAULT_TIME_ZONE) : DEFAULT_TIME_ZONE;
    const when = period.kind === 'month' ? t.f.month(period.month) : period.year;
    const scope = administrationId ?? t.w.bulletin.installation.toLowerCase();
    const name = `gradimento-${scope}-${t.w.bulletin.file}-${period.kind === 'month' ? period.month : period.year}.pdf`;
    return attachment(reply, 'application/pdf', name, await bulletinPdf(db, bulletin, when, timeZone, t));
  };
  const bulletinSummary =
    'bulletin as a one-page A4 PDF in the language of `lang`, in the national programme\'s shape: the period\'s votes, weekly average and running total, the share positive and index against the month (year) before, each contact channel with its participation, and how many administrations, offices, counters and terminals took part';

  app.get(
    '/administrations/:administrationId/bulletin.pdf',
    {
      config: { access: readAdministration },
      schema: { tags, summary: `An administration's ${bulletinSummary}`, params: AdministrationParams, querystring: BulletinExportQuerySchema, response: { 200: file('application/pdf'), ...Errors } },
    },
    async (request, reply) => bulletinFile(reply, request.params.administrationId, request.query),
  );

  app.get(
    '/installation/bulletin.pdf',
    {
      config: { access: readInstallation },
      schema: { tags, summary: `The installation's ${bulletinSummary} (installation admins)`, querystring: BulletinExportQuerySchema, response: { 200: file('application/pdf'), ...Errors } },
    },
    async (request, reply) => bulletinFile(reply, null, request.query),
  );
};
