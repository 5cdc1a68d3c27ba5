// Votes per day, office, service and channel for offices over a period: the rows of the CSV/XLSX export.
import { TALLY_COLUMNS, type TallyCounts } from '../../aggregates/tally-columns';
import type { Db } from '../../store/database';
import { tallyOf } from './read-planned';

/** One row of the day totals (migration 024): the votes and each face's votes, the scales together, as the export shows them. */
export interface DailyServiceCount {
  day: string;
  officeId: string;
  serviceId: string;
  channel: string;
  tally: TallyCounts;
}

export async function getDailyServiceCounts(db: Db, officeIds: readonly string[], from: string, to: string): Promise<DailyServiceCount[]> {
  if (officeIds.length === 0) return [];
  // The table's key is the row's: one row each, nothing to sum.
  const rows = await db
    .selectFrom('tally_day')
    .select(['day', 'office_id', 'service_id', 'channel', ...TALLY_COLUMNS])
    .where('office_id', 'in', [...officeIds])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .execute();
  return rows.map((r) => ({ day: r.day, officeId: r.office_id, serviceId: r.service_id, channel: r.channel, tally: tallyOf(r) }));
}
