import { describe, expect, it } from 'vitest';
import type { TrendBucket } from '../../../../server/contract/report';
import { hourTrendDatasets, trendDatasets } from '../../../../kiosk/dashboard/charts/trend-datasets';
import { faces, scoreOfFaces } from '../fixtures/office-report';

const bucket = (from: string, to: string, positivo: number, sufficiente: number, negativo: number): TrendBucket => {
  const f = faces(positivo, sufficiente, negativo);
  return { from, to, total: positivo + sufficiente + negativo, faces: f, score: scoreOfFaces(f) };
};

describe('trendDatasets', () => {
  it('gives totals per day and the collector’s share of positive votes', () => {
    const t = trendDatasets([bucket('2024-06-03', '2024-06-03', 3, 1, 0), bucket('2024-06-04', '2024-06-04', 1, 1, 1)], 'day');
    expect(t.totals).toEqual([4, 3]);
    expect(t.positive).toEqual([75, 33]);
    expect(t.labels).toEqual(['3 giu', '4 giu']);
    expect(t.titles).toEqual(['lun 3 giugno 2024', 'mar 4 giugno 2024']);
  });

  it('marks buckets below the minimum sample, and leaves a gap where nobody voted', () => {
    const t = trendDatasets([bucket('2024-06-08', '2024-06-08', 0, 0, 0), bucket('2024-06-09', '2024-06-09', 20, 10, 5)], 'day');
    expect(t.positive).toEqual([null, 57]);
    expect(t.small).toEqual([true, false]);
  });

  it('labels weeks by their first day and says which days they cover', () => {
    const t = trendDatasets([bucket('2026-09-28', '2026-10-04', 1, 0, 0), bucket('2026-10-05', '2026-10-11', 1, 0, 0)], 'week');
    expect(t.labels).toEqual(['28 set', '5 ott']);
    expect(t.titles[1]).toBe('dal 5 ott al dom 11 ottobre 2026');
  });

  it('labels months by name, and names the days of a month clipped to the period', () => {
    const t = trendDatasets([bucket('2025-11-15', '2025-11-30', 1, 0, 0), bucket('2025-12-01', '2025-12-31', 1, 0, 0), bucket('2026-01-01', '2026-01-31', 1, 0, 0)], 'month');
    expect(t.labels).toEqual(['nov 25', 'dic 25', 'gen 26']);
    expect(t.titles).toEqual(['dal 15 nov al dom 30 novembre 2025', 'dicembre 2025', 'gennaio 2026']);
  });

  it('names the year when the days cross one', () => {
    const t = trendDatasets([bucket('2024-12-31', '2024-12-31', 1, 0, 0), bucket('2025-01-01', '2025-01-01', 1, 0, 0)], 'day');
    expect(t.labels[0]).toMatch(/31 dic 24/);
    expect(t.labels[1]).toMatch(/1 gen 25/);
  });
});

describe('hourTrendDatasets', () => {
  const hour = (h: number, positivo: number, negativo: number) => ({ hour: h, total: positivo + negativo, faces: { ottimo: 0, positivo, sufficiente: 0, negativo, pessimo: 0 } });

  it('turns one day into its hours over the office’s day, with the share positive per hour', () => {
    const t = hourTrendDatasets([hour(9, 3, 1), hour(11, 0, 2)], { first: 8, last: 12 }, 30);
    expect(t.labels).toEqual(['08:00', '09:00', '10:00', '11:00', '12:00']);
    expect(t.titles[1]).toBe('09:00–10:00');
    expect(t.totals).toEqual([0, 4, 0, 2, 0]);
    expect(t.positive).toEqual([null, 75, null, 0, null]);
    expect(t.small.every(Boolean)).toBe(true);
  });
});
