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
