// Which faces an export shows: those of the scales the terminals show, and any face the data holds.
import { DEFAULT_SCALE, FACE_IDS, SCALES, type FaceId, type ScaleSize } from '../../contract/scale';

/**
 * Best first. A 3-face office gets positivo, sufficiente, negativo and no columns of zeros for
 * ottimo and pessimo; a terminal moved from 5 to 3 faces keeps the old faces while its votes are
 * in the period. With no terminal and no vote, the national programme's three faces.
 */
export function facesInUse(scales: readonly number[], seen: Iterable<string>): FaceId[] {
  const used = new Set<string>(seen);
  for (const s of scales) for (const f of SCALES[s as ScaleSize] ?? []) used.add(f);
  if (used.size === 0) for (const f of SCALES[DEFAULT_SCALE]) used.add(f);
  return FACE_IDS.filter((f) => used.has(f));
}
