// Votes per hour of the office's day to stacked bars, trimmed to the hours when anyone voted. Pure.
import { FACE_IDS, type FaceId } from '../../../server/contract/scale';
import type { FaceCounts } from '../../../server/contract/report';
import { faceStacks, type FaceStackData, type FaceTally, type StackMode } from './service-datasets';

export interface HourRow extends FaceTally {
  hour: number;
}

const NO_FACES = Object.fromEntries(FACE_IDS.map((f) => [f, 0])) as FaceCounts;

/**
 * Trimmed to the first and last hour with votes: an office open 8-14 gets seven bars, not 24 with
 * a night of zeros. Hours in between stay, even when empty (filled here if the collector left them
 * out), so the axis keeps the clock's order and a quiet lunch hour shows as a gap.
 */
export function hourDatasets(rows: readonly HourRow[], faces: readonly FaceId[], mode: StackMode): FaceStackData {
  const byHour = new Map(rows.map((r) => [r.hour, r]));
  const busy = rows.filter((r) => r.total > 0).map((r) => r.hour);
  const kept: HourRow[] = [];
  if (busy.length > 0) {
    for (let h = Math.min(...busy); h <= Math.max(...busy); h++) kept.push(byHour.get(h) ?? { hour: h, total: 0, faces: NO_FACES });
  }
  return faceStacks(kept, kept.map((r) => `${String(r.hour).padStart(2, '0')}:00`), faces, mode);
}
