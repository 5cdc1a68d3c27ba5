// Votes per month, service and channel for one administration's offices: the public page's raw counts.
import { TALLY_COLUMNS, type TallyCounts } from '../../aggregates/tally-columns';
import type { Db } from '../../store/database';
import { tallyOf } from '../../reports/queries/read-planned';

/** The month totals (migration 023): votes, each face's votes and the index points. */
export interface MonthFaceRow extends TallyCounts {
  month: string;
  service_id: string;
  channel: string;
}

/**
 * Whole months only (the page never shows a month still under way), so the monthly rollup alone
 * answers: one indexed range per office, as the reports read it.
 */
export async function getMonthCells(db: Db, administrationId: string, fromMonth: string, toMonth: string): Promise<MonthFaceRow[]> {
  const rows = await db
    .selectFrom('tally_month')
    .innerJoin('offices', 'offices.id', 'tally_month.office_id')
    .select((eb) => ['tally_month.month', 'tally_month.service_id', 'tally_month.channel', ...TALLY_COLUMNS.map((c) => eb.fn.sum<number | string>(`tally_month.${c}`).as(c))])
    .where('offices.administration_id', '=', administrationId)
    .where('tally_month.month', '>=', fromMonth)
    .where('tally_month.month', '<=', toMonth)
    .groupBy(['tally_month.month', 'tally_month.service_id', 'tally_month.channel'])
    .execute();
  return rows.map((r) => ({ month: r.month, service_id: r.service_id, channel: r.channel, ...tallyOf(r) }));
}
