// Groups side by side: tied ones share a rank and are listed by name, whatever order the store gave them in.
import { describe, expect, it } from 'vitest';
import { sumsOf } from '../../../../server/reports/metrics/score';
import { rankGroups } from '../../../../server/reports/shape/ranking';
import type { Tallied } from '../../../../server/reports/shape/tallied';

const tallied = (positive: number, total: number): Tallied =>
  ({ total, faces: {}, sums: sumsOf([{ scale: 3, face: "positivo", count: positive }, { scale: 3, face: "negativo", count: total - positive }]) }) as unknown as Tallied;

describe('rankGroups', () => {
  it('lists tied groups by name with one shared rank, in whatever order they came', () => {
    const groups = [
      { item: 'Zeta', tallied: tallied(40, 50) },
      { item: 'Beta', tallied: tallied(20, 50) },
      { item: 'Alfa', tallied: tallied(40, 50) },
      { item: 'Gamma', tallied: tallied(2, 3) },
    ];
    for (const order of [groups, [...groups].reverse()]) {
      const ranked = rankGroups(order, 30, (name) => name);
      expect(ranked.map((g) => [g.item, g.rank])).toEqual([
        ['Alfa', 1],
        ['Zeta', 1],
        ['Beta', 3],
        ['Gamma', null],
      ]);
    }
  });
});
