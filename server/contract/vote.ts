// The vote as it travels from a terminal to the collector, and the collector's answer.
// Schemas are TypeBox: one object gives the validation, the TypeScript type and the OpenAPI text.
// The kiosk imports these with `import type` only, so TypeBox never reaches its bundle.
import { Type, type Static } from 'typebox';
import { FACE_IDS, SCALE_SIZES } from './scale';
import { MAX_VOTES_PER_BATCH } from './limits';

export { MAX_BATCH_BYTES, MAX_VOTES_PER_BATCH } from './limits';

const Id = (description: string) => Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$', description });

export const FOLLOW_UPS = ['not-asked', 'chosen', 'skipped', 'timeout'] as const;
export const FollowUpSchema = Type.Enum(FOLLOW_UPS,
  {
    description:
      'What happened to the "what went wrong?" question: not-asked (the face was not negative), ' +
      'chosen (at least one reason), skipped (the citizen chose not to say), timeout (the citizen walked away).',
  },
);
export type FollowUp = Static<typeof FollowUpSchema>;

export const VoteSchema = Type.Object(
  {
    id: Type.String({
      // The plain 36-character form only: format 'uuid' alone also takes "urn:uuid:…", and the
      // same vote spelt both ways would be stored twice.
      pattern: '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$',
      description: 'Made by the terminal (crypto.randomUUID()); resending the same id is harmless.',
    }),
    serviceId: Id('The service the citizen rated; one of the terminal configuration\'s services, or one it had when the vote was cast (before staff changed its services or its mode).'),
    face: Type.Enum(FACE_IDS, { description: 'The face tapped; one of the faces of `scale`.' }),
    scale: Type.Optional(
      Type.Enum(SCALE_SIZES, {
        description:
          'How many faces the terminal showed when the vote was cast (the index depends on it). Left out: the terminal\'s configured scale. ' +
          'It must be the terminal\'s scale, or the one it had before its scale last changed for a vote cast before that change.',
      }),
    ),
    reasons: Type.Array(Id('A reason id from the terminal configuration.'), {
      maxItems: 20,
      uniqueItems: true,
      description: 'Reasons given after a negative face; empty otherwise.',
    }),
    followUp: FollowUpSchema,
    castAt: Type.String({ format: 'date-time', description: 'When the face was tapped, by the terminal\'s clock (ISO 8601).' }),
  },
  { additionalProperties: false, $id: 'Vote' },
);
/** One citizen's vote, as the terminal sends it. */
export type Vote = Static<typeof VoteSchema>;

export const VoteBatchSchema = Type.Object(
  {
    terminalId: Id('The terminal that collected the votes.'),
    votes: Type.Array(VoteSchema, { minItems: 1, maxItems: MAX_VOTES_PER_BATCH }),
  },
  { additionalProperties: false },
);
/** Body of POST /api/v1/votes. */
export type VoteBatch = Static<typeof VoteBatchSchema>;

export const VOTE_STATUSES = ['stored', 'already-stored', 'conflict'] as const;
export const VoteReceiptSchema = Type.Object({
  id: Type.String(),
  status: Type.Enum(VOTE_STATUSES, {
    description:
      'stored and already-stored (the same vote sent again) mean the vote is safe: the terminal may forget it. ' +
      'conflict: another vote with this id, different content or from another terminal, arrived at the same moment: this one was not stored; keep it and show it to staff.',
  }),
  reason: Type.Optional(Type.String({ description: 'with conflict: why' })),
  countedAt: Type.Optional(
    Type.String({
      format: 'date-time',
      description:
        'only on a vote stored re-dated: its castAt was implausible (more than 5 minutes ahead of the collector, more than a year old, or before the terminal was first paired), ' +
        'so it counts at this time of arrival instead, and the reports count it among the re-dated votes. A terminal that gets it has a wrong clock.',
    }),
  ),
});

export const VoteBatchReceiptSchema = Type.Object({
  receivedAt: Type.String({ format: 'date-time' }),
  results: Type.Array(VoteReceiptSchema),
});
/** Answer to a stored batch: one receipt per vote, in request order. */
export type VoteBatchReceipt = Static<typeof VoteBatchReceiptSchema>;
