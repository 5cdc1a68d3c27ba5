// People served and the votes of the same days, per month, service and contact channel, for one administration's offices.
import type { Db } from '../../store/database';
import { toCount } from '../../reports/queries/read-planned';

export interface MonthParticipationRow {
  month: string;
  office_id: string;
  service_id: string;
  /** Contact channel: sportello (counter, totem and QR codes), telefono, web. */
  channel: string;
  served: number;
  votes: number;
  days: number;
}

/**
 * The monthly rollup keeps, per office, service and channel, sums over the days that have a figure
 * and how many such days: one row each, which the callers fold with reports/shape/participation.ts
 * (a group's days covered are the most of any of its rows, as in the reports).
 */
export async function getMonthParticipation(db: Db, administrationId: string, fromMonth: string, toMonth: string): Promise<MonthParticipationRow[]> {
  const rows = await db
    .selectFrom('participation_month')
    .innerJoin('offices', 'offices.id', 'participation_month.office_id')
    .select([
      'participation_month.month',
      'participation_month.office_id',
      'participation_month.service_id',
      'participation_month.channel',
      'participation_month.served',
      'participation_month.votes',
      'participation_month.days',
    ])
    .where('offices.administration_id', '=', administrationId)
    .where('participation_month.month', '>=', fromMonth)
    .where('participation_month.month', '<=', toMonth)
    .execute();
  return rows.map((r) => ({ month: r.month, office_id: r.office_id, service_id: r.service_id, channel: r.channel, served: toCount(r.served), votes: toCount(r.votes), days: toCount(r.days) }));
}
