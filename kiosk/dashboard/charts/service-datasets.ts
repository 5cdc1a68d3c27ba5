// Rows with face counts (services, hours) to stacked-bar datasets: one stack per row, one dataset per face. Pure.
import type { FaceCounts } from '../../../server/contract/report';
import type { FaceId } from '../../../server/contract/scale';
import { faceColor, faceCount, faceLabel } from './faces';
import { faceBreakdown } from './share';

export interface FaceTally {
  total: number;
  faces: FaceCounts;
}

export type StackMode = 'count' | 'percent';

export interface FaceStackDataset {
  face: FaceId;
  label: string;
  data: number[];
  backgroundColor: string;
  stack: string;
}

export interface FaceStackData {
  labels: string[];
  datasets: FaceStackDataset[];
  /** counts[face index][row index], kept beside the plotted values so a tooltip can show both. */
  counts: number[][];
  /** percents[face index][row index]; each row's percents add up to 100 (or are all 0 for an empty row). */
  percents: number[][];
}

/** Stacks any rows of face counts; `labels` are the rows' names, in the same order. */
export function faceStacks(rows: readonly FaceTally[], labels: readonly string[], faces: readonly FaceId[], mode: StackMode): FaceStackData {
  const counts = faces.map((f) => rows.map((r) => faceCount(r.faces, f)));
  // Percent per row over the shown faces: shownFaces() includes every face anyone used, so nothing is
  // lost; the positive faces together read as the row's share positive does (contract/face-breakdown.ts).
  const rowPercents = rows.map((r) => faceBreakdown(faces, faces.map((f) => faceCount(r.faces, f))));
  const percents = faces.map((_, fi) => rowPercents.map((p) => p[fi] ?? 0));
  const datasets = faces.map((face, fi) => ({
    face,
    label: faceLabel(face),
    data: mode === 'percent' ? (percents[fi] ?? []) : (counts[fi] ?? []),
    backgroundColor: faceColor(face),
    stack: 'faces',
  }));
  return { labels: [...labels], datasets, counts, percents };
}

export interface ServiceRow extends FaceTally {
  serviceId: string;
  name: string;
  archived: boolean;
}

/** The per-service chart: a service no longer offered keeps its votes, marked so nobody looks for it at the counter. */
export function serviceDatasets(services: readonly ServiceRow[], faces: readonly FaceId[], mode: StackMode, archivedWord: string): FaceStackData {
  const labels = services.map((s) => (s.archived ? `${s.name} (${archivedWord})` : s.name));
  return faceStacks(services, labels, faces, mode);
}
