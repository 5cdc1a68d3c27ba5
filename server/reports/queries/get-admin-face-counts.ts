// Votes per scale and face for whole administrations (or the whole installation), optionally per administration and channel.
import { TALLY_COLUMNS, type TallyCounts } from '../../aggregates/tally-columns';
import type { Db } from '../../store/database';
import type { ScaleFaceCount } from '../metrics/score';
import { readPlanned, tallyOf, toCount } from './read-planned';

export type AdminDimension = 'administration_id' | 'channel';

/** Votes per scale and face; edge days without channels as one tally per group (migration 022). */
export type AdminFaceRow = {
  administration_id?: string;
  channel?: string;
} & (ScaleFaceCount | TallyCounts);

/**
 * Whole months come from the per-administration rollup, so the installation's year sums a few
 * thousand rows instead of every office's; edge days from a daily rollup, through the offices.
 * `administrationIds` null means every administration.
 */
export async function getAdminFaceCounts(db: Db, administrationIds: readonly string[] | null, from: string, to: string, dims: readonly AdminDimension[]): Promise<AdminFaceRow[]> {
  if (administrationIds?.length === 0) return [];
  const faceRow = (r: Record<string, unknown>): AdminFaceRow => {
    const { count, scale, face, ...dimensions } = r;
    return { ...(dimensions as { administration_id?: string; channel?: string }), scale: Number(scale), face: face as string, count: toCount(count as number | string) };
  };
  return readPlanned<AdminFaceRow>(
    from,
    to,
    async (m) => {
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
      return (await q.groupBy(inIndexOrder ? ['month', 'channel', 'scale', 'face'] : [...dims, 'scale', 'face']).execute()).map(faceRow);
    },
    async (d) => {
      // Without channels, the office day totals: one row per office and day.
      if (!dims.includes('channel')) {
        const cols = dims.includes('administration_id') ? (['offices.administration_id'] as const) : ([] as const);
        let q = db
          .selectFrom('tally_office_day')
          .innerJoin('offices', 'offices.id', 'tally_office_day.office_id')
          .select((eb) => [...cols, ...TALLY_COLUMNS.map((c) => eb.fn.sum<number | string>(`tally_office_day.${c}`).as(c))])
          .where('tally_office_day.day', '>=', d.from)
          .where('tally_office_day.day', '<=', d.to);
        if (administrationIds) q = q.where('offices.administration_id', 'in', [...administrationIds]);
        const rows = cols.length > 0 ? await q.groupBy([...cols]).execute() : await q.execute();
        // Without a group, an empty range still gives one row of nulls: no votes, nothing to add.
        return rows.filter((r) => toCount(r.votes) > 0).map((r) => ({ ...('administration_id' in r ? { administration_id: r.administration_id as string } : {}), ...tallyOf(r) }));
      }
      const cols = dims.map((dim) => (dim === 'administration_id' ? ('offices.administration_id' as const) : ('face_counts_day.channel' as const)));
      let q = db
        .selectFrom('face_counts_day')
        .innerJoin('offices', 'offices.id', 'face_counts_day.office_id')
        .select((eb) => [...cols, 'face_counts_day.scale', 'face_counts_day.face', eb.fn.sum<number | string>('face_counts_day.count').as('count')])
        .where('face_counts_day.day', '>=', d.from)
        .where('face_counts_day.day', '<=', d.to);
      if (administrationIds) q = q.where('offices.administration_id', 'in', [...administrationIds]);
      return (await q.groupBy([...cols, 'face_counts_day.scale', 'face_counts_day.face']).execute()).map(faceRow);
    },
  );
}
