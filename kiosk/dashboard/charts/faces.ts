// Which faces a report shows: the programme's three always, the others only when someone chose them.
import { FACE_IDS, SCALES, type FaceId } from '../../../server/contract/scale';
import type { FaceCounts } from '../../../server/contract/report';
import { FACE_STYLE } from '../../ui/face-style';
import { FACE_LABELS } from '../labels';

const ALWAYS: readonly FaceId[] = SCALES[3];

/**
 * Faces worth a column, best first. A 3-face office never sees empty "Ottimo"/"Pessimo" columns; an
 * office on the 5-face scale sees them as soon as anyone used them. A 0 for "Negativo" is kept: that
 * zero is good news a manager wants to read.
 */
export function shownFaces(faces: Partial<FaceCounts>): FaceId[] {
  return FACE_IDS.filter((f) => ALWAYS.includes(f) || (faces[f] ?? 0) > 0);
}

/** Count of one face; tolerant of a collector that left a zero out. */
export function faceCount(faces: Partial<FaceCounts>, face: FaceId): number {
  return faces[face] ?? 0;
}

/** In the dashboard's language: read at render time, after the catalogue is in place. */
export function faceLabel(face: FaceId): string {
  return FACE_LABELS[face];
}

export function faceColor(face: FaceId): string {
  return FACE_STYLE[face].color;
}
