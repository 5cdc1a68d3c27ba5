import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { faceBreakdown, shareUnits } from '../../../server/contract/face-breakdown';
import { FACE_SENTIMENT, SCALES, type ScaleSize } from '../../../server/contract/scale';
import { scoreOf, sumsOf } from '../../../server/reports/metrics/score';
import { exportFormat } from '../../../server/reports/exports/format';
import { IT } from '../../../server/reports/exports/words/it';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Votes of one scale: a count per face, at least one vote (an empty period has no breakdown). */
const votesOnScale = fc.constantFrom<ScaleSize>(3, 4, 5).chain((scale) =>
  fc
    .array(fc.nat({ max: 5000 }), { minLength: SCALES[scale].length, maxLength: SCALES[scale].length })
    .filter((counts) => sum(counts) > 0)
    .map((counts) => ({ scale, faces: [...SCALES[scale]], counts })),
);

/** The headline's share positive, computed as the collector computes it for the report. */
function headlineShare(scale: number, faces: readonly string[], counts: readonly number[]): number {
  const share = scoreOf(sumsOf(faces.map((face, i) => ({ scale, face, count: counts[i]! }))), 30).positiveShare.value;
  if (share === null) throw new Error('votes without a share');
  return share;
}

describe('faceBreakdown', () => {
  it('gives the three programme faces of three votes 33/34/33: green at the headline 33%, not 34%', () => {
    expect(faceBreakdown(['positivo', 'sufficiente', 'negativo'], [1, 1, 1])).toEqual([33, 34, 33]);
  });

  it('keeps ottimo and positivo together at the headline on five faces', () => {
    // Each of 1/3 alone rounds to 33: the two read 66 beside a headline of 67.
    const parts = faceBreakdown(['ottimo', 'positivo', 'sufficiente', 'negativo', 'pessimo'], [1, 1, 1, 0, 0]);
    expect(parts[0]! + parts[1]!).toBe(67);
    expect(sum(parts)).toBe(100);
  });

  for (const units of [100, 1000]) {
    it(`for any counts, the positive parts add up to the headline's share and all parts to ${units}`, () => {
      fc.assert(
        fc.property(votesOnScale, ({ scale, faces, counts }) => {
          const parts = faceBreakdown(faces, counts, units);
          const positive = sum(parts.filter((_, i) => FACE_SENTIMENT[faces[i]!] === 'positive'));
          expect(positive).toBe(shareUnits(headlineShare(scale, faces, counts), units));
          expect(sum(parts)).toBe(units);
          // Nobody's face gets a part it has no votes for, and none is off by a whole unit or more
          // from its exact share plus the one unit the headline's rounding may move.
          parts.forEach((p, i) => {
            if (counts[i] === 0) expect(p).toBe(0);
            expect(Math.abs(p - (counts[i]! * units) / sum(counts))).toBeLessThan(2);
          });
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('reads in the report files as the share positive does: the same text for the positive faces and the headline', () => {
    const f = exportFormat(IT);
    fc.assert(
      fc.property(votesOnScale, ({ scale, faces, counts }) => {
        const parts = faceBreakdown(faces, counts, 1000);
        const positive = sum(parts.filter((_, i) => FACE_SENTIMENT[faces[i]!] === 'positive'));
        expect(f.share(positive / 1000)).toBe(f.share(headlineShare(scale, faces, counts)));
      }),
      { numRuns: 1000 },
    );
  });

  it('prints a share at an exact half of a tenth as its breakdown does: 23 green of 80 is 28,8% in both', () => {
    // 0.2875 times 100 is 28.749999... in binary: formatted so, the headline read 28,7% beside the green face's 28,8%.
    const f = exportFormat(IT);
    const counts = [23, 0, 57];
    const parts = faceBreakdown(['positivo', 'sufficiente', 'negativo'], counts, 1000);
    expect(f.share(parts[0]! / 1000)).toBe('28,8%');
    expect(f.share(headlineShare(3, ['positivo', 'sufficiente', 'negativo'], counts))).toBe('28,8%');
  });
});

describe('shareUnits', () => {
  it('rounds a half up from the share six decimals, where share * 100 alone falls short', () => {
    // 57 of 200: 0.285 * 100 is 28.499999999999996 in binary.
    expect(shareUnits(57 / 200, 100)).toBe(29);
    expect(shareUnits(0.0285, 1000)).toBe(29);
    expect(shareUnits(2 / 3, 100)).toBe(67);
    expect(shareUnits(1, 100)).toBe(100);
    expect(shareUnits(0, 1000)).toBe(0);
  });
});
