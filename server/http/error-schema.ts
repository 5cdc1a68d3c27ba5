// The error body as a JSON schema, for route responses and the OpenAPI document.
import { Type } from 'typebox';
import { ERROR_CODES } from '../contract/errors';

export const ApiErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.Enum(ERROR_CODES),
      message: Type.String(),
      problems: Type.Optional(
        Type.Array(Type.Object({ field: Type.String(), reason: Type.String(), voteId: Type.Optional(Type.String()), line: Type.Optional(Type.Integer({ description: 'line of an uploaded CSV file (header = 1)' })) })),
      ),
      retryAfterSeconds: Type.Optional(Type.Integer()),
      changed: Type.Optional(
        Type.Object(
          { by: Type.Union([Type.String(), Type.Null()]), at: Type.String({ format: 'date-time' }) },
          { description: 'with stale: the item\'s last recorded change (who, when), where the audit log names it' },
        ),
      ),
    }),
  },
  { description: 'Every error: a stable code, a message saying what to fix, and per-field problems where they apply.' },
);
