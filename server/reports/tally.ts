// Folds per-face count rows into tallies (total + every face), filling absent keys with zeros.
import type { FaceCounts } from '../contract/report';
import { FACE_IDS, type FaceId } from '../contract/scale';
import type { FaceCountRow } from './get-face-counts';

export interface Tally {
  total: number;
  faces: FaceCounts;
}

export function emptyTally(): Tally {
  return { total: 0, faces: Object.fromEntries(FACE_IDS.map((f) => [f, 0])) as FaceCounts };
}

/**
 * One tally per key: first every key of `keys` in that order (zeros where nobody voted, so a
 * series has no holes), then any other key found in the rows.
 */
export function tallyBy(rows: readonly FaceCountRow[], keys: readonly string[] = []): Map<string, Tally> {
  const out = new Map<string, Tally>(keys.map((k) => [k, emptyTally()]));
  for (const row of rows) {
    let t = out.get(row.key);
    if (!t) out.set(row.key, (t = emptyTally()));
    if ((FACE_IDS as readonly string[]).includes(row.face)) t.faces[row.face as FaceId] += row.count;
    t.total += row.count;
  }
  return out;
}

export function sumTallies(tallies: Iterable<Tally>): Tally {
  const sum = emptyTally();
  for (const t of tallies) {
    sum.total += t.total;
    for (const f of FACE_IDS) sum.faces[f] += t.faces[f];
  }
  return sum;
}
