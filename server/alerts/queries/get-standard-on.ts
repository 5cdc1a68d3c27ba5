// The charter standard (minimum share positive, in %) a service promises on a day, or null when it promises none.
import type { Db } from '../../store/database';

export async function getStandardOn(db: Db, serviceId: string, day: string): Promise<number | null> {
  const row = await db
    .selectFrom('service_standards')
    .select('min_positive_pct')
    .where('service_id', '=', serviceId)
    .where('valid_from', '<=', day)
    .orderBy('valid_from', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.min_positive_pct == null ? null : Number(row.min_positive_pct);
}
