// The terminals of a whole administration that need looking at: for IT staff with hundreds of tablets.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SILENT_AFTER_MINUTES } from '../../contract/silent-terminal';
import { TerminalAttentionSchema } from '../../contract/terminal-attention-schema';
import { ApiErrorSchema } from '../../http/error-schema';
import type { AdminDeps } from '../deps';
import { allows } from '../../contract/permissions';
import { requireWithin } from '../scope';
import { getTerminalsNeedingAttention } from './get-terminals-needing-attention';

export const terminalAttentionRoutes: FastifyPluginAsyncTypebox<AdminDeps> = async (app, { db, now }) => {
  app.get(
    '/administrations/:administrationId/terminals-needing-attention',
    {
      // Whoever manages terminals somewhere in it: an office manager sees their own offices' only.
      config: { access: { permission: 'terminals:manage', target: 'somewhere' } },
      preHandler: requireWithin(db, 'terminals:manage'),
      schema: {
        tags: ['terminals'],
        summary: 'The paired terminals of an administration that need looking at, with why, the most urgent first (those of the offices the reader manages)',
        description:
          `Across its live offices, paired terminals only: silent (no heartbeat for ${SILENT_AFTER_MINUTES} minutes or more), never heard from, votes held for staff, ` +
          'storage nearly full, storage not persistent, a wrong clock (votes re-dated lately). Terminals with none of these are left out.',
        params: Type.Object({ administrationId: Type.String() }),
        response: { 200: Type.Array(TerminalAttentionSchema), 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema },
      },
    },
    async (request) => {
      const { grants } = request.user!;
      return (await getTerminalsNeedingAttention(db, request.params.administrationId, now())).filter((t) =>
        allows(grants, 'terminals:manage', { kind: 'office', administrationId: request.params.administrationId, officeId: t.officeId }),
      );
    },
  );
};
