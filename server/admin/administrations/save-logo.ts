// Stores, replaces or removes an administration's logo, with an entry in the audit log in the same transaction.
import { createHash } from 'node:crypto';
import type { Actor } from '../../audit/record-audit';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../store/database';
import { refuseArchived } from '../checks';
import type { LogoImage } from './logo-image';

export async function saveLogo(db: Db, administrationId: string, data: Buffer, image: LogoImage, actor: Actor, now: Date): Promise<{ sha256: string }> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const row = { media_type: image.mediaType, data: data.toString('base64'), bytes: data.length, width: image.width, height: image.height, sha256, uploaded_at: now.toISOString(), uploaded_by: actor.id };
  await db.transaction().execute(async (trx) => {
    // An archived administration keeps its votes and reports but changes no more, logo included.
    refuseArchived(await trx.selectFrom('administrations').select('archived_at').where('id', '=', administrationId).executeTakeFirstOrThrow(), 'administration');
    await trx
      .insertInto('administration_logos')
      .values({ administration_id: administrationId, ...row })
      .onConflict((oc) => oc.column('administration_id').doUpdateSet(row))
      .execute();
    await recordAudit(trx, { actor, administrationId, action: 'administration.logo', targetType: 'administration', targetId: administrationId, details: { mediaType: image.mediaType, bytes: data.length, width: image.width, height: image.height, sha256 } }, now);
  });
  return { sha256 };
}

/** Whether there was a logo to remove. */
export async function removeLogo(db: Db, administrationId: string, actor: Actor, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    refuseArchived(await trx.selectFrom('administrations').select('archived_at').where('id', '=', administrationId).executeTakeFirstOrThrow(), 'administration');
    const gone = await trx.deleteFrom('administration_logos').where('administration_id', '=', administrationId).executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) return false;
    await recordAudit(trx, { actor, administrationId, action: 'administration.logo-remove', targetType: 'administration', targetId: administrationId }, now);
    return true;
  });
}
