// GET /api/v1/terminals/:terminalId/config: what a terminal shows (office, mode, services, scale, reasons).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { TerminalConfigSchema } from '../contract/terminal-config';
import { AppError } from '../http/app-error';
import { ApiErrorSchema } from '../http/error-schema';
import type { Db } from '../store/database';
import { getTerminalConfig } from '../store/get-terminal-config';

export const terminalRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/terminals/:terminalId/config',
    {
      schema: {
        tags: ['terminals'],
        summary: 'Configuration of one terminal',
        params: Type.Object({ terminalId: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 200: TerminalConfigSchema, 404: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      const config = await getTerminalConfig(db, request.params.terminalId);
      if (!config) throw new AppError('terminal_unknown', `Terminal "${request.params.terminalId}" is not registered (or was archived) on this collector.`);
      // A terminal caches this itself (IndexedDB); an HTTP cache in between would only delay changes.
      reply.header('cache-control', 'no-store');
      return config;
    },
  );
};
