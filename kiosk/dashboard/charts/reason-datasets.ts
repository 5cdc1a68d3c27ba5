// Reasons for negative votes to horizontal bars, most frequent first, each labelled with its quality dimension. Pure.
import type { OfficeReport } from '../../../server/contract/report';
import type { QualityDimension } from '../../../server/contract/quality';
import { DIMENSION_LABEL } from '../../ui/face-style';
import { percentOf } from './share';

/**
 * A reason row as the collector sends it. The dimension is restated because the contract's
 * `Type.Union([...QUALITY_DIMENSIONS.map(Type.Literal), Type.Null()])` infers as `never` in TypeBox 1
 * (a spread of a mapped array is not a tuple); reported, to be fixed in server/contract/report.ts.
 */
export type ReasonRow = Omit<OfficeReport['reasons'][number], 'dimension'> & { dimension: QualityDimension | null };

export interface ReasonData {
  /** Two lines per bar: the reason, then its dimension (Chart.js draws an array label as lines). */
  labels: string[][];
  counts: number[];
  /** Percent of the citizens who gave at least one reason; a citizen may give several, so these need not add up to 100. */
  percents: (number | null)[];
  rows: ReasonRow[];
}

export function dimensionLabel(row: ReasonRow, none: string): string {
  return row.dimension ? DIMENSION_LABEL[row.dimension] : none;
}

/** Sorted by count, ties by label, so the bar a manager should act on first is on top. */
export function reasonDatasets(reasons: readonly ReasonRow[], motivated: number): ReasonData {
  const rows = [...reasons].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'it'));
  return {
    // "Altro" speaks to no dimension: one line, rather than a second line saying so on the chart.
    labels: rows.map((r) => (r.dimension ? [r.label, DIMENSION_LABEL[r.dimension]] : [r.label])),
    counts: rows.map((r) => r.count),
    percents: rows.map((r) => percentOf(r.count, motivated)),
    rows,
  };
}
