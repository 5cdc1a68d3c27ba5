// The two headline figures of a set of votes: the share of positive votes and the 0-100 index.
import type { Figure, Score } from '../../contract/report';
import { FACE_SENTIMENT, facePoints, POINTS_PER_VOTE, type FaceId } from '../../contract/scale';
import { wilson } from './wilson';

/** Votes of one face on one scale: the unit every report query returns. */
export interface ScaleFaceCount {
  scale: number;
  face: string;
  count: number;
}

/**
 * A face's value on its own scale, linear from 1 (best) to 0 (worst): 1, 0.5, 0 on three faces;
 * 1, 0.75, 0.5, 0.25, 0 on five (the face's points, contract/scale.ts, over 12).
 */
export function faceValue(scale: number, face: string): number | null {
  const points = facePoints(scale, face);
  return points === null ? null : points / POINTS_PER_VOTE;
}

export function isPositive(face: string): boolean {
  return FACE_SENTIMENT[face as FaceId] === 'positive';
}

export function isNegative(face: string): boolean {
  return FACE_SENTIMENT[face as FaceId] === 'negative';
}

/** Sums a score needs, kept apart so that comparisons can test them. */
export interface ScoreSums {
  votes: number;
  positive: number;
  negative: number;
  /** Sum of face values (0..1 each) and of their squares: the index's mean and variance. */
  value: number;
  valueSquared: number;
}

export function emptySums(): ScoreSums {
  return { votes: 0, positive: 0, negative: 0, value: 0, valueSquared: 0 };
}

export function addToSums(sums: ScoreSums, row: ScaleFaceCount): ScoreSums {
  const v = faceValue(row.scale, row.face);
  // Every stored vote has a face of its scale (ingest checks it); a row that does not is counted
  // in the votes but can give no value, which would bias the index: it is left out of both.
  if (v === null) return sums;
  sums.votes += row.count;
  if (isPositive(row.face)) sums.positive += row.count;
  if (isNegative(row.face)) sums.negative += row.count;
  sums.value += v * row.count;
  sums.valueSquared += v * v * row.count;
  return sums;
}

export function sumsOf(rows: Iterable<ScaleFaceCount>): ScoreSums {
  const sums = emptySums();
  for (const r of rows) addToSums(sums, r);
  return sums;
}

export function mergeSums(a: ScoreSums, b: ScoreSums): ScoreSums {
  return { votes: a.votes + b.votes, positive: a.positive + b.positive, negative: a.negative + b.negative, value: a.value + b.value, valueSquared: a.valueSquared + b.valueSquared };
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function figure(successes: number, n: number, scale: number, minSample: number): Figure {
  const interval = wilson(successes, n);
  return {
    value: n > 0 ? round((successes / n) * scale, 6) : null,
    low: interval ? round(interval.low * scale, 6) : null,
    high: interval ? round(interval.high * scale, 6) : null,
    votes: n,
    smallSample: n < minSample,
  };
}

/** Share positive (0..1) and index (0..100), each with its 95% Wilson interval and vote count. */
export function scoreOf(sums: ScoreSums, minSample: number): Score {
  return {
    votes: sums.votes,
    positiveShare: figure(sums.positive, sums.votes, 1, minSample),
    index: figure(sums.value, sums.votes, 100, minSample),
  };
}
