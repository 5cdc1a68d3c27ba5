// Deletes the web widget's comments older than each administration's days; the stars and the answer stay (they are figures, not words).
import { DEFAULT_COMMENT_DAYS } from '../../contract/channel-points';
import type { Db } from '../../store/database';

/** One pass over every administration that has comments; returns how many comments were deleted. */
export async function expireWebComments(db: Db, now: Date): Promise<number> {
  const administrations = await db.selectFrom('web_feedback').select('administration_id').distinct().where('comment', 'is not', null).execute();
  if (administrations.length === 0) return 0;
  const settings = new Map(
    (await db.selectFrom('channel_settings').select(['administration_id', 'comment_days']).execute()).map((r) => [r.administration_id, Number(r.comment_days)]),
  );
  let deleted = 0;
  for (const { administration_id } of administrations) {
    const days = settings.get(administration_id) ?? DEFAULT_COMMENT_DAYS;
    const before = new Date(now.getTime() - days * 86_400_000).toISOString();
    const result = await db
      .updateTable('web_feedback')
      .set({ comment: null })
      .where('administration_id', '=', administration_id)
      .where('comment', 'is not', null)
      .where('created_at', '<', before)
      .executeTakeFirst();
    deleted += Number(result.numUpdatedRows);
  }
  return deleted;
}
