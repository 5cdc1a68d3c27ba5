// The seeded generator: the same seed gives the same draws, and its UUIDs are ones the collector accepts.
import { describe, expect, it } from 'vitest';
import { VoteSchema } from '../../../server/contract/vote';
import { seededRandom } from '../../../server/demo/random';

const UUID = new RegExp((VoteSchema.properties.id as unknown as { pattern: string }).pattern);

describe('seededRandom', () => {
  it('repeats itself for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const r = seededRandom(seed);
      return [r.next(), r.int(1000), r.uuid(), r.poisson(3), r.binomial(50, 0.2)];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('makes version-4 UUIDs in the plain form a vote id must have', () => {
    const r = seededRandom(1);
    const ids = Array.from({ length: 2000 }, () => r.uuid());
    for (const id of ids) {
      expect(id).toMatch(UUID);
      expect(id[14]).toBe('4');
      expect('89ab').toContain(id[19]);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws counts around their mean', () => {
    const r = seededRandom(2);
    const mean = (f: () => number, n = 4000) => Array.from({ length: n }, f).reduce((a, b) => a + b, 0) / n;
    expect(mean(() => r.poisson(6))).toBeCloseTo(6, 0);
    expect(mean(() => r.poisson(120))).toBeCloseTo(120, -1);
    expect(mean(() => r.binomial(40, 0.25))).toBeCloseTo(10, 0);
    expect(r.poisson(0)).toBe(0);
    expect(r.binomial(0, 0.5)).toBe(0);
  });

  it('picks by weight, never an item of weight 0', () => {
    const r = seededRandom(3);
    const picks = Array.from({ length: 3000 }, () => r.pick(['a', 'b', 'c'], [3, 1, 0]));
    expect(picks).not.toContain('c');
    const a = picks.filter((p) => p === 'a').length / picks.length;
    expect(a).toBeGreaterThan(0.7);
    expect(a).toBeLessThan(0.8);
  });
});
