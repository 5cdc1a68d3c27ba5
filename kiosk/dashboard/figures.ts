// Figures in words: shares, intervals, differences in points and p-values, in the dashboard's language ("76%", "tra 41% e 75%", "+3,2 punti"). Pure.
import { shareUnits } from '../../server/contract/face-breakdown';
import type { Change, Figure } from '../../server/contract/report';
import { FIGURE_WORDS as W } from './figure-labels';
import { LOCALE } from './i18n/locale';

const whole = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A share 0..1 as a whole percentage: 0.7614 → "76%", 0.285 → "29%" (half up, as the face breakdown
 * rounds it: contract/face-breakdown.ts). Null (no votes) → "–".
 */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '–' : `${whole.format(shareUnits(share, 100))}%`;
}

/**
 * A share beside the charter standards it is judged against: a whole percentage, but one decimal
 * when the whole one would read as a standard the share does not equal ("79,6%", not "80%" beside
 * «almeno 80%» and «non rispettato»).
 */
export function percentAgainst(share: number | null | undefined, standardsPct: readonly number[]): string {
  if (share === null || share === undefined) return '–';
  const pct = share * 100;
  const rounded = shareUnits(share, 100);
  return standardsPct.includes(rounded) && Math.abs(pct - rounded) > 1e-9 ? `${oneDecimal.format(pct)}%` : percent(share);
}

/** A participation rate: one decimal below 10% (2.4% of people served is not "2%"), whole above. */
export function ratePercent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '–';
  return rate < 0.1 ? `${oneDecimal.format(rate * 100)}%` : `${whole.format(rate * 100)}%`;
}

/** An index 0..100 without decimals: 82.95 → "83". */
export function indexValue(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : whole.format(value);
}

/** The 95% interval of a share in words: "tra 73% e 79%"; empty when there is none. */
export function shareInterval(f: Figure): string {
  return f.low === null || f.high === null ? '' : W.between(percent(f.low), percent(f.high));
}

/** The 95% interval of an index in words: "tra 80 e 86". */
export function indexInterval(f: Figure): string {
  return f.low === null || f.high === null ? '' : W.between(indexValue(f.low), indexValue(f.high));
}

export type Direction = 'up' | 'down' | 'same';

/** Which way a difference goes; below half a tenth of a point it reads as unchanged, as its text would. */
export function direction(delta: number, unit: 'share' | 'index'): Direction {
  const points = unit === 'share' ? delta * 100 : delta;
  if (Math.abs(points) < 0.05) return 'same';
  return points > 0 ? 'up' : 'down';
}

export const ARROW: Readonly<Record<Direction, string>> = { up: '▲', down: '▼', same: '=' };

/** A difference in points with its sign: share 0.032 → "+3,2 punti", index -1.25 → "−1,3 punti". */
export function points(delta: number, unit: 'share' | 'index'): string {
  const p = unit === 'share' ? delta * 100 : delta;
  const rounded = Number(p.toFixed(1));
  if (rounded === 0) return W.zeroPoints;
  const text = oneDecimal.format(Math.abs(rounded));
  return W.points(`${rounded > 0 ? '+' : '−'}${text}`, Math.abs(rounded) === 1);
}

/** A margin against the charter's standard, already in points: 0.14 → "+0,1 punti". */
export function marginPoints(marginPct: number): string {
  return points(marginPct, 'index');
}

/** A p-value with four significant digits (docs/metrics.md), and "< 0,0001" below that. */
export function pValue(p: number): string {
  if (p < 0.0001) return W.pBelowSmallest;
  return Number(p.toPrecision(4)).toLocaleString(LOCALE, { maximumSignificantDigits: 4 });
}

/** Whether a change was tested at all: no test with a small sample or without votes on either side. */
export function tested(change: Change): change is Change & { delta: number; pValue: number } {
  return change.note === null && change.delta !== null && change.pValue !== null;
}
