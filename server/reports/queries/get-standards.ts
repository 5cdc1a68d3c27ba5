// Every change of the charter standard of an administration's services, oldest first.
import type { Db } from '../../store/database';
import type { StandardChange } from '../metrics/charter';

export async function getStandards(db: Db, administrationId: string): Promise<Map<string, StandardChange[]>> {
  const rows = await db
    .selectFrom('service_standards')
    .innerJoin('services', 'services.id', 'service_standards.service_id')
    .select(['service_standards.service_id', 'service_standards.valid_from', 'service_standards.min_positive_pct'])
    .where('services.administration_id', '=', administrationId)
    .orderBy('service_standards.valid_from')
    .execute();
  const out = new Map<string, StandardChange[]>();
  for (const r of rows) out.set(r.service_id, [...(out.get(r.service_id) ?? []), { validFrom: r.valid_from, minPositivePct: r.min_positive_pct }]);
  return out;
}
