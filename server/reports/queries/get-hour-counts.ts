// Votes per weekday and hour for offices over a period: the heatmap's raw rows.
import { weekdayOf } from '../../aggregates/count-deltas';
import { TALLY_COLUMNS, type TallyCounts } from '../../aggregates/tally-columns';
import type { Db } from '../../store/database';
import { readPlanned, tallyOf } from './read-planned';

/** One tally per weekday and hour. */
export type HourRow = {
  /** 0 = Monday. */
  weekday: number;
  hour: number;
} & TallyCounts;

/** Whole months from the weekday x hour totals (migration 022); edge days from the office's hours of each day (024). */
export async function getHourCounts(db: Db, officeIds: readonly string[], from: string, to: string): Promise<HourRow[]> {
  if (officeIds.length === 0) return [];
  return readPlanned<HourRow>(
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
      ).map((r) => Object.assign(tallyOf(r), { weekday: Number(r.weekday), hour: Number(r.hour) })),
    async (d) => {
      // A day's weekday once per day, not once per row.
      const weekdays = new Map<string, number>();
      return (await dayHourRows(db, officeIds, d.from, d.to)).map((r) => {
        let weekday = weekdays.get(r.day);
        if (weekday === undefined) weekdays.set(r.day, (weekday = weekdayOf(r.day)));
        return Object.assign(tallyOf(r), { weekday, hour: Number(r.hour) });
      });
    },
  );
}

export type DayHourRow = {
  day: string;
  hour: number;
} & TallyCounts;

/** Per day and hour, from the office hour totals (migration 024): edge days, and the office's holidays. */
export async function getDayHourCounts(db: Db, officeIds: readonly string[], from: string, to: string, onlyDays?: readonly string[]): Promise<DayHourRow[]> {
  return (await dayHourRows(db, officeIds, from, to, onlyDays)).map((r) => Object.assign(tallyOf(r), { day: r.day, hour: Number(r.hour) }));
}

async function dayHourRows(db: Db, officeIds: readonly string[], from: string, to: string, onlyDays?: readonly string[]) {
  const days = onlyDays?.filter((d) => d >= from && d <= to);
  if (officeIds.length === 0 || days?.length === 0) return [];
  const query = db
    .selectFrom('tally_office_hour')
    .select((eb) => ['day', 'hour', ...TALLY_COLUMNS.map((c) => eb.fn.sum<number | string>(c).as(c))])
    .where('office_id', 'in', [...officeIds]);
  // Given days alone, not with the range around them as well: SQLite then scanned the whole range
  // (8,760 hours of a year) instead of looking up each day (1.8 -> 0.4 ms on the national file).
  return (days ? query.where('day', 'in', days) : query.where('day', '>=', from).where('day', '<=', to)).groupBy(['day', 'hour']).execute();
}
