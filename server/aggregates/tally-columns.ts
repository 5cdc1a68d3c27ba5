// The columns of the totals-only rollups (migration 022): per key, one row with the votes, each
// face's votes and the index points, instead of one row per scale and face. An office's year read
// 7,319 weekday x hour rows and 2,743 day rows split by scale and face (issue 6, docs/performance.md);
// what the report shows at those granularities is made of these totals alone.
import { FACE_IDS, FACE_SENTIMENT, facePoints, POINTS_PER_VOTE, type FaceId } from '../contract/scale';

/**
 * votes; one column per face id, the scales together (as the report's `faces` show them: positive,
 * negative and the charts' face split follow from these); the face values in twelfths and their
 * squares (the index and its variance, whole numbers on every scale: see `facePoints`).
 */
export const TALLY_COLUMNS = ['votes', ...FACE_IDS, 'points', 'points_squared'] as const;
export type TallyColumn = (typeof TALLY_COLUMNS)[number];
export type TallyCounts = Record<TallyColumn, number>;

/** What `n` votes of one face on one scale add to each column. */
export function tallyOfFace(scale: number, face: string, n: number): TallyCounts {
  const out = Object.fromEntries(TALLY_COLUMNS.map((c) => [c, 0])) as TallyCounts;
  out.votes = n;
  if ((FACE_IDS as readonly string[]).includes(face)) out[face as FaceId] = n;
  // Ingest refuses a face its scale lacks, so every stored vote has points; one without would be
  // counted in the votes and give no points, as the per-face reports count it (shape/tallied.ts).
  const points = facePoints(scale, face);
  if (points !== null) {
    out.points = points * n;
    out.points_squared = points * points * n;
  }
  return out;
}

export const positiveOf = (t: TallyCounts) => FACE_IDS.reduce((n, f) => (FACE_SENTIMENT[f] === 'positive' ? n + t[f] : n), 0);
export const negativeOf = (t: TallyCounts) => FACE_IDS.reduce((n, f) => (FACE_SENTIMENT[f] === 'negative' ? n + t[f] : n), 0);
/** The sum of face values (0..1 each) and of their squares, as `ScoreSums` keeps them. */
export const valueOf = (t: TallyCounts) => t.points / POINTS_PER_VOTE;
export const valueSquaredOf = (t: TallyCounts) => t.points_squared / (POINTS_PER_VOTE * POINTS_PER_VOTE);
