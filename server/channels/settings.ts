// An administration's channel settings: how long the web widget's comments are kept (audited when changed).
import { recordAudit, type Actor } from '../audit/record-audit';
import { refuseArchived } from '../admin/checks';
import { DEFAULT_COMMENT_DAYS } from '../contract/channel-points';
import type { ChannelSettings } from '../contract/channel-schemas';
import type { Db } from '../store/database';

export async function getChannelSettings(db: Db, administrationId: string): Promise<ChannelSettings> {
  const row = await db.selectFrom('channel_settings').select('comment_days').where('administration_id', '=', administrationId).executeTakeFirst();
  return { administrationId, commentDays: row?.comment_days ?? DEFAULT_COMMENT_DAYS };
}

export async function saveChannelSettings(db: Db, administrationId: string, commentDays: number, actor: Actor, now: Date): Promise<ChannelSettings> {
  await db.transaction().execute(async (trx) => {
    const administration = await trx.selectFrom('administrations').select('archived_at').where('id', '=', administrationId).executeTakeFirstOrThrow();
    refuseArchived(administration, 'administration');
    const before = await trx.selectFrom('channel_settings').select('comment_days').where('administration_id', '=', administrationId).executeTakeFirst();
    const was = before?.comment_days ?? DEFAULT_COMMENT_DAYS;
    if (before && was === commentDays) return;
    const values = { comment_days: commentDays, updated_at: now.toISOString(), updated_by: actor.email };
    await trx.insertInto('channel_settings').values({ administration_id: administrationId, ...values }).onConflict((oc) => oc.column('administration_id').doUpdateSet(values)).execute();
    await recordAudit(trx, { actor, administrationId, action: 'channel-settings.update', targetType: 'administration', targetId: administrationId, details: { commentDays, was } }, now);
  });
  return getChannelSettings(db, administrationId);
}
