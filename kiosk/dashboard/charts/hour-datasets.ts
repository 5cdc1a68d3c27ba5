// The hours of an office's day, quiet ones included, for one day's hour-by-hour trend. Pure.
import { FACE_IDS } from '../../../server/contract/scale';
import type { FaceCounts } from '../../../server/contract/report';
import type { FaceTally } from './service-datasets';

export interface HourRow extends FaceTally {
  hour: number;
}

/** The hours an office's day covers, both included: 8 and 16 for an office open 08:30–12:30 and 14:30–17:00. */
export interface OfficeDay {
  first: number;
  last: number;
}

/**
 * An office that gave no opening hours gets a public office's usual day, 08:00–18:00: wide enough
 * that one busy hour does not fill the chart as a single bar, and widened to any vote outside it.
 */
export const USUAL_OFFICE_DAY: OfficeDay = { first: 8, last: 17 };

const NO_FACES = Object.fromEntries(FACE_IDS.map((f) => [f, 0])) as FaceCounts;

/**
 * Every hour of the office's day, in the clock's order, with the collector's rows or zeros: a quiet
 * hour is news too. Votes outside the day (a totem left on at lunch, an early opening) widen it.
 */
export function hoursOfDay(rows: readonly HourRow[], day: OfficeDay = USUAL_OFFICE_DAY): HourRow[] {
  const byHour = new Map(rows.map((r) => [r.hour, r]));
  const busy = rows.filter((r) => r.total > 0).map((r) => r.hour);
  const first = Math.min(day.first, ...busy);
  const last = Math.max(day.last, ...busy);
  const kept: HourRow[] = [];
  for (let h = first; h <= last; h++) kept.push(byHour.get(h) ?? { hour: h, total: 0, faces: NO_FACES });
  return kept;
}

export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
