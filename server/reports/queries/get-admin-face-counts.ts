// Votes per scale and face for whole administrations (or the whole installation), optionally per administration and channel.
import type { Db } from '../../store/database';
import { readPlanned, toCount } from './read-planned';

export type AdminDimension = 'administration_id' | 'channel';

export interface AdminFaceRow {
  administration_id?: string;
  channel?: string;
  scale: number;
  face: string;
  count: number;
}

/**
 * Whole months come from the per-administration rollup, so the installation's year sums a few
 * thousand rows instead of every office's; edge days from a daily rollup, through the offices.
 * `administrationIds` null means every administration.
 */
export async function getAdminFaceCounts(db: Db, administrationIds: readonly string[] | null, from: string, to: string, dims: readonly AdminDimension[]): Promise<AdminFaceRow[]> {
  if (administrationIds?.length === 0) return [];
  const rows = await readPlanned(
    from,
    to,
    (m) => {
      let q = db
        .selectFrom('face_counts_admin_month')
        .select((eb) => [...dims, 'scale', 'face', eb.fn.sum<number | string>('count').as('count')])
        .where('month', '>=', m.from)
        .where('month', '<=', m.to);
      if (administrationIds) q = q.where('administration_id', 'in', [...administrationIds]);
      // Across every administration, grouped as the month index orders its entries (migration 008):
      // read in order, no sort of the whole range. A key then comes once per month and channel, and
      // the callers sum rows by key anyway.
      const inIndexOrder = !administrationIds && !dims.includes('administration_id');
      return q.groupBy(inIndexOrder ? ['month', 'channel', 'scale', 'face'] : [...dims, 'scale', 'face']).execute();
    },
    (d) => {
      // Without channels, the office day rollup: the same totals in a fraction of the rows.
      if (!dims.includes('channel')) {
        const cols = dims.includes('administration_id') ? (['offices.administration_id'] as const) : ([] as const);
        let q = db
          .selectFrom('face_counts_office_day')
          .innerJoin('offices', 'offices.id', 'face_counts_office_day.office_id')
          .select((eb) => [...cols, 'face_counts_office_day.scale', 'face_counts_office_day.face', eb.fn.sum<number | string>('face_counts_office_day.count').as('count')])
          .where('face_counts_office_day.day', '>=', d.from)
          .where('face_counts_office_day.day', '<=', d.to);
        if (administrationIds) q = q.where('offices.administration_id', 'in', [...administrationIds]);
        return q.groupBy([...cols, 'face_counts_office_day.scale', 'face_counts_office_day.face']).execute();
      }
      const cols = dims.map((dim) => (dim === 'administration_id' ? ('offices.administration_id' as const) : ('face_counts_day.channel' as const)));
      let q = db
        .selectFrom('face_counts_day')
        .innerJoin('offices', 'offices.id', 'face_counts_day.office_id')
        .select((eb) => [...cols, 'face_counts_day.scale', 'face_counts_day.face', eb.fn.sum<number | string>('face_counts_day.count').as('count')])
        .where('face_counts_day.day', '>=', d.from)
        .where('face_counts_day.day', '<=', d.to);
      if (administrationIds) q = q.where('offices.administration_id', 'in', [...administrationIds]);
      return q.groupBy([...cols, 'face_counts_day.scale', 'face_counts_day.face']).execute();
    },
  );
  return rows.map((r) => ({ ...(r as Omit<AdminFaceRow, 'count' | 'scale'>), scale: Number(r.scale), count: toCount(r.count) }));
}
