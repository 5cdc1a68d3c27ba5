// Reasons for negative votes to horizontal bars of their share of the negative votes, most frequent first, each labelled with its quality dimension. Pure.
import type { OfficeReport } from '../../../server/contract/report';
import { DIMENSION_LABELS } from '../labels';

export type ReasonRow = OfficeReport['reasons'][number];

export interface ReasonData {
  /** Two lines per bar: the reason, then its dimension (Chart.js draws an array label as lines). */
  labels: string[][];
  counts: number[];
  /** Percent of the negative votes that gave each reason; a citizen may give several, so these may add up to more than 100. */
  percents: (number | null)[];
  rows: ReasonRow[];
}

export function dimensionLabel(row: ReasonRow, none: string): string {
  return row.dimension ? DIMENSION_LABELS[row.dimension] : none;
}

/** Sorted by count, ties by label, so the bar a manager should act on first is on top. */
export function reasonDatasets(reasons: readonly ReasonRow[]): ReasonData {
  const rows = [...reasons].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'it'));
  return {
    // "Altro" speaks to no dimension: one line, rather than a second line saying so on the chart.
    labels: rows.map((r) => (r.dimension ? [r.label, DIMENSION_LABELS[r.dimension]] : [r.label])),
    counts: rows.map((r) => r.count),
    percents: rows.map((r) => (r.shareOfNegative === null ? null : Math.round(r.shareOfNegative * 100))),
    rows,
  };
}
