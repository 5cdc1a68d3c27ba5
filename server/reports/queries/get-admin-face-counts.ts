// Votes per scale and face for whole administrations (or the whole installation), optionally per administration and channel.
import { TALLY_COLUMNS, type TallyCounts } from '../../aggregates/tally-columns';
import type { Db } from '../../store/database';
import type { ScaleFaceCount } from '../metrics/score';
import { readPlanned, tallyOf, toCount } from './read-planned';

export type AdminDimension = 'administration_id' | 'channel';

/** Whole months per scale and face; edge days as one tally per group (migrations 022, 024). */
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
      // Without channels, the office day totals: one row per office and day; with them, the day
      // totals per service and channel (migration 024). Either way one tally per group.
      const perChannel = dims.includes('channel');
      const table = perChannel ? 'tally_day' : 'tally_office_day';
      const cols = [...(dims.includes('administration_id') ? (['offices.administration_id'] as const) : []), ...(perChannel ? ([`tally_day.channel`] as const) : [])];
      let q = db
        .selectFrom(table)
        .innerJoin('offices', 'offices.id', `${table}.office_id`)
        .select((eb) => [...cols, ...TALLY_COLUMNS.map((c) => eb.fn.sum<number | string>(`${table}.${c}`).as(c))])
        .where(`${table}.day`, '>=', d.from)
        .where(`${table}.day`, '<=', d.to);
      if (administrationIds) q = q.where('offices.administration_id', 'in', [...administrationIds]);
      const rows = cols.length > 0 ? await q.groupBy([...cols]).execute() : await q.execute();
      // Without a group, an empty range still gives one row of nulls: no votes, nothing to add.
      return rows
        .filter((r) => toCount(r.votes) > 0)
        .map((r) => {
          const row: AdminFaceRow = tallyOf(r);
          if ('administration_id' in r) row.administration_id = r.administration_id as string;
          if ('channel' in r) row.channel = r.channel as string;
          return row;
        });
    },
  );
}
