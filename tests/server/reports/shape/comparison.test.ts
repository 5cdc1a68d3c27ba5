// When a comparison says its earlier period is only partly covered: the scope's first vote fell after that period began.
import { describe, expect, it } from 'vitest';
import { sumsOf } from '../../../../server/reports/metrics/score';
import { comparison } from '../../../../server/reports/shape/comparison';

const sums = sumsOf([{ scale: 3, face: 'positivo', count: 30 }]);
const since = (from: string, to: string, firstMonth: string | null) => comparison('year-before', { from, to }, sums, sums, 10, firstMonth).dataSince;

describe('a comparison\'s dataSince', () => {
  it('names the month of the first vote when it falls after the earlier period\'s first month and within it', () => {
    expect(since('2025-01-01', '2025-12-31', '2025-12')).toBe('2025-12');
    expect(since('2025-11-15', '2025-12-14', '2025-12')).toBe('2025-12');
  });

  it('is null when the earlier period is covered whole, holds no vote at all, or the scope has none', () => {
    expect(since('2025-12-01', '2025-12-31', '2025-12')).toBeNull();
    expect(since('2025-01-01', '2025-12-31', '2024-06')).toBeNull();
    expect(since('2025-01-01', '2025-12-31', '2026-02')).toBeNull();
    expect(since('2025-01-01', '2025-12-31', null)).toBeNull();
  });
});

describe('a year-before comparison of a period longer than a year', () => {
  const more = sumsOf([{ scale: 3, face: 'positivo', count: 300 }, { scale: 3, face: 'negativo', count: 100 }]);
  it('is not tested, and says why: the two periods share days', () => {
    // 2025-2026 against 2024-2025: all of 2025 on both sides.
    const c = comparison('year-before', { from: '2024-01-01', to: '2025-12-31' }, more, sums, 10, null);
    expect(c.positiveShare).toEqual({ delta: null, pValue: null, significant: false, note: 'overlaps' });
    expect(c.index).toEqual({ delta: null, pValue: null, significant: false, note: 'overlaps' });
    // Its figures are still shown.
    expect(c.score.votes).toBe(30);
  });

  it('is tested for a year exactly, which shares no day with the year before', () => {
    const c = comparison('year-before', { from: '2025-01-01', to: '2025-12-31' }, more, sums, 10, null);
    expect(c.positiveShare.note).toBeNull();
    expect(c.positiveShare.delta).not.toBeNull();
    // A period before is never of this kind.
    expect(comparison('previous', { from: '2024-01-01', to: '2025-12-31' }, more, sums, 10, null).positiveShare.note).toBeNull();
  });
});
