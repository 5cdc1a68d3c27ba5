// Thirty-fourth schema, data only: the website's comments stored before the redaction learnt phone numbers
// in a row («3331234567 3471234567»), a number stuck to «tel», and «mario punto rossi chiocciola …» still
// hold them (kept up to 730 days, shown to managers). Each comment is redacted again as a new one would be,
// with the same cut to its length; one that changes is marked redacted, as the widget's route marks it.
import type { Kysely, Migration } from 'kysely';
import { MAX_WEB_COMMENT } from '../../contract/channel-points';
import { fitComment, redactComment } from '../../channels/web/redact';

const CHUNK = 500;

export const commentsRedactedAgain: Migration = {
  async up(db: Kysely<any>) {
    // By vote id, a chunk at a time: comments are few (kept for months, one per rating at most).
    let after = '';
    for (;;) {
      const rows: { vote_id: string; comment: string }[] = await db
        .selectFrom('web_feedback')
        .select(['vote_id', 'comment'])
        .where('comment', 'is not', null)
        .where('vote_id', '>', after)
        .orderBy('vote_id')
        .limit(CHUNK)
        .execute();
      for (const row of rows) {
        const again = fitComment(redactComment(row.comment).text.trim(), MAX_WEB_COMMENT).text;
        if (again !== row.comment) await db.updateTable('web_feedback').set({ comment: again || null, redacted: 1 }).where('vote_id', '=', row.vote_id).execute();
      }
      if (rows.length < CHUNK) break;
      after = rows.at(-1)!.vote_id;
    }
  },
};
