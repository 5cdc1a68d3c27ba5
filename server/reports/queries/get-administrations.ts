// Administrations with their names (archived ones too: their past votes are still reported), and one administration's offices.
import type { Db } from '../../store/database';

export async function getAdministrationNames(db: Db): Promise<Map<string, { name: string; archived: boolean }>> {
  const rows = await db.selectFrom('administrations').select(['id', 'name', 'archived_at']).execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, archived: r.archived_at !== null }]));
}

export async function getAdministrationOffices(db: Db, administrationId: string): Promise<{ id: string; name: string; archived: boolean; timeZone: string }[]> {
  const rows = await db.selectFrom('offices').select(['id', 'name', 'archived_at', 'time_zone']).where('administration_id', '=', administrationId).execute();
  return rows.map((r) => ({ id: r.id, name: r.name, archived: r.archived_at !== null, timeZone: r.time_zone }));
}
