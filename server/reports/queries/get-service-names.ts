// Names of an administration's services, archived ones included: old votes still need their names.
import type { Db } from '../../store/database';
import { byCodePoint } from '../../store/text-order';

export async function getServiceNames(db: Db, administrationId: string): Promise<Map<string, { name: string; archived: boolean }>> {
  const rows = await db
    .selectFrom('services')
    .select(['id', 'name', 'archived_at'])
    .where('administration_id', '=', administrationId)
    .orderBy('name', byCodePoint)
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, archived: r.archived_at !== null }]));
}
