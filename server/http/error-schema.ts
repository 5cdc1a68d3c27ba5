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
    }),
  },
  { description: 'Every error: a stable code, a message saying what to fix, and per-field problems where they apply.' },
);
