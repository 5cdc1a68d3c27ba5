// The web widget's comments of one office (with the stars and answer given with each), newest first, for its managers.
import { answerText, DEFAULT_COMMENT_DAYS } from '../../contract/channel-points';
import type { WebComments } from '../../contract/channel-schemas';
import type { Db } from '../../store/database';

const LIMIT = 200;

/** Only rows that still hold a comment: an answer alone is a figure, not something to read. */
export async function listWebComments(db: Db, officeId: string): Promise<WebComments> {
  const [rows, setting] = await Promise.all([
    db
      .selectFrom('web_feedback')
      .innerJoin('services', 'services.id', 'web_feedback.service_id')
      .select(['web_feedback.vote_id', 'web_feedback.created_at', 'web_feedback.office_id', 'services.name as service', 'web_feedback.stars', 'web_feedback.answer', 'web_feedback.comment', 'web_feedback.redacted'])
      .where('web_feedback.office_id', '=', officeId)
      .where('web_feedback.comment', 'is not', null)
      .orderBy('web_feedback.created_at', 'desc')
      .orderBy('web_feedback.vote_id', 'desc')
      .limit(LIMIT)
      .execute(),
    db
      .selectFrom('offices')
      .leftJoin('channel_settings', 'channel_settings.administration_id', 'offices.administration_id')
      .select('channel_settings.comment_days')
      .where('offices.id', '=', officeId)
      .executeTakeFirst(),
  ]);
  return {
    keptDays: setting?.comment_days ?? DEFAULT_COMMENT_DAYS,
    comments: rows.map((r) => ({
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
