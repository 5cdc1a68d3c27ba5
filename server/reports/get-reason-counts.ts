// Sums the reasons given after negative votes for one office and period.
import type { Db } from '../store/database';

export interface ReasonCountRow {
  reasonId: string;
  label: string;
  dimension: string | null;
  position: number;
  count: number;
}

export async function getReasonCounts(db: Db, officeId: string, from: string, to: string): Promise<ReasonCountRow[]> {
  const rows = await db
    .selectFrom('reason_counts')
    .innerJoin('reasons', 'reasons.id', 'reason_counts.reason_id')
    .select((eb) => [
      'reasons.id',
      'reasons.label',
      'reasons.dimension',
      'reasons.position',
      eb.fn.sum<number | string>('reason_counts.count').as('count'),
    ])
    .where('reason_counts.office_id', '=', officeId)
    .where('reason_counts.day', '>=', from)
    .where('reason_counts.day', '<=', to)
    .groupBy(['reasons.id', 'reasons.label', 'reasons.dimension', 'reasons.position'])
    .execute();
  return rows.map((r) => ({ reasonId: r.id, label: r.label, dimension: r.dimension, position: r.position, count: Number(r.count) }));
}
