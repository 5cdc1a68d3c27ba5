// The services each office's live terminals offer, for many offices at once: a report lists them (and
// judges their charter standard) even when nobody rated them, as an office's own report does.
import type { Db } from '../../store/database';

export async function getOfferedServices(db: Db, officeIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(officeIds.map((id) => [id, []]));
  if (officeIds.length === 0) return out;
  const rows = await db
    .selectFrom('terminal_services')
    .innerJoin('terminals', 'terminals.id', 'terminal_services.terminal_id')
    .innerJoin('services', 'services.id', 'terminal_services.service_id')
    .select(['terminals.office_id', 'terminal_services.service_id'])
    .distinct()
    .where('terminals.office_id', 'in', [...officeIds])
    .where('terminals.archived_at', 'is', null)
    .where('services.archived_at', 'is', null)
    .execute();
  // In service id order, whatever order the store returned (a restored PostgreSQL copy may differ).
  for (const r of [...rows].sort((a, b) => (a.service_id < b.service_id ? -1 : a.service_id > b.service_id ? 1 : 0))) out.get(r.office_id)?.push(r.service_id);
  return out;
}

/** Every service offered in any of the offices, once. */
export const offeredAnywhere = (offered: ReadonlyMap<string, readonly string[]>): string[] => [...new Set([...offered.values()].flat())].sort();
