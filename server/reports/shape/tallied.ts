// Folds face rows into what reports show per group: the faces' counts and the sums behind the score.
import type { FaceCounts } from '../../contract/report';
import { FACE_IDS, type FaceId } from '../../contract/scale';
import { addToSums, emptySums, mergeSums, scoreOf, type ScaleFaceCount, type ScoreSums } from '../metrics/score';

export interface Tallied {
  total: number;
  faces: FaceCounts;
  sums: ScoreSums;
}

export function emptyTallied(): Tallied {
  return { total: 0, faces: Object.fromEntries(FACE_IDS.map((f) => [f, 0])) as FaceCounts, sums: emptySums() };
}

export function addRow(t: Tallied, row: ScaleFaceCount): Tallied {
  t.total += row.count;
  if ((FACE_IDS as readonly string[]).includes(row.face)) t.faces[row.face as FaceId] += row.count;
  addToSums(t.sums, row);
  return t;
}

/** One Tallied per key: first every key of `keys` in that order (zeros, so series have no holes), then any other. */
export function foldBy<R extends ScaleFaceCount>(rows: readonly R[], key: (row: R) => string, keys: readonly string[] = []): Map<string, Tallied> {
  const out = new Map<string, Tallied>(keys.map((k) => [k, emptyTallied()]));
  for (const row of rows) {
    const k = key(row);
    let t = out.get(k);
    if (!t) out.set(k, (t = emptyTallied()));
    addRow(t, row);
  }
  return out;
}

export function mergeTallied(items: Iterable<Tallied>): Tallied {
  const out = emptyTallied();
  for (const t of items) {
    out.total += t.total;
    for (const f of FACE_IDS) out.faces[f] += t.faces[f];
    out.sums = mergeSums(out.sums, t.sums);
  }
  return out;
}

/** The contract's tally with its score. */
export function present(t: Tallied, minSample: number) {
  return { total: t.total, faces: t.faces, score: scoreOf(t.sums, minSample) };
}
