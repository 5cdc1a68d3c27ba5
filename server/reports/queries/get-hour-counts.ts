// Votes per weekday and hour for offices over a period: the heatmap's raw rows.
import { weekdayOf } from '../../aggregates/count-deltas';
import { TALLY_COLUMNS, type TallyCounts } from '../../aggregates/tally-columns';
import type { ScaleFaceCount } from '../metrics/score';
import type { Db } from '../../store/database';
import { readPlanned, tallyOf, toCount } from './read-planned';

/** Whole months give one tally per weekday and hour; edge days their votes per scale and face. */
export type HourRow = {
  /** 0 = Monday. */
  weekday: number;
  hour: number;
} & (TallyCounts | ScaleFaceCount);

/** Whole months from the weekday x hour totals (migration 022); edge days from the hourly rollup. */
export async function getHourCounts(db: Db, officeIds: readonly string[], from: string, to: string): Promise<HourRow[]> {
  if (officeIds.length === 0) return [];
  const rows = await readPlanned<HourRow>(
    from,
    to,
    async (m) =>
      (
        await db
          .selectFrom('tally_office_weekhour')
          .select((eb) => ['weekday', 'hour', ...TALLY_COLUMNS.map((c) => eb.fn.sum<number | string>(c).as(c))])
          .where('office_id', 'in', [...officeIds])
          .where('month', '>=', m.from)
          .where('month', '<=', m.to)
          .groupBy(['weekday', 'hour'])
          .execute()
      ).map((r) => ({ weekday: Number(r.weekday), hour: Number(r.hour), ...tallyOf(r) })),
    async (d) =>
      (await getDayHourCounts(db, officeIds, d.from, d.to)).map((r) => ({ weekday: weekdayOf(r.day), hour: r.hour, scale: r.scale, face: r.face, count: r.count })),
  );
  return rows;
}

export interface DayHourRow {
  day: string;
  hour: number;
  scale: number;
  face: string;
  count: number;
}

/** Per day and hour, from the hourly rollup: edge days, and the office's holidays. */
export async function getDayHourCounts(db: Db, officeIds: readonly string[], from: string, to: string, onlyDays?: readonly string[]): Promise<DayHourRow[]> {
  if (officeIds.length === 0 || onlyDays?.length === 0) return [];
  let query = db
    .selectFrom('face_counts')
    .select((eb) => ['day', 'hour', 'scale', 'face', eb.fn.sum<number | string>('count').as('count')])
    .where('office_id', 'in', [...officeIds])
    .where('day', '>=', from)
    .where('day', '<=', to);
  if (onlyDays) query = query.where('day', 'in', [...onlyDays]);
  const rows = await query.groupBy(['day', 'hour', 'scale', 'face']).execute();
  return rows.map((r) => ({ day: r.day, hour: Number(r.hour), scale: Number(r.scale), face: r.face, count: toCount(r.count) }));
}
