// Votes per month, service, channel, scale and face for one administration's offices: the public page's raw counts.
import type { Db } from '../../store/database';
import { toCount } from '../../reports/queries/read-planned';

export interface MonthFaceRow {
  month: string;
  service_id: string;
  channel: string;
  scale: number;
  face: string;
  count: number;
}

/**
 * Whole months only (the page never shows a month still under way), so the monthly rollup alone
 * answers: one indexed range per office, as the reports read it.
 */
export async function getMonthCells(db: Db, administrationId: string, fromMonth: string, toMonth: string): Promise<MonthFaceRow[]> {
  const rows = await db
    .selectFrom('face_counts_month')
    .innerJoin('offices', 'offices.id', 'face_counts_month.office_id')
    .select((eb) => [
      'face_counts_month.month',
      'face_counts_month.service_id',
      'face_counts_month.channel',
      'face_counts_month.scale',
      'face_counts_month.face',
      eb.fn.sum<number | string>('face_counts_month.count').as('count'),
    ])
    .where('offices.administration_id', '=', administrationId)
    .where('face_counts_month.month', '>=', fromMonth)
    .where('face_counts_month.month', '<=', toMonth)
    .groupBy(['face_counts_month.month', 'face_counts_month.service_id', 'face_counts_month.channel', 'face_counts_month.scale', 'face_counts_month.face'])
    .execute();
  return rows.map((r) => ({ month: r.month, service_id: r.service_id, channel: r.channel, scale: Number(r.scale), face: r.face, count: toCount(r.count) }));
}
