import { describe, expect, it } from 'vitest';
import { cellColour, cellValue, heatmapRows, officeDayOf, scaleTop, weekdaysOf } from '../../../../kiosk/dashboard/charts/heatmap-cells';
import { heatmapOf } from '../fixtures/office-report';

const channel = (v: number) => {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

describe('heatmap cells', () => {
  it('spans the office’s day from its opening flags, quiet open hours included', () => {
    const heatmap = heatmapOf();
    // Open 8-12 on weekdays and 14-16 on Monday; votes only 8-12.
    expect(officeDayOf(heatmap, { from: '2024-06-03', to: '2024-06-09' })).toEqual({ first: 8, last: 16 });
    const rows = heatmapRows(heatmap);
    expect(rows.map((r) => r.hour)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(rows.every((r) => r.cells.length === 7 && r.cells.every((c, i) => c.weekday === i))).toBe(true);
    expect(rows[6]!.cells[0]).toMatchObject({ hour: 14, votes: 0, open: true });
  });

  it('spans one day with that weekday’s hours, or the week’s when the office is closed that day', () => {
    const heatmap = heatmapOf();
    // Monday 3 June 2024 opens in the afternoon too; Friday the 7th only until 12:00 (its last hour 11).
    expect(officeDayOf(heatmap, { from: '2024-06-03', to: '2024-06-03' })).toEqual({ first: 8, last: 16 });
    expect(officeDayOf(heatmap, { from: '2024-06-07', to: '2024-06-07' })).toEqual({ first: 8, last: 11 });
    // Saturday: closed, so the hours of the days it opens, not a made-up day.
    expect(officeDayOf(heatmap, { from: '2024-06-08', to: '2024-06-08' })).toEqual({ first: 8, last: 16 });
  });

  it('falls back to a usual office day without hours and votes, and widens to votes outside it', () => {
    const none = heatmapOf(() => false);
    expect(officeDayOf(none, { from: '2024-06-03', to: '2024-06-03' })).toBeUndefined();
    expect(heatmapRows({ ...none, cells: none.cells.map((c) => ({ ...c, votes: 0, negative: 0 })) }).map((r) => r.hour)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    const night = { ...none, cells: none.cells.map((c) => (c.weekday === 2 && c.hour === 21 ? { ...c, votes: 2 } : c)) };
    expect(heatmapRows(night).at(-1)!.hour).toBe(21);
  });

  it('gives votes or the share of negative votes, with the top of the scale', () => {
    const rows = heatmapRows(heatmapOf());
    const monday8 = rows[0]!.cells[0]!;
    // Monday's 30/12/8 spread over five hours: 6 + 3 + 2 at 8 o'clock.
    expect(monday8).toMatchObject({ votes: 11, negative: 2 });
    expect(cellValue(monday8, 'votes')).toBe(11);
    expect(cellValue(monday8, 'negative')).toBeCloseTo(2 / 11);
    expect(cellValue(rows[0]!.cells[6]!, 'negative')).toBeNull();
    expect(scaleTop(rows, 'votes')).toBe(11);
  });

  it('knows which weekdays a period contains', () => {
    expect([...weekdaysOf({ from: '2024-06-07', to: '2024-06-07' })]).toEqual([4]);
    expect([...weekdaysOf({ from: '2024-06-08', to: '2024-06-10' })].sort()).toEqual([0, 5, 6]);
    expect(weekdaysOf({ from: '2024-01-01', to: '2024-12-31' }).size).toBe(7);
  });

  it('colours cells with votes only, with ink that keeps 4.5:1 contrast', () => {
    expect(cellColour(0, 10, 'votes')).toBeUndefined();
    expect(cellColour(null, 1, 'negative')).toBeUndefined();
    for (const mode of ['votes', 'negative'] as const) {
      for (let v = 1; v <= 20; v++) {
        const c = cellColour(v, 20, mode)!;
        const l = luminance(c.background);
        const ink = c.ink === '#ffffff' ? 1 : 0;
        const ratio = (Math.max(l, ink) + 0.05) / (Math.min(l, ink) + 0.05);
        expect(ratio, `${mode} ${v}: ${c.background} with ${c.ink}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(cellColour(1, 20, 'votes')!.background).not.toBe(cellColour(20, 20, 'votes')!.background);
  });
});
