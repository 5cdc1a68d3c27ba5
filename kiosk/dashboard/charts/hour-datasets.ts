// Votes per hour of the office's day to stacked bars, over the office's whole day, quiet hours included. Pure.
import type { OpeningHours } from '../../../server/contract/admin';
import { FACE_IDS, type FaceId } from '../../../server/contract/scale';
import type { FaceCounts } from '../../../server/contract/report';
import { faceStacks, type FaceStackData, type FaceTally, type StackMode } from './service-datasets';

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

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** From the earliest opening to the latest closing of any weekday; undefined when no day has hours. */
export function officeDay(hours: OpeningHours | undefined): OfficeDay | undefined {
  const intervals = Object.values(hours ?? {}).flat();
  if (intervals.length === 0) return undefined;
  const first = Math.min(...intervals.map((i) => Math.floor(minutesOf(i.from) / 60)));
  // Closing at 17:00 ends the 16:00 hour; closing at 17:30 reaches into the 17:00 hour.
  const last = Math.max(...intervals.map((i) => Math.floor((minutesOf(i.to) - 1) / 60)));
  return { first, last: Math.max(first, last) };
}

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

export function hourDatasets(rows: readonly HourRow[], faces: readonly FaceId[], mode: StackMode, day?: OfficeDay): FaceStackData {
  const kept = hoursOfDay(rows, day);
  return faceStacks(kept, kept.map((r) => hourLabel(r.hour)), faces, mode);
}
