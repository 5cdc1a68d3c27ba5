// How many administrations, offices, counters and terminals sent at least one vote in a span of months.
import type { Db } from '../../store/database';
import { toCount } from './read-planned';

export interface ReportingUnits {
  administrations: number;
  offices: number;
  counters: number;
  terminals: number;
}

export async function getReportingUnits(db: Db, administrationIds: readonly string[] | null, fromMonth: string, toMonth: string): Promise<ReportingUnits> {
  let q = db
    .selectFrom('terminal_counts_month')
    .innerJoin('terminals', 'terminals.id', 'terminal_counts_month.terminal_id')
    .innerJoin('offices', 'offices.id', 'terminals.office_id')
    .select((eb) => [
      eb.fn.count<number | string>('offices.administration_id').distinct().as('administrations'),
      eb.fn.count<number | string>('terminals.office_id').distinct().as('offices'),
      eb.fn.count<number | string>(eb.case().when('terminals.mode', '=', 'counter').then(eb.ref('terminals.id')).end()).distinct().as('counters'),
      eb.fn.count<number | string>('terminals.id').distinct().as('terminals'),
    ])
    .where('terminal_counts_month.month', '>=', fromMonth)
    .where('terminal_counts_month.month', '<=', toMonth)
    .where('terminal_counts_month.count', '>', 0);
  if (administrationIds) q = q.where('offices.administration_id', 'in', [...administrationIds]);
  const row = await q.executeTakeFirst();
  return { administrations: toCount(row?.administrations), offices: toCount(row?.offices), counters: toCount(row?.counters), terminals: toCount(row?.terminals) };
}
