import { describe, expect, it } from 'vitest';
import { hourTrendDatasets, trendDatasets } from '../../../../kiosk/dashboard/charts/trend-datasets';

const day = (d: string, ottimo: number, positivo: number, sufficiente: number, negativo: number) => ({
  day: d,
  total: ottimo + positivo + sufficiente + negativo,
  faces: { ottimo, positivo, sufficiente, negativo, pessimo: 0 },
});

describe('trendDatasets', () => {
  it('gives totals per day and the share of positive votes', () => {
    const t = trendDatasets([day('2024-06-03', 0, 3, 1, 0), day('2024-06-04', 0, 1, 1, 1)]);
    expect(t.totals).toEqual([4, 3]);
    expect(t.positive).toEqual([75, 33]);
    expect(t.labels).toEqual(['3 giu', '4 giu']);
    expect(t.titles).toEqual(['lun 3 giugno 2024', 'mar 4 giugno 2024']);
  });

  it('counts every positive face of a larger scale', () => {
    expect(trendDatasets([day('2024-06-03', 2, 1, 0, 1)]).positive).toEqual([75]);
  });

  it('leaves a gap on a day without votes instead of a false 0%', () => {
    expect(trendDatasets([day('2024-06-08', 0, 0, 0, 0)]).positive).toEqual([null]);
  });

  it('names the year when the period crosses one', () => {
    const t = trendDatasets([day('2024-12-31', 0, 1, 0, 0), day('2025-01-01', 0, 1, 0, 0)]);
    expect(t.labels[0]).toMatch(/31 dic 24/);
    expect(t.labels[1]).toMatch(/1 gen 25/);
  });
});

describe('hourTrendDatasets', () => {
  const hour = (h: number, positivo: number, negativo: number) => ({ hour: h, total: positivo + negativo, faces: { ottimo: 0, positivo, sufficiente: 0, negativo, pessimo: 0 } });

  it('turns one day into its hours over the office’s day, with the share positive per hour', () => {
    const t = hourTrendDatasets([hour(9, 3, 1), hour(11, 0, 2)], { first: 8, last: 12 });
    expect(t.labels).toEqual(['08:00', '09:00', '10:00', '11:00', '12:00']);
    expect(t.titles[1]).toBe('09:00–10:00');
    expect(t.totals).toEqual([0, 4, 0, 2, 0]);
    expect(t.positive).toEqual([null, 75, null, 0, null]);
  });
});
