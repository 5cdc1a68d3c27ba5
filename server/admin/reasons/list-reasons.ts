// Reads an administration's live reasons for a negative vote, in display order.
import type { Reason } from '../../contract/admin';
import type { QualityDimension } from '../../contract/quality';
import type { Db } from '../../store/database';
import { reasonTranslations } from '../translations/read-translations';

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
