// Rankings by a share shrunk toward the group's mean: three lucky votes never top the list.
import { describe, expect, it } from 'vitest';
import { rankByShrunkShare } from '../../../../server/reports/metrics/rank';
import { sumsOf } from '../../../../server/reports/metrics/score';

const votes = (positive: number, total: number) => sumsOf([{ scale: 3, face: 'positivo', count: positive }, { scale: 3, face: 'negativo', count: total - positive }]);

describe('rankByShrunkShare', () => {
  it('leaves a tiny office unranked and lets a large one pass a small one with a higher raw share', () => {
    // Pooled share: (70 + 3 + 31 + 950) / (100 + 3 + 32 + 1000) = 1054 / 1135.
    const r = rankByShrunkShare([votes(70, 100), votes(3, 3), votes(31, 32), votes(950, 1000)], 30);
    const mean = 1054 / 1135;
    expect(r[1]).toEqual({ rankScore: Number(((3 + 30 * mean) / 33).toFixed(6)), rank: null });
    // 31 of 32 (96.9%) shrinks to 0.949339, under 950 of 1000 (95%) at 0.949378.
    expect(r[2]!.rankScore).toBeCloseTo(0.949339, 6);
    expect(r[3]!.rankScore).toBeCloseTo(0.949378, 6);
    expect(r.map((x) => x.rank)).toEqual([3, null, 2, 1]);
  });

  it('gives equal scores one rank, the next skipping as many: equal figures never get different places', () => {
    expect(rankByShrunkShare([votes(40, 50), votes(45, 50), votes(40, 50), votes(30, 50)], 30).map((x) => x.rank)).toEqual([2, 1, 2, 4]);
  });

  it('has no score for a group without votes', () => {
    expect(rankByShrunkShare([votes(0, 0), votes(40, 40)], 30)).toEqual([{ rankScore: null, rank: null }, { rankScore: 1, rank: 1 }]);
  });
});
