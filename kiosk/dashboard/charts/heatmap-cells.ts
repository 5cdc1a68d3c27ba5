// The report's weekday x hour heatmap to table rows over the office's day, with cell colours that keep their numbers readable. Pure.
import type { Heatmap } from '../../../server/contract/report';
import { USUAL_OFFICE_DAY, type OfficeDay } from './hour-datasets';

export type HeatCell = Heatmap['cells'][number];
export type HeatMode = 'votes' | 'negative';

export interface HeatRow {
  hour: number;
  /** Monday first, seven cells. */
  cells: HeatCell[];
}

/** The weekdays (0 = Monday) a period contains: all seven from a week on; "Oggi" only today's. */
export function weekdaysOf(period: { from: string; to: string }): Set<number> {
  const days = new Set<number>();
  const start = Date.parse(`${period.from}T00:00:00Z`);
  const end = Date.parse(`${period.to}T00:00:00Z`);
  for (let t = start; t <= end && days.size < 7; t += 86_400_000) days.add((new Date(t).getUTCDay() + 6) % 7);
  return days;
}

/**
 * The hours the office opens on the period's weekdays, from the report's own flags: a Friday open
 * only in the morning draws the morning, not the afternoons of the other days. A period on days the
 * office is closed gets its hours of any weekday; undefined when it gave no hours at all.
 */
export function officeDayOf(heatmap: Heatmap, period: { from: string; to: string }): OfficeDay | undefined {
  const days = weekdaysOf(period);
  const open = heatmap.cells.filter((c) => c.open);
  const those = open.filter((c) => days.has(c.weekday));
  const hours = (those.length ? those : open).map((c) => c.hour);
  return hours.length ? { first: Math.min(...hours), last: Math.max(...hours) } : undefined;
}

/**
 * Rows from the first to the last hour that is open or has votes: quiet open hours stay (a zero is
 * news), the night does not. An office without hours and votes gets a usual office day.
 */
export function heatmapRows(heatmap: Heatmap): HeatRow[] {
  const busy = heatmap.cells.filter((c) => c.open || c.votes > 0).map((c) => c.hour);
  const first = busy.length ? Math.min(...busy) : USUAL_OFFICE_DAY.first;
  const last = busy.length ? Math.max(...busy) : USUAL_OFFICE_DAY.last;
  const at = new Map(heatmap.cells.map((c) => [`${c.weekday}:${c.hour}`, c]));
  const rows: HeatRow[] = [];
  for (let hour = first; hour <= last; hour++) {
    rows.push({ hour, cells: Array.from({ length: 7 }, (_, weekday) => at.get(`${weekday}:${hour}`) ?? { weekday, hour, votes: 0, negative: 0, open: false }) });
  }
  return rows;
}

/** The cell's value in a mode: votes, or the share of negative votes (null without votes). */
export function cellValue(cell: HeatCell, mode: HeatMode): number | null {
  if (mode === 'votes') return cell.votes;
  return cell.votes > 0 ? cell.negative / cell.votes : null;
}

/** The largest value among the rows, the top of the colour scale (at least 1 vote, or 1% negative). */
export function scaleTop(rows: readonly HeatRow[], mode: HeatMode): number {
  const values = rows.flatMap((r) => r.cells.map((c) => cellValue(c, mode) ?? 0));
  return Math.max(mode === 'votes' ? 1 : 0.01, ...values);
}

type Rgb = [number, number, number];
const SCALES: Readonly<Record<HeatMode, [Rgb, Rgb]>> = {
  votes: [
    [232, 241, 250],
    [11, 79, 138],
  ],
  negative: [
    [253, 236, 234],
    [140, 20, 14],
  ],
};

const channel = (v: number) => {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/**
 * Background for a value between 0 and `top`, and black or white ink, whichever contrasts more
 * (one of the two always reaches 4.5:1). A cell without votes gets no colour.
 */
export function cellColour(value: number | null, top: number, mode: HeatMode): { background: string; ink: string } | undefined {
  if (value === null || value <= 0) return undefined;
  const [from, to] = SCALES[mode];
  // Even the smallest count is visibly coloured: 0 and 1 must not look alike.
  const t = 0.15 + 0.85 * Math.min(1, value / top);
  const rgb = from.map((f, i) => Math.round(f + (to[i]! - f) * t)) as Rgb;
  const l = luminance(rgb);
  const ink = contrast(l, 0) >= contrast(l, 1) ? '#000000' : '#ffffff';
  return { background: `rgb(${rgb.join(', ')})`, ink };
}
