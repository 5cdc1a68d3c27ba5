// A figure next to the same figure of another period, with the difference and whether it is beyond noise.
import type { Change, Comparison } from '../../contract/report';
import { compareIndex, compareShares } from '../metrics/compare';
import { scoreOf, type ScoreSums } from '../metrics/score';
import type { DayRange } from '../period-plan';

/** No test, and why: a year-before that shares days with the period (below). */
const OVERLAPPING: Change = { delta: null, pValue: null, significant: false, note: 'overlaps' };

/**
 * `firstMonth`: the month of the scope's first vote (getFirstVoteMonth). An earlier period that began
 * before it is only partly covered, which the comparison says (`dataSince`): a year-before against an
 * installation's first month is not a year.
 */
export function comparison(kind: Comparison['kind'], period: DayRange, now: ScoreSums, before: ScoreSums, minSample: number, firstMonth: string | null): Comparison {
  const partly = firstMonth !== null && firstMonth > period.from.slice(0, 7) && firstMonth <= period.to.slice(0, 7);
  // A period longer than a year shares days with the same dates a year earlier: the two are not
  // independent samples, and a test between them would read a real change as noise. Said, not tested.
  const overlaps = kind === 'year-before' && period.to >= `${Number(period.from.slice(0, 4)) + 1}${period.from.slice(4)}`;
  return {
    kind,
    period,
    score: scoreOf(before, minSample),
    positiveShare: overlaps ? OVERLAPPING : compareShares(now, before, minSample),
    index: overlaps ? OVERLAPPING : compareIndex(now, before, minSample),
    dataSince: partly ? firstMonth : null,
  };
}
