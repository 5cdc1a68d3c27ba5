// How many administrations, offices, counters and terminals sent at least one vote in a span of months.
// A web, QR or phone point is stored as a terminal of its office (so its votes take the same path),
// but it is not one: it makes its administration and office count as reporting, never the terminals.
import type { Db } from '../../store/database';
import { toCount } from './read-planned';

export interface ReportingUnits {
  administrations: number;
  offices: number;
  counters: number;
  terminals: number;
}

/**
 * Each terminal is asked once whether it counted a vote in those months (one index seek, migration
 * 008), whatever the span: joining every terminal-month row to its terminal and office instead cost
 * the installation's year bulletin most of its time.
 */
export async function getReportingUnits(db: Db, administrationIds: readonly string[] | null, fromMonth: string, toMonth: string): Promise<ReportingUnits> {
  let q = db
    .selectFrom('terminals')
    .innerJoin('offices', 'offices.id', 'terminals.office_id')
    .leftJoin('channel_points', 'channel_points.id', 'terminals.id')
    .select((eb) => [
      eb.fn.count<number | string>('offices.administration_id').distinct().as('administrations'),
      eb.fn.count<number | string>('terminals.office_id').distinct().as('offices'),
      eb.fn.count<number | string>(eb.case().when(eb.and([eb('channel_points.id', 'is', null), eb('terminals.mode', '=', 'counter')])).then(eb.ref('terminals.id')).end()).as('counters'),
      eb.fn.count<number | string>(eb.case().when('channel_points.id', 'is', null).then(eb.ref('terminals.id')).end()).as('terminals'),
    ])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('terminal_counts_month')
          .select('terminal_counts_month.terminal_id')
          .whereRef('terminal_counts_month.terminal_id', '=', 'terminals.id')
          .where('terminal_counts_month.month', '>=', fromMonth)
          .where('terminal_counts_month.month', '<=', toMonth)
          .where('terminal_counts_month.count', '>', 0),
      ),
    );
  if (administrationIds) q = q.where('offices.administration_id', 'in', [...administrationIds]);
  const row = await q.executeTakeFirst();
  return { administrations: toCount(row?.administrations), offices: toCount(row?.offices), counters: toCount(row?.counters), terminals: toCount(row?.terminals) };
}
