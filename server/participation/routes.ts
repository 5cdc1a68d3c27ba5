// People served: typed on the dashboard, imported from a CSV, or sent by a queue-ticket system with an API key.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  MAX_PEOPLE_SERVED_CSV_BYTES,
  PeopleServedFeedSchema,
  PeopleServedImportResultSchema,
  PeopleServedInputSchema,
  PeopleServedQuerySchema,
  PeopleServedResultSchema,
  PeopleServedRowSchema,
  type PeopleServedEntry,
} from '../contract/participation';
import { recordAudit, type Actor } from '../audit/record-audit';
import { refuseArchived } from '../admin/checks';
import { actorOf, over } from '../admin/scope';
import { AppError, type Problem } from '../http/app-error';
import { ApiErrorSchema } from '../http/error-schema';
import { checkPeriod } from '../reports/period';
import type { Db } from '../store/database';
import { checkFigures, getOfficeForFigures, serviceIdsOf, type OfficeForFigures } from './check-people-served';
import { getPeopleServed } from './get-people-served';
import { decodeCsv } from './decode-csv';
import { parsePeopleServedCsv } from './parse-csv';
import { recordPeopleServed } from './record-people-served';
import { serviceLookup } from './service-lookup';

export interface ParticipationDeps {
  db: Db;
  now: () => Date;
}

const OfficeParams = Type.Object({ officeId: Type.String({ minLength: 1, maxLength: 64 }) });
const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema, 413: ApiErrorSchema, 415: ApiErrorSchema };
const tags = ['participation'];

export const participationRoutes: FastifyPluginAsyncTypebox<ParticipationDeps> = async (app, { db, now }) => {
  /** Checks then stores, all or nothing; the audit says who, how, and how much. */
  async function store(office: OfficeForFigures, entries: readonly PeopleServedEntry[], at: (i: number, field: string) => Pick<Problem, 'field' | 'line'>, source: string, by: string | null, actor: Actor | null) {
    // An archived administration or office keeps its votes and reports and changes no more: its
    // participation figures are part of those reports (the same for the dashboard, a CSV and a key).
    refuseArchived({ archivedAt: office.administrationArchivedAt }, 'administration');
    refuseArchived({ archivedAt: office.officeArchivedAt }, 'office');
    const services = await serviceIdsOf(db, office.administrationId);
    const when = now();
    const { figures, problems } = checkFigures(office, services, entries, when, at);
    if (problems.length > 0) throw new AppError('validation_failed', (w) => w.figuresInvalid(problems.length), problems);
    return db.transaction().execute(async (trx) => {
      const result = await recordPeopleServed(trx, figures, { source, by, at: when });
      // Figures sent again unchanged are not an action: the log would fill with a queue system's resends.
      if (result.stored - result.unchanged + result.removed === 0) return result;
      const days = figures.map((f) => f.day).sort();
      await recordAudit(
        trx,
        { actor, administrationId: office.administrationId, action: 'people-served.record', targetType: 'office', targetId: office.id, details: { source, by, entries: figures.length, from: days[0], to: days.at(-1), ...result } },
        when,
      );
      return result;
    });
  }

  async function officeOf(officeId: string): Promise<OfficeForFigures> {
    const office = await getOfficeForFigures(db, officeId);
    if (!office) throw new AppError('office_unknown', (w) => w.officeMissing(officeId));
    return office;
  }

  app.get(
    '/offices/:officeId/people-served',
    {
      config: { access: over.office('reports:read') },
      schema: { tags, summary: 'People served per service, channel and day, with the votes of the same days', params: OfficeParams, querystring: PeopleServedQuerySchema, response: { 200: Type.Array(PeopleServedRowSchema), ...Errors } },
    },
    async (request) => {
      checkPeriod(request.query.from, request.query.to);
      return getPeopleServed(db, request.params.officeId, request.query.from, request.query.to);
    },
  );

  app.put(
    '/offices/:officeId/people-served',
    {
      config: { access: over.office('people-served:write') },
      schema: {
        tags,
        summary: 'Record people served, as typed on the dashboard',
        description: 'Each figure replaces the one stored for its service, channel and day; null removes it. All or nothing.',
        params: OfficeParams,
        body: PeopleServedInputSchema,
        response: { 200: PeopleServedResultSchema, ...Errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return store(await officeOf(request.params.officeId), request.body.entries, (i, field) => ({ field: `/entries/${i}/${field}` }), 'dashboard', actor.email, actor);
    },
  );

  // A spreadsheet export: the body is the file itself, read as text (a parser of its own, in its own scope).
  const csvImport: FastifyPluginAsyncTypebox = async (csv) => {
    // As bytes: decoded in the charset the request declares (decode-csv.ts), not always as UTF-8.
    csv.addContentTypeParser(['text/csv', 'text/plain', 'application/vnd.ms-excel'], { parseAs: 'buffer', bodyLimit: MAX_PEOPLE_SERVED_CSV_BYTES }, (_request, body, done) => done(null, body));
    csv.post(
      '/offices/:officeId/people-served.csv',
      {
        bodyLimit: MAX_PEOPLE_SERVED_CSV_BYTES,
        config: { access: over.office('people-served:write'), bodyTypes: 'text/csv (or text/plain, application/vnd.ms-excel)' },
        schema: {
          tags,
          summary: 'Import people served from a CSV file (giorno;servizio;canale;persone)',
          description:
            'Header required; ";" or "," separated; dates as 2026-03-31 or 31/03/2026; services by name (the live service when an archived one bore the same name) or id; canale optional (sportello). ' +
            'Columns named otherwise (or a second column for the same field) are not read: the figures are imported and the answer lists them in ignoredColumns; ' +
            'a missing giorno, servizio or persone column refuses the file, naming the columns it did not recognise; so does a column named one or two letters from canale (canali, chanel): read without it, every figure would go to the counter. ' +
            'All or nothing: every bad line is listed with its number and reason, and nothing is stored.',
          params: OfficeParams,
          body: Type.Unsafe<Buffer>({ description: 'text/csv in UTF-8 (a BOM is fine), or in the charset the Content-Type declares (text/csv; charset=windows-1252 for a file saved by Excel)' }),
          response: { 200: PeopleServedImportResultSchema, ...Errors },
        },
      },
      async (request) => {
        const office = await officeOf(request.params.officeId);
        const services = await serviceIdsOf(db, office.administrationId);
        const parsed = parsePeopleServedCsv(decodeCsv(request.body, request.headers['content-type']), serviceLookup([...services.values()]));
        if (parsed.problems.length > 0) {
          throw new AppError('validation_failed', (w) => w.csvInvalid(parsed.problems.length), parsed.problems);
        }
        const actor = actorOf(request);
        const result = await store(office, parsed.entries, (i, field) => ({ line: parsed.lines[i]!, field: `/${field === 'serviceId' ? 'servizio' : 'giorno'}` }), 'csv', actor.email, actor);
        return { ...result, ignoredColumns: parsed.ignored };
      },
    );
  };
  await app.register(csvImport);

  app.put(
    '/people-served',
    {
      config: { access: { apiKey: true } },
      schema: {
        tags,
        security: [{ apiKey: [] }],
        summary: 'Record people served from a queue-ticket system (administration API key)',
        description: 'Send the day\'s figures as often as you like: each replaces the stored one, and figures equal to the stored ones write nothing and add nothing to the audit log. The office must belong to the key\'s administration.',
        body: PeopleServedFeedSchema,
        response: { 200: PeopleServedResultSchema, ...Errors },
      },
    },
    async (request) => {
      const office = await getOfficeForFigures(db, request.body.officeId);
      // Another administration's office is answered like a missing one: a key reveals nothing beyond its own.
      if (!office || office.administrationId !== request.apiKey!.administrationId) throw new AppError('office_unknown', (w) => w.officeMissingForKey(request.body.officeId));
      return store(office, request.body.entries, (i, field) => ({ field: `/entries/${i}/${field}` }), 'api', `api-key:${request.apiKey!.name}`, null);
    },
  );
};
