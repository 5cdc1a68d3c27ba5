// Thirty-ninth schema, data only: comments stored before the redaction learnt the other spellings of a
// contact (phone groups split by dashes, underscores, commas or middle dots, digits of other scripts,
// numbers dressed as dates, addresses spelled a letter at a time or with (a), %40, -at-), the codice
// fiscale and the IBAN, and control characters, still hold them. Each comment is redacted again with
// the live patterns, as migrations 034 and 036 did.
import type { Kysely, Migration } from 'kysely';
import { redactStoredComments } from '../../channels/web/redact-stored-comments';

export const commentsContactsSpelledOtherwise: Migration = {
  async up(db: Kysely<any>) {
    await redactStoredComments(db);
  },
};
