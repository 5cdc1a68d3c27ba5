// The answer of GET /administrations/{id}/terminals-needing-attention (server/admin/terminals/attention-routes.ts).
import { Type, type Static } from 'typebox';
import { RedatedVotesSchema, TerminalHealthSchema } from './admin';
import { ATTENTION_REASONS } from './terminal-attention';

export const TerminalAttentionSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  officeId: Type.String(),
  officeName: Type.String(),
  reasons: Type.Array(Type.Enum(ATTENTION_REASONS), { minItems: 1, description: 'why it needs looking at, the most urgent first' }),
  health: Type.Union([TerminalHealthSchema, Type.Null()], { description: 'its last heartbeat, as GET /terminals/{id} gives it' }),
  redated: Type.Union([RedatedVotesSchema, Type.Null()]),
});
export type TerminalAttention = Static<typeof TerminalAttentionSchema>;
