// Reads an administration's live reasons for a negative vote, in display order, and the list's version.
import type { Reason } from '../../contract/admin';
import type { QualityDimension } from '../../contract/quality';
import type { Db } from '../../store/database';
import { reasonTranslations } from '../translations/read-translations';
import { digestVersion } from '../item-version';

export async function listLiveReasons(db: Db, administrationId: string): Promise<Reason[]> {
  const rows = await db
    .selectFrom('reasons')
    .select(['id', 'label', 'dimension', 'position', 'archived_at'])
    .where('administration_id', '=', administrationId)
    .where('archived_at', 'is', null)
    .orderBy('position')
    .execute();
  const translations = await reasonTranslations(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    dimension: r.dimension as QualityDimension | null,
    position: r.position,
    translations: translations.get(r.id)!,
    archivedAt: r.archived_at,
  }));
}

/**
 * The version of the list as a whole (its ETag): which reasons are live, in which order, with what
 * labels, dimensions and translations. The list is saved whole, so any of these changed by someone
 * else makes a save from an older copy stale (save-reasons.ts).
 */
export const reasonListVersion = (reasons: readonly Reason[]): string => digestVersion(reasons.map((r) => [r.id, r.label, r.dimension, r.translations ?? {}]));
