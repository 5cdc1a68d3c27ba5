// The charter verdict: met or missed beyond doubt, or within noise; a standard's changes cut the period.
import { describe, expect, it } from 'vitest';
import { charterCheck, judge, standardSegments } from '../../../../server/reports/metrics/charter';
import { sumsOf } from '../../../../server/reports/metrics/score';

const votes = (positive: number, total: number) => sumsOf([{ scale: 3, face: 'positivo', count: positive }, { scale: 3, face: 'negativo', count: total - positive }]);

describe('judge', () => {
  it('met beyond doubt when the interval\'s low end reaches the standard: 36 of 40 against 75%', () => {
    expect(judge(votes(36, 40), 75, 30)).toEqual({ verdict: 'met', marginPct: 15 });
  });
  it('met within noise when the share reaches it but the interval straddles it: 36 of 40 against 85%', () => {
    expect(judge(votes(36, 40), 85, 30)).toEqual({ verdict: 'met-within-noise', marginPct: 5 });
  });
  it('missed within noise: 20 of 40 against 60%', () => {
    expect(judge(votes(20, 40), 60, 30)).toEqual({ verdict: 'missed-within-noise', marginPct: -10 });
  });
  it('missed beyond doubt when even the high end falls short: 20 of 40 against 70%', () => {
    expect(judge(votes(20, 40), 70, 30)).toEqual({ verdict: 'missed', marginPct: -20 });
  });
  it('does not judge a small sample or no votes, nor give them a margin', () => {
    expect(judge(votes(9, 10), 80, 30)).toEqual({ verdict: 'small-sample', marginPct: null });
    expect(judge(votes(0, 0), 80, 30)).toEqual({ verdict: 'no-votes', marginPct: null });
  });
});

describe('standardSegments', () => {
  const changes = [
    { validFrom: '1970-01-01', minPositivePct: 80 },
    { validFrom: '2026-03-16', minPositivePct: 60 },
    { validFrom: '2026-05-01', minPositivePct: null },
  ];
  it('cuts the period where the standard changed, each part with the standard in force then', () => {
    expect(standardSegments(changes, '2026-03-01', '2026-03-31')).toEqual([
      { from: '2026-03-01', to: '2026-03-15', minPositivePct: 80 },
      { from: '2026-03-16', to: '2026-03-31', minPositivePct: 60 },
    ]);
    expect(standardSegments(changes, '2026-04-20', '2026-05-10')).toEqual([
      { from: '2026-04-20', to: '2026-04-30', minPositivePct: 60 },
      { from: '2026-05-01', to: '2026-05-10', minPositivePct: null },
    ]);
    expect(standardSegments([], '2026-03-01', '2026-03-31')).toEqual([{ from: '2026-03-01', to: '2026-03-31', minPositivePct: null }]);
  });

  it('gives the period the verdict of its worst part', () => {
    const check = charterCheck('s', 'Anagrafe', [
      { from: '2026-03-01', to: '2026-03-15', minPositivePct: 75, sums: votes(36, 40) },
      { from: '2026-03-16', to: '2026-03-31', minPositivePct: 60, sums: votes(20, 40) },
    ], 30);
    expect(check.verdict).toBe('missed-within-noise');
    expect(check.marginPct).toBe(-10);
    expect(check.segments.map((s) => s.verdict)).toEqual(['met', 'missed-within-noise']);
  });

  it('between parts with the same verdict, the one nearer to missing gives the margin, wherever it falls', () => {
    // 38 of 40 against 75% is met by 20 points; 36 of 40 against 75% by 15: the second rules the period.
    const check = charterCheck('s', 'Anagrafe', [
      { from: '2026-03-01', to: '2026-03-15', minPositivePct: 75, sums: votes(38, 40) },
      { from: '2026-03-16', to: '2026-03-31', minPositivePct: 75, sums: votes(36, 40) },
    ], 30);
    expect(check.segments.map((s) => [s.verdict, s.marginPct])).toEqual([['met', 20], ['met', 15]]);
    expect(check.verdict).toBe('met');
    expect(check.marginPct).toBe(15);
  });
});
