// Daily rows to the trend chart: votes per day as bars, share of positive votes as a line. Pure.
import type { FaceCounts } from '../../../server/contract/report';
import { FACE_IDS, FACE_SENTIMENT } from '../../../server/contract/scale';
import { FACE_STYLE } from '../../ui/face-style';
import { formatDayShort } from '../format';
import { percentOf } from './share';

export interface DailyRow {
  day: string;
  total: number;
  faces: FaceCounts;
}

export interface TrendData {
  labels: string[];
  days: string[];
  totals: number[];
  /** Percent of positive votes per day; null on a day nobody voted (a gap, not a fake 0%). */
  positive: (number | null)[];
}

export const TREND_TOTAL_COLOR = '#5b6b7b';
export const TREND_POSITIVE_COLOR = FACE_STYLE.positivo.color;

/**
 * Why "total + % positive" and not one line per face: daily counts are small (a comune's office sees
 * a few dozen votes a day), so three or five crossing lines mostly show how busy a day was. One line
 * for the share of positive votes answers "are we getting better?", and the bars under it show how
 * many votes each point stands on, so a 100% from two votes does not read like a 100% from sixty.
 * "Positive" is by sentiment (FACE_SENTIMENT), so it means the same on a 3-, 4- or 5-face scale.
 */
export function trendDatasets(daily: readonly DailyRow[]): TrendData {
  const days = daily.map((d) => d.day);
  const crossesYear = days.length > 0 && days[0]!.slice(0, 4) !== days[days.length - 1]!.slice(0, 4);
  const positive = daily.map((d) => {
    const good = FACE_IDS.filter((f) => FACE_SENTIMENT[f] === 'positive').reduce((sum, f) => sum + (d.faces[f] ?? 0), 0);
    return percentOf(good, d.total);
  });
  return {
    labels: days.map((d) => formatDayShort(d, crossesYear)),
    days,
    totals: daily.map((d) => d.total),
    positive,
  };
}
