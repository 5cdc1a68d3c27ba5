// Reads services in the contract's shape, with their charter standard: one, or an administration's.
import type { Service } from '../../contract/admin';
import type { Db } from '../../store/database';

function serviceQuery(db: Db) {
  return db.selectFrom('services').select(['id', 'administration_id', 'name', 'standard_min_positive_pct', 'archived_at']);
}

type ServiceRow = Awaited<ReturnType<ReturnType<typeof serviceQuery>['executeTakeFirstOrThrow']>>;

function toService(r: ServiceRow): Service {
  return {
    id: r.id,
    administrationId: r.administration_id,
    name: r.name,
    standard: r.standard_min_positive_pct === null ? null : { minPositivePct: r.standard_min_positive_pct },
    archivedAt: r.archived_at,
  };
}

export async function getService(db: Db, serviceId: string): Promise<Service | null> {
  const row = await serviceQuery(db).where('id', '=', serviceId).executeTakeFirst();
  return row ? toService(row) : null;
}

/** Archived ones included (they carry archivedAt): reports still name them. */
export async function listAdministrationServices(db: Db, administrationId: string): Promise<Service[]> {
  const rows = await serviceQuery(db).where('administration_id', '=', administrationId).orderBy('name').orderBy('id').execute();
  return rows.map(toService);
}
