// An administration's public-page settings: read them, save them (audited), and find a published page for the public routes.
import { recordAudit, type Actor } from '../audit/record-audit';
import { DEFAULT_LICENCE, licenceOf, type Licence, type LicenceId } from '../contract/public-page';
import type { PublicPageInput } from '../contract/public-page-schemas';
import { refuseArchived } from '../admin/checks';
import type { Db } from '../store/database';

export interface StoredSettings {
  administrationId: string;
  enabled: boolean;
  licence: LicenceId;
  note: string;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** The settings as stored, or the defaults (off, CC BY 4.0, no note) for an administration that never saved any. */
export async function getSettings(db: Db, administrationId: string): Promise<StoredSettings> {
  const row = await db.selectFrom('public_pages').selectAll().where('administration_id', '=', administrationId).executeTakeFirst();
  if (!row) return { administrationId, enabled: false, licence: DEFAULT_LICENCE, note: '', updatedAt: null, updatedBy: null };
  return { administrationId, enabled: row.enabled === 1, licence: licenceOf(row.licence).id as LicenceId, note: row.note, updatedAt: row.updated_at, updatedBy: row.updated_by };
}

/** Saves the settings; a change is audited as public-page.update, an unchanged save changes nothing. */
export async function saveSettings(db: Db, administrationId: string, input: PublicPageInput, actor: Actor, now: Date): Promise<StoredSettings> {
  const note = input.note.trim();
  await db.transaction().execute(async (trx) => {
    const administration = await trx.selectFrom('administrations').select('archived_at').where('id', '=', administrationId).executeTakeFirstOrThrow();
    refuseArchived(administration, 'administration');
    const before = await trx.selectFrom('public_pages').selectAll().where('administration_id', '=', administrationId).executeTakeFirst();
    const enabled = input.enabled ? 1 : 0;
    if (before && before.enabled === enabled && before.licence === input.licence && before.note === note) return;
    const values = { enabled, licence: input.licence, note, updated_at: now.toISOString(), updated_by: actor.email };
    await trx
      .insertInto('public_pages')
      .values({ administration_id: administrationId, ...values })
      .onConflict((oc) => oc.column('administration_id').doUpdateSet(values))
      .execute();
    await recordAudit(
      trx,
      {
        actor,
        administrationId,
        action: 'public-page.update',
        targetType: 'administration',
        targetId: administrationId,
        details: { enabled: input.enabled, licence: input.licence, note, ...(before ? { wasEnabled: before.enabled === 1 } : {}) },
      },
      now,
    );
  });
  return getSettings(db, administrationId);
}

export interface PublishedPage {
  id: string;
  name: string;
  licence: Licence;
  note: string;
}

/**
 * The one lookup every public route makes before anything else it reads: an unknown
 * administration, one that has not switched its page on, and an archived one all come back
 * null from the same single query, so they answer alike, in the same time.
 */
export async function findPublished(db: Db, administrationId: string): Promise<PublishedPage | null> {
  const row = await db
    .selectFrom('public_pages')
    .innerJoin('administrations', 'administrations.id', 'public_pages.administration_id')
    .select(['administrations.id', 'administrations.name', 'public_pages.licence', 'public_pages.note'])
    .where('public_pages.administration_id', '=', administrationId)
    .where('public_pages.enabled', '=', 1)
    .where('administrations.archived_at', 'is', null)
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name, licence: licenceOf(row.licence), note: row.note } : null;
}
