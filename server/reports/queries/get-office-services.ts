// The services an office's live terminals offer: a report lists them even when nobody rated them.
import type { Db } from '../../store/database';

export async function getOfficeServices(db: Db, officeId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('terminal_services')
    .innerJoin('terminals', 'terminals.id', 'terminal_services.terminal_id')
    .innerJoin('services', 'services.id', 'terminal_services.service_id')
    .select('terminal_services.service_id')
    .distinct()
    .where('terminals.office_id', '=', officeId)
    .where('terminals.archived_at', 'is', null)
    .where('services.archived_at', 'is', null)
    .execute();
  return rows.map((r) => r.service_id);
}
