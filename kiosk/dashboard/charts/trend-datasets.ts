// Daily rows, or one day's hours, to the trend chart: votes as bars, share of positive votes as a line. Pure.
import type { FaceCounts } from '../../../server/contract/report';
import { FACE_IDS, FACE_SENTIMENT } from '../../../server/contract/scale';
import { FACE_STYLE } from '../../ui/face-style';
import { formatDayLong, formatDayShort } from '../format';
import { hourLabel, hoursOfDay, type HourRow, type OfficeDay } from './hour-datasets';
import { percentOf } from './share';

export interface DailyRow {
  day: string;
  total: number;
  faces: FaceCounts;
}

export interface TrendData {
  /** Under each bar: "3 giu", or "09:00" for one day's hours. */
  labels: string[];
  /** A tooltip's heading: "lun 3 giugno 2024", or "09:00–10:00". */
  titles: string[];
  totals: number[];
  /** Percent of positive votes per bar; null where nobody voted (a gap, not a fake 0%). */
  positive: (number | null)[];
}

export const TREND_TOTAL_COLOR = '#5b6b7b';
export const TREND_POSITIVE_COLOR = FACE_STYLE.positivo.color;

/** "Positive" is by sentiment (FACE_SENTIMENT), so it means the same on a 3-, 4- or 5-face scale. */
function positiveShare(row: { total: number; faces: FaceCounts }): number | null {
  const good = FACE_IDS.filter((f) => FACE_SENTIMENT[f] === 'positive').reduce((sum, f) => sum + (row.faces[f] ?? 0), 0);
  return percentOf(good, row.total);
}

/**
 * Why "total + % positive" and not one line per face: daily counts are small (a comune's office sees
 * a few dozen votes a day), so three or five crossing lines mostly show how busy a day was. One line
 * for the share of positive votes answers "are we getting better?", and the bars under it show how
 * many votes each point stands on, so a 100% from two votes does not read like a 100% from sixty.
 */
export function trendDatasets(daily: readonly DailyRow[]): TrendData {
  const days = daily.map((d) => d.day);
  const crossesYear = days.length > 0 && days[0]!.slice(0, 4) !== days[days.length - 1]!.slice(0, 4);
  return {
    labels: days.map((d) => formatDayShort(d, crossesYear)),
    titles: days.map(formatDayLong),
    totals: daily.map((d) => d.total),
    positive: daily.map(positiveShare),
  };
}

/** A one-day period, hour by hour over the office's day: one bar for the whole day would say nothing. */
export function hourTrendDatasets(hours: readonly HourRow[], day?: OfficeDay): TrendData {
  const rows = hoursOfDay(hours, day);
  return {
    labels: rows.map((r) => hourLabel(r.hour)),
    titles: rows.map((r) => `${hourLabel(r.hour)}–${hourLabel(r.hour + 1)}`),
    totals: rows.map((r) => r.total),
    positive: rows.map(positiveShare),
  };
}
