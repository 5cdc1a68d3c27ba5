// Whether a web rating sent with the widget's id arrived before: the same rating again (answered as stored, nothing added), or another under its id (refused).
import type { Transaction } from 'kysely';
import type { FaceId } from '../../contract/scale';
import { AppError } from '../../http/app-error';
import type { Database } from '../../store/schema';
import type { WebFeedback } from './insert-web-feedback';

/**
 * true when a vote with this id is stored for this point with this face, and with this answer and
 * comment (none stored: none sent); false when the id is new. Anything else is 409 vote_conflict,
 * as for a terminal (ODK's rule: the same id with other content is never silently accepted): the
 * widget makes one id per rating, so only a rating changed after a lost answer, or a forged one, gets here.
 * A vote retention removed is known by its tombstone only, and taken as the same if it was this point's.
 */
export async function alreadyRated(trx: Transaction<Database>, voteId: string, pointId: string, face: FaceId, feedback: Pick<WebFeedback, 'answer' | 'comment'>): Promise<boolean> {
  const vote = await trx.selectFrom('votes').select(['terminal_id', 'face']).where('id', '=', voteId).executeTakeFirst();
  if (!vote) {
    const tombstone = await trx.selectFrom('vote_tombstones').select('terminal_id').where('id', '=', voteId).executeTakeFirst();
    if (!tombstone) return false;
    if (tombstone.terminal_id === pointId) return true;
    throw new AppError('vote_conflict', (w) => w.ratingIdTaken);
  }
  const stored = await trx.selectFrom('web_feedback').select(['answer', 'comment']).where('vote_id', '=', voteId).executeTakeFirst();
  const same = vote.terminal_id === pointId && vote.face === face && (stored?.answer ?? null) === feedback.answer && (stored?.comment ?? null) === feedback.comment;
  if (!same) throw new AppError('vote_conflict', (w) => w.ratingIdTaken);
  return true;
}
