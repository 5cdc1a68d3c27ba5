// The workbook's comparison columns: a difference only where a test was made. A small sample is
// neither compared nor judged (docs/exports.md), so its cell stays empty, as the PDF leaves it out,
// though the API keeps the raw difference beside its note.
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../../../server/contract/report';
import { changeColumns } from '../../../../../server/reports/exports/xlsx/columns';
import { exportText } from '../../../../../server/reports/exports/words/export-text';

const { w } = exportText('it');
const change = (delta: number | null, note: 'small-sample' | 'no-data' | null) => ({ delta, pValue: note ? null : 0.2, significant: false, note });
const comparison = (share: ReturnType<typeof change>): Comparison =>
  ({ kind: 'previous', period: { from: '2026-02-01', to: '2026-02-28' }, dataSince: null, score: { votes: 5, positiveShare: { value: 0.4 } }, positiveShare: share, index: change(null, 'no-data') }) as unknown as Comparison;

describe('changeColumns', () => {
  const [, points, verdict] = changeColumns<Comparison>(w, 'previous', (c) => [c]);

  it('writes the difference in points when the two periods were compared', () => {
    expect(points!.value(comparison(change(-0.125, null)))).toBeCloseTo(-12.5, 10);
  });

  it('leaves it empty for a small sample, and says why beside it', () => {
    const small = comparison(change(-1, 'small-sample'));
    expect(points!.value(small)).toBeNull();
    expect(verdict!.value(small)).toBe(w.change.smallSample);
  });
});
