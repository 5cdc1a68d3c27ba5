// The report's trend buckets (day, week or month, as the collector chose for the period), or one day's hours, to the trend chart: votes as bars, share of positive votes as a line. Pure.
import { T } from '../trend-labels';
import type { TrendBucket, TrendUnit } from '../../../server/contract/report';
import { FACE_IDS, FACE_SENTIMENT } from '../../../server/contract/scale';
import { FACE_STYLE } from '../../ui/face-style';
import { formatDayLong, formatDayShort } from '../format';
import { hourLabel, hoursOfDay, type HourRow, type OfficeDay } from './hour-datasets';
import { percentOf } from './share';
import { LOCALE } from '../i18n/locale';

export interface TrendData {
  /** Under each bar: "3 giu", "5 ott" (a week, by its first day), "ott 26"; or "09:00" for one day's hours. */
  labels: string[];
  /** A tooltip's heading: "lun 3 giugno 2024", "dal 5 ott al dom 11 ottobre 2026", "ottobre 2026", "09:00–10:00". */
  titles: string[];
  totals: number[];
  /** Percent of positive votes per bar; null where nobody voted (a gap, not a fake 0%). */
  positive: (number | null)[];
  /** Whether each bar's share rests on fewer votes than the minimum sample: its point is drawn hollow. */
  small: boolean[];
}

export const TREND_TOTAL_COLOR = '#5b6b7b';
export const TREND_POSITIVE_COLOR = FACE_STYLE.positivo.color;

const MONTH_SHORT = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: '2-digit', timeZone: 'UTC' });
const MONTH_LONG = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const asUtc = (day: string) => new Date(`${day}T00:00:00Z`);

function lastOfMonth(day: string): string {
  const d = asUtc(day);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

function bucketLabel(b: TrendBucket, unit: TrendUnit, withYear: boolean): string {
  return unit === 'month' ? MONTH_SHORT.format(asUtc(b.from)) : formatDayShort(b.from, withYear);
}

function bucketTitle(b: TrendBucket, unit: TrendUnit): string {
  if (unit === 'day') return formatDayLong(b.from);
  // The first and last month of a period may be clipped to it: then say which days.
  if (unit === 'month' && b.from.endsWith('-01') && b.to === lastOfMonth(b.from)) return MONTH_LONG.format(asUtc(b.from));
  return T.days(formatDayShort(b.from, b.from.slice(0, 4) !== b.to.slice(0, 4)), formatDayLong(b.to));
}

/**
 * Why "total + % positive" and not one line per face: counts per bucket are small (a comune's office
 * sees a few dozen votes a day), so three or five crossing lines mostly show how busy a bucket was.
 * One line for the share of positive votes answers "are we getting better?", and the bars under it
 * show how many votes each point stands on; a point below the minimum sample is drawn hollow.
 */
export function trendDatasets(buckets: readonly TrendBucket[], unit: TrendUnit): TrendData {
  const crossesYear = buckets.length > 0 && buckets[0]!.from.slice(0, 4) !== buckets[buckets.length - 1]!.to.slice(0, 4);
  return {
    labels: buckets.map((b) => bucketLabel(b, unit, crossesYear)),
    titles: buckets.map((b) => bucketTitle(b, unit)),
    totals: buckets.map((b) => b.total),
    positive: buckets.map((b) => (b.score.positiveShare.value === null ? null : Math.round(b.score.positiveShare.value * 100))),
    small: buckets.map((b) => b.score.positiveShare.smallSample),
  };
}

/** "Positive" is by sentiment (FACE_SENTIMENT), so it means the same on a 3-, 4- or 5-face scale. */
function positiveShare(row: HourRow): number | null {
  const good = FACE_IDS.filter((f) => FACE_SENTIMENT[f] === 'positive').reduce((sum, f) => sum + (row.faces[f] ?? 0), 0);
  return percentOf(good, row.total);
}

/** A one-day period, hour by hour over the office's day: one bar for the whole day would say nothing. */
export function hourTrendDatasets(hours: readonly HourRow[], day: OfficeDay | undefined, minSample: number): TrendData {
  const rows = hoursOfDay(hours, day);
  return {
    labels: rows.map((r) => hourLabel(r.hour)),
    titles: rows.map((r) => `${hourLabel(r.hour)}–${hourLabel(r.hour + 1)}`),
    totals: rows.map((r) => r.total),
    positive: rows.map(positiveShare),
    small: rows.map((r) => r.total < minSample),
  };
}
