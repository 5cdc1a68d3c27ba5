// A terminal's own routes: enrolment with a pairing code, and its configuration (device token only).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { EnrolmentRequestSchema, EnrolmentSchema } from '../contract/auth';
import { TerminalConfigSchema } from '../contract/terminal-config';
import { recordAudit } from '../audit/record-audit';
import { redeemPairingCode } from '../auth/terminal-tokens';
import { AppError } from '../http/app-error';
import { ApiErrorSchema } from '../http/error-schema';
import type { Realtime } from '../realtime/socket';
import type { Db } from '../store/database';
import { getTerminalConfig } from '../store/get-terminal-config';

export const terminalRoutes: FastifyPluginAsyncTypebox<{ db: Db; now: () => Date; realtime: Pick<Realtime, 'terminalReEnrolled'> }> = async (app, { db, now, realtime }) => {
  app.post(
    '/enrolment',
    {
      // A pairing code has 31^8 values and lives 15 minutes; this limit makes guessing hopeless.
      config: { access: { public: true }, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['terminals'],
        summary: 'Enrol a terminal with a pairing code; answers its device token (once)',
        body: EnrolmentRequestSchema,
        response: { 200: EnrolmentSchema, 400: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request) => {
      const at = now();
      const enrolled = await redeemPairingCode(db, request.body.code, at);
      if (!enrolled) throw new AppError('pairing_code_invalid', (w) => w.pairingCodeInvalid);
      const office = await db
        .selectFrom('terminals')
        .innerJoin('offices', 'offices.id', 'terminals.office_id')
        .select('offices.administration_id')
        .where('terminals.id', '=', enrolled.terminalId)
        .executeTakeFirstOrThrow();
      realtime.terminalReEnrolled(enrolled.terminalId);
      await recordAudit(db, { actor: null, administrationId: office.administration_id, action: 'terminal.enrol', targetType: 'terminal', targetId: enrolled.terminalId, details: { userAgent: request.headers['user-agent'] ?? '' } }, at);
      return enrolled;
    },
  );

  app.get(
    '/terminals/:terminalId/config',
    {
      config: { access: { terminal: true } },
      schema: {
        tags: ['terminals'],
        summary: 'Configuration of the calling terminal',
        security: [{ deviceToken: [] }],
        params: Type.Object({ terminalId: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 200: TerminalConfigSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      if (request.params.terminalId !== request.terminal!.id) throw new AppError('forbidden', (w) => w.ownConfigOnly);
      const config = await getTerminalConfig(db, request.params.terminalId);
      if (!config) throw new AppError('terminal_unknown', (w) => w.terminalNotRegistered(request.params.terminalId));
      // A terminal caches this itself (IndexedDB); an HTTP cache in between would only delay changes.
      reply.header('cache-control', 'no-store');
      return config;
    },
  );
};
