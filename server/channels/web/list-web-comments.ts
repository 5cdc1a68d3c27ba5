// The web widget's comments of one office (with the stars and answer given with each), newest first, for its managers,
// a page at a time: each page says where the next one starts, and how many comments there are in all.
import { sql } from 'kysely';
import { answerText, DEFAULT_COMMENT_DAYS, WEB_COMMENTS_PAGE } from '../../contract/channel-points';
import type { WebComments } from '../../contract/channel-schemas';
import type { Db } from '../../store/database';

/** Only rows that still hold a comment: an answer alone is a figure, not something to read. */
export async function listWebComments(db: Db, officeId: string, after?: { before: string; beforeId: string }): Promise<WebComments> {
  let page = db
    .selectFrom('web_feedback')
    .innerJoin('services', 'services.id', 'web_feedback.service_id')
    .select(['web_feedback.vote_id', 'web_feedback.created_at', 'web_feedback.office_id', 'services.name as service', 'web_feedback.stars', 'web_feedback.answer', 'web_feedback.comment', 'web_feedback.redacted'])
    .where('web_feedback.office_id', '=', officeId)
    .where('web_feedback.comment', 'is not', null);
  if (after) {
    const { before: at, beforeId: voteId } = after;
    page = page.where((eb) => eb.or([eb('web_feedback.created_at', '<', at), eb.and([eb('web_feedback.created_at', '=', at), eb('web_feedback.vote_id', '<', voteId)])]));
  }
  const [rows, setting, total] = await Promise.all([
    // One more than a page: whether another page follows.
    page.orderBy('web_feedback.created_at', 'desc').orderBy('web_feedback.vote_id', 'desc').limit(WEB_COMMENTS_PAGE + 1).execute(),
    db
      .selectFrom('offices')
      .leftJoin('channel_settings', 'channel_settings.administration_id', 'offices.administration_id')
      .select('channel_settings.comment_days')
      .where('offices.id', '=', officeId)
      .executeTakeFirst(),
    db.selectFrom('web_feedback').select(sql<number>`count(*)`.as('n')).where('office_id', '=', officeId).where('comment', 'is not', null).executeTakeFirstOrThrow(),
  ]);
  const shown = rows.slice(0, WEB_COMMENTS_PAGE);
  const last = shown.at(-1);
  return {
    keptDays: setting?.comment_days ?? DEFAULT_COMMENT_DAYS,
    total: Number(total.n),
    next: rows.length > WEB_COMMENTS_PAGE && last ? { before: last.created_at, beforeId: last.vote_id } : null,
    comments: shown.map((r) => ({
      voteId: r.vote_id,
      at: r.created_at,
      officeId: r.office_id,
      service: r.service,
      stars: Number(r.stars),
      // Both: the words for API clients that show them as they are, the id for the dashboard, which
      // words it in its own language (kiosk/dashboard/admin/web-answer-labels.ts).
      answer: r.answer === null ? null : answerText(r.answer),
      answerId: r.answer,
      comment: r.comment!,
      redacted: Number(r.redacted) === 1,
    })),
  };
}
