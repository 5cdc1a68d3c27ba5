// Names of several terminals at once, for pages that show terminal ids (the audit log), within the reader's scope.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { MAX_TERMINAL_NAMES } from '../../contract/api';
import { allows } from '../../contract/permissions';
import { ApiErrorSchema } from '../../http/error-schema';
import type { AdminDeps } from '../deps';
import { getTerminalNames } from './get-terminal-names';

/** 100 ids of 64 characters and the commas between: the address stays within Node's 16 KiB of headers. */
const IDS_LENGTH = MAX_TERMINAL_NAMES * 65 - 1;

export const terminalNameRoutes: FastifyPluginAsyncTypebox<AdminDeps> = async (app, { db }) => {
  app.get(
    '/terminal-names',
    {
      config: { access: { permission: 'terminals:manage', target: 'somewhere' } },
      schema: {
        tags: ['terminals'],
        summary: 'The names of several terminals in one request (those the reader may manage)',
        description:
          `Up to ${IDS_LENGTH} characters of ids, comma-separated. Each terminal is answered as GET /terminals/{terminalId} would answer it: ` +
          'one the reader may not manage, or that does not exist, is left out (nothing tells the two apart).',
        querystring: Type.Object({ ids: Type.Optional(Type.String({ maxLength: IDS_LENGTH, description: `Terminal ids, comma-separated (${MAX_TERMINAL_NAMES} of the longest fit)` })) }),
        response: { 200: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })), 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema },
      },
    },
    async (request) => {
      const ids = [...new Set(request.query.ids?.split(',').filter(Boolean) ?? [])];
      const { grants } = request.user!;
      const rows = await getTerminalNames(db, ids);
      return rows
        .filter((r) => allows(grants, 'terminals:manage', { kind: 'office', administrationId: r.administration_id, officeId: r.office_id }))
        .map((r) => ({ id: r.id, name: r.name }));
    },
  );
};
