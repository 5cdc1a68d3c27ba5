// Thirty-fourth schema, data only: the website's comments stored before the redaction learnt phone numbers
// in a row («3331234567 3471234567»), a number stuck to «tel», and «mario punto rossi chiocciola …» still
// hold them (kept up to 730 days, shown to managers). Each comment is redacted again as a new one would be,
// with the same cut to its length; one that changes is marked redacted, as the widget's route marks it.
import type { Kysely, Migration } from 'kysely';
import { redactStoredComments } from '../../channels/web/redact-stored-comments';

export const commentsRedactedAgain: Migration = {
  async up(db: Kysely<any>) {
    await redactStoredComments(db);
  },
};
