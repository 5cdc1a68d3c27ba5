// A figure next to the same figure of another period, with the difference and whether it is beyond noise.
import type { Comparison } from '../../contract/report';
import { compareIndex, compareShares } from '../metrics/compare';
import { scoreOf, type ScoreSums } from '../metrics/score';
import type { DayRange } from '../period-plan';

/**
 * `firstMonth`: the month of the scope's first vote (getFirstVoteMonth). An earlier period that began
 * before it is only partly covered, which the comparison says (`dataSince`): a year-before against an
 * installation's first month is not a year.
 */
export function comparison(kind: Comparison['kind'], period: DayRange, now: ScoreSums, before: ScoreSums, minSample: number, firstMonth: string | null): Comparison {
  const partly = firstMonth !== null && firstMonth > period.from.slice(0, 7) && firstMonth <= period.to.slice(0, 7);
  return {
    kind,
    period,
    score: scoreOf(before, minSample),
    positiveShare: compareShares(now, before, minSample),
    index: compareIndex(now, before, minSample),
    dataSince: partly ? firstMonth : null,
  };
}
