// An administration's public-page settings: read them, save them (audited), and find a published page for the public routes.
import { recordAudit, type Actor } from '../audit/record-audit';
import { DEFAULT_LICENCE, licenceOf, type Licence, type LicenceId } from '../contract/public-page';
import type { PublicPageChange } from '../contract/public-page-schemas';
import { refuseArchived } from '../admin/checks';
import { refuseStale } from '../admin/item-version';
import { lockAdministration } from '../admin/lock-administration';
import { getLastChange } from '../audit/get-last-change';
import type { Db } from '../store/database';

/** The version of settings never saved: any save since makes a change read before it stale. */
export const NEVER_SAVED = 'unsaved';

export interface StoredSettings {
  administrationId: string;
  enabled: boolean;
  licence: LicenceId;
  note: string;
  updatedAt: string | null;
  updatedBy: string | null;
  /** updated_at, which every stored change sets; NEVER_SAVED before the first. */
  version: string;
}

/** The settings as stored, or the defaults (off, CC BY 4.0, no note) for an administration that never saved any. */
export async function getSettings(db: Db, administrationId: string): Promise<StoredSettings> {
  const row = await db.selectFrom('public_pages').selectAll().where('administration_id', '=', administrationId).executeTakeFirst();
  if (!row) return { administrationId, enabled: false, licence: DEFAULT_LICENCE, note: '', updatedAt: null, updatedBy: null, version: NEVER_SAVED };
  return {
    administrationId,
    enabled: row.enabled === 1,
    licence: licenceOf(row.licence).id as LicenceId,
    note: row.note,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    version: row.updated_at,
  };
}

/**
 * Saves the settings given; those left out stay as stored (the defaults on a page never saved). A
 * change is audited as public-page.update, an unchanged save changes nothing. With `version` (the
 * settings as the person read them), settings changed meanwhile by someone else refuse the save:
 * 409 stale, nothing stored, so a note fixed from an old copy cannot publish a page a colleague took down.
 */
export async function saveSettings(db: Db, administrationId: string, change: PublicPageChange, actor: Actor, now: Date): Promise<StoredSettings> {
  await db.transaction().execute(async (trx) => {
    // Locked: on PostgreSQL a second save waits for the first, and its check below sees what the first stored.
    const administration = await lockAdministration(trx, administrationId);
    refuseArchived(administration, 'administration');
    const before = await trx.selectFrom('public_pages').selectAll().where('administration_id', '=', administrationId).executeTakeFirst();
    await refuseStale(change.version, before?.updated_at ?? NEVER_SAVED, 'public page', async () =>
      before ? ((await getLastChange(trx, administrationId, 'administration', administrationId, ['public-page.update'])) ?? { by: before.updated_by, at: before.updated_at }) : null,
    );
    const enabled = (change.enabled ?? before?.enabled === 1) ? 1 : 0;
    const licence = change.licence ?? before?.licence ?? DEFAULT_LICENCE;
    const note = change.note?.trim() ?? before?.note ?? '';
    if (before && before.enabled === enabled && before.licence === licence && before.note === note) return;
    const values = { enabled, licence, note, updated_at: now.toISOString(), updated_by: actor.email };
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
        details: { enabled: enabled === 1, licence, note, ...(before ? { wasEnabled: before.enabled === 1 } : {}) },
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
