// A figure next to the same figure of another period, with the difference and whether it is beyond noise.
import type { Comparison } from '../../contract/report';
import { compareIndex, compareShares } from '../metrics/compare';
import { scoreOf, type ScoreSums } from '../metrics/score';
import type { DayRange } from '../period-plan';

export function comparison(kind: Comparison['kind'], period: DayRange, now: ScoreSums, before: ScoreSums, minSample: number): Comparison {
  return {
    kind,
    period,
    score: scoreOf(before, minSample),
    positiveShare: compareShares(now, before, minSample),
    index: compareIndex(now, before, minSample),
  };
}
