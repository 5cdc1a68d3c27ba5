// Redacts the website's stored comments again with today's patterns, as a new comment would be: for the migrations that follow each time the patterns learn a form.
import type { Kysely } from 'kysely';
import { MAX_WEB_COMMENT } from '../../contract/channel-points';
import { fitComment, redactComment } from './redact';

const CHUNK = 500;

/**
 * Each comment as the widget's route would store it now, with the same cut to its length; one that
 * changes is marked redacted, as the route marks it. `Kysely<any>`: migrations run on the schema of
 * their time, not today's types.
 */
export async function redactStoredComments(db: Kysely<any>): Promise<void> {
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
}
