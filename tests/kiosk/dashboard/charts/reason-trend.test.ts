import { describe, expect, it } from 'vitest';
import { reasonSeries, reasonStretches, risingReason, stretchTitle } from '../../../../kiosk/dashboard/charts/reason-trend';
import { applyEnglish } from '../../../../kiosk/dashboard/i18n/en/index';
import { T } from '../../../../kiosk/dashboard/trend-labels';

const month = (m: number, negative: number, attesa: number, servizio: number) => ({
  from: `2026-${String(m).padStart(2, '0')}-01`,
  to: `2026-${String(m).padStart(2, '0')}-28`,
  negative,
  reasons: [
    { reasonId: 'attesa', count: attesa },
    { reasonId: 'servizio', count: servizio },
  ],
});
const REASONS = [
  { reasonId: 'attesa', label: 'Tempo di attesa' },
  { reasonId: 'servizio', label: 'Il servizio ricevuto' },
];

describe('reasons over time', () => {
  it('keeps a year of months as twelve stretches when each has enough negative votes', () => {
    const year = Array.from({ length: 12 }, (_, i) => month(i + 1, 60, 12 + i * 2, 10));
    const stretches = reasonStretches(year);
    expect(stretches).toHaveLength(12);
    const series = reasonSeries(stretches, REASONS);
    expect(series[0]!.percents[0]).toBe(20);
    expect(series[0]!.percents[11]).toBe(57);
    // Waiting time grew from 20% to 57% of the negative votes: said in words, with both bases.
    expect(risingReason(stretches, series)).toMatchObject({ reasonId: 'attesa', fromPct: 20, toPct: 57 });
  });

  it('merges days into a few stretches so that each rests on enough negative votes', () => {
    const days = Array.from({ length: 30 }, (_, i) => ({ from: `2026-10-${String(i + 1).padStart(2, '0')}`, to: `2026-10-${String(i + 1).padStart(2, '0')}`, negative: 2, reasons: [{ reasonId: 'attesa', count: 1 }] }));
    const stretches = reasonStretches(days);
    // 60 negative votes, 15 a stretch: four stretches of seven or eight days.
    expect(stretches.map((s) => [s.from, s.to, s.negative])).toEqual([
      ['2026-10-01', '2026-10-07', 14],
      ['2026-10-08', '2026-10-15', 16],
      ['2026-10-16', '2026-10-22', 14],
      ['2026-10-23', '2026-10-30', 16],
    ]);
    expect(stretchTitle(stretches[0]!)).toBe('dall’1 ott al mer 7 ottobre 2026');
  });

  it('joins a short first month with few negative votes to the next, so the first stretch rests on enough', () => {
    const clipped = { from: '2025-11-28', to: '2025-11-30', negative: 4, reasons: [{ reasonId: 'attesa', count: 1 }] };
    const year = [clipped, ...Array.from({ length: 12 }, (_, i) => month(i + 1, 60, 12 + i * 2, 10))];
    const stretches = reasonStretches(year);
    expect(stretches).toHaveLength(12);
    expect([stretches[0]!.from, stretches[0]!.to, stretches[0]!.negative]).toEqual(['2025-11-28', '2026-01-28', 64]);
    expect(stretches.every((s) => s.negative >= 60)).toBe(true);
  });

  it('says nothing grew when the rise is small or the stretches rest on few votes', () => {
    const flat = [month(1, 40, 10, 10), month(2, 40, 12, 10)];
    const s = reasonStretches(flat);
    expect(risingReason(s, reasonSeries(s, REASONS))).toBeUndefined();
    const few = [month(1, 5, 0, 1), month(2, 5, 5, 0)];
    const f = reasonStretches(few);
    expect(risingReason(f, reasonSeries(f, REASONS))).toBeUndefined();
    expect(reasonStretches([month(1, 0, 0, 0), month(2, 0, 0, 0)])).toEqual([]);
  });
});

// Last: the English catalogue, once applied, stays for the rest of this file.
describe('reasons over time in English', () => {
  it('says a stretch and the votes it rests on without an Italian word', () => {
    applyEnglish();
    const days = Array.from({ length: 30 }, (_, i) => ({ from: `2026-10-${String(i + 1).padStart(2, '0')}`, to: `2026-10-${String(i + 1).padStart(2, '0')}`, negative: 2, reasons: [{ reasonId: 'attesa', count: 1 }] }));
    const title = stretchTitle(reasonStretches(days)[0]!);
    expect(title).toMatch(/^from \S+ \S+ to .+ 2026$/);
    expect(title).not.toMatch(/\b(dal|dall|al)\b/);
    expect(T.stretchOf('1 Oct 26 – 7 Oct 26', '19')).toBe('1 Oct 26 – 7 Oct 26, of 19');
  });
});
