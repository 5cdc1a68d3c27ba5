// Folds face rows into what reports show per group: the faces' counts and the sums behind the score.
import { negativeOf, positiveOf, valueOf, valueSquaredOf, type TallyCounts } from '../../aggregates/tally-columns';
import type { FaceCounts } from '../../contract/report';
import { FACE_IDS, type FaceId } from '../../contract/scale';
import { addToSums, emptySums, isNegative, mergeSums, scoreOf, type ScaleFaceCount, type ScoreSums } from '../metrics/score';

/** A rollup row: votes of one scale and face, or a totals-only rollup's tally (migration 022). */
export type CountRow = ScaleFaceCount | TallyCounts;

export const isTally = (row: CountRow): row is TallyCounts => 'points' in row;
/** A row's votes, and its negative votes. */
export const votesOf = (row: CountRow) => (isTally(row) ? row.votes : row.count);
export const negativeVotesOf = (row: CountRow) => (isTally(row) ? negativeOf(row) : isNegative(row.face) ? row.count : 0);

export interface Tallied {
  total: number;
  faces: FaceCounts;
  sums: ScoreSums;
}

const NO_FACES = Object.freeze(Object.fromEntries(FACE_IDS.map((f) => [f, 0])) as FaceCounts);

export function emptyTallied(): Tallied {
  // A copy of one zeroed object: a report makes one per day, bucket and service (hundreds), and
  // building each from FACE_IDS showed in its profile.
  return { total: 0, faces: { ...NO_FACES }, sums: emptySums() };
}

export function addRow(t: Tallied, row: CountRow): Tallied {
  if (isTally(row)) {
    // The same figures as the per-face rows of the same votes give: a face counts in its own
    // column, positive and negative by its sentiment, the values as points / 12 (exact for three
    // and five faces, whose values are quarters; within a rounding of the per-face sum on four).
    t.total += row.votes;
    for (const f of FACE_IDS) t.faces[f] += row[f];
    t.sums.votes += row.votes;
    t.sums.positive += positiveOf(row);
    t.sums.negative += negativeOf(row);
    t.sums.value += valueOf(row);
    t.sums.valueSquared += valueSquaredOf(row);
    return t;
  }
  t.total += row.count;
  if ((FACE_IDS as readonly string[]).includes(row.face)) t.faces[row.face as FaceId] += row.count;
  addToSums(t.sums, row);
  return t;
}

/** One Tallied per key: first every key of `keys` in that order (zeros, so series have no holes), then any other. */
export function foldBy<R extends CountRow>(rows: readonly R[], key: (row: R) => string, keys: readonly string[] = []): Map<string, Tallied> {
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
