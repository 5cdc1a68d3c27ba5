// Thirty-sixth schema, data only: comments stored before the redaction learnt addresses written with the @
// and the dots in brackets («mario [at] gmail [dot] com», «mario (chiocciola) libero [punto] it») still hold
// them, and those where a bare «at» took ordinary words («look at this. Thanks») stay as they were marked.
// Each comment is redacted again with the live patterns, as migration 034 did.
import type { Kysely, Migration } from 'kysely';
import { redactStoredComments } from '../../channels/web/redact-stored-comments';

export const commentsBracketedAddresses: Migration = {
  async up(db: Kysely<any>) {
    await redactStoredComments(db);
  },
};
