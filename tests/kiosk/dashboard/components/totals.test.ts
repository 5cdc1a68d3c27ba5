import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FaceCounts } from '../../../../server/contract/report';
import { FACE_IDS, FACE_SENTIMENT, SCALES, type ScaleSize } from '../../../../server/contract/scale';
import { scoreOf, sumsOf } from '../../../../server/reports/metrics/score';
import { serviceDatasets } from '../../../../kiosk/dashboard/charts/service-datasets';
import { faceShares } from '../../../../kiosk/dashboard/components/totals';
import { percent } from '../../../../kiosk/dashboard/figures';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Votes of one scale, at least one: the faces as the report gives them, and the headline the collector computes. */
const votes = fc.constantFrom<ScaleSize>(3, 4, 5).chain((scale) =>
  fc
    .array(fc.nat({ max: 3000 }), { minLength: SCALES[scale].length, maxLength: SCALES[scale].length })
    .filter((counts) => sum(counts) > 0)
    .map((counts) => {
      const faces = Object.fromEntries(FACE_IDS.map((f) => [f, 0])) as FaceCounts;
      SCALES[scale].forEach((f, i) => (faces[f] = counts[i]!));
      const share = scoreOf(sumsOf(SCALES[scale].map((face, i) => ({ scale, face, count: counts[i]! }))), 30).positiveShare.value!;
      return { shown: [...SCALES[scale]], faces, share, total: sum(counts) };
    }),
);

const positivePercent = (parts: { face: (typeof FACE_IDS)[number]; percent: number }[]) => sum(parts.filter((p) => FACE_SENTIMENT[p.face] === 'positive').map((p) => p.percent));

describe('the faces beside the headline', () => {
  it('gives three votes, one per face, green 33% as the headline says, not 34%', () => {
    const faces = { ottimo: 0, positivo: 1, sufficiente: 1, negativo: 1, pessimo: 0 };
    const shares = faceShares(faces, ['positivo', 'sufficiente', 'negativo']);
    expect(shares.map((s) => s.percent)).toEqual([33, 34, 33]);
    expect(percent(1 / 3)).toBe('33%');
  });

  it('for any counts, the positive faces read the headline share positive and all faces 100%', () => {
    fc.assert(
      fc.property(votes, ({ shown, faces, share }) => {
        const shares = faceShares(faces, shown);
        expect(`${positivePercent(shares)}%`).toBe(percent(share));
        expect(sum(shares.map((s) => s.percent))).toBe(100);
      }),
      { numRuns: 1000 },
    );
  });

  it('for any counts, a service bar in percent reads its share positive too', () => {
    fc.assert(
      fc.property(votes, ({ shown, faces, share, total }) => {
        const d = serviceDatasets([{ serviceId: 's', name: 'S', archived: false, total, faces }], shown, 'percent', 'archiviato');
        const parts = shown.map((face, fi) => ({ face, percent: d.percents[fi]![0]! }));
        expect(`${positivePercent(parts)}%`).toBe(percent(share));
      }),
      { numRuns: 500 },
    );
  });
});
