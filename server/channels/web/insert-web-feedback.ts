// What a web rating says beyond its stars (the model's follow-up answer, the comment), kept beside its vote: the widget's route and the demo's history write it the same way.
import type { Transaction } from 'kysely';
import type { Database } from '../../store/schema';
import type { LivePoint } from '../points';

export interface WebFeedback {
  stars: number;
  answer: string | null;
  /** Already cleared of e-mail addresses and phone numbers, and cut to the model's length. */
  comment: string | null;
  /** Whether anything was removed from the comment (the comments list says so). */
  redacted: boolean;
}

export async function insertWebFeedback(trx: Transaction<Database>, point: Pick<LivePoint, 'id' | 'administrationId' | 'officeId' | 'serviceId'>, voteId: string, feedback: WebFeedback, at: Date): Promise<void> {
  await trx
    .insertInto('web_feedback')
    .values({
      vote_id: voteId,
      administration_id: point.administrationId,
      office_id: point.officeId,
      service_id: point.serviceId!,
      point_id: point.id,
      stars: feedback.stars,
      answer: feedback.answer,
      comment: feedback.comment,
      redacted: feedback.redacted ? 1 : 0,
      created_at: at.toISOString(),
    })
    // A rating sent again with its id, racing the first send: the first one's row stands, as its vote does.
    .onConflict((oc) => oc.column('vote_id').doNothing())
    .execute();
}
