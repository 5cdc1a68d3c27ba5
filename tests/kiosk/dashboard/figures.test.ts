import { describe, expect, it } from 'vitest';
import { direction, indexInterval, marginPoints, percent, percentAgainst, points, pValue, ratePercent, shareInterval, tested } from '../../../kiosk/dashboard/figures';

const figure = (value: number | null, low: number | null, high: number | null) => ({ value, low, high, votes: 10, smallSample: true });

describe('figures in words', () => {
  it('writes shares as whole percentages and intervals as "tra … e …"', () => {
    expect(percent(0.761364)).toBe('76%');
    expect(percent(null)).toBe('–');
    // docs/metrics.md: 9 positive of 10 gives 0.5958-0.9821.
    expect(shareInterval(figure(0.9, 0.5958, 0.9821))).toBe('tra 60% e 98%');
    expect(shareInterval(figure(null, null, null))).toBe('');
    expect(indexInterval(figure(82.95, 79.78, 85.72))).toBe('tra 80 e 86');
  });

  it('keeps a decimal where a whole percentage would read as the standard the share misses or passes', () => {
    // 796 of 1,000 against «almeno 80%»: not "80%" beside «non rispettato».
    expect(percentAgainst(0.796, [80])).toBe('79,6%');
    expect(percentAgainst(0.804, [80])).toBe('80,4%');
    expect(percentAgainst(0.8, [80])).toBe('80%');
    expect(percentAgainst(0.796, [85])).toBe('80%');
    expect(percentAgainst(0.846, [80, 85])).toBe('84,6%');
    expect(percentAgainst(null, [80])).toBe('–');
  });

  it('keeps a decimal for small participation rates', () => {
    expect(ratePercent(0.024)).toBe('2,4%');
    expect(ratePercent(0.203332)).toBe('20%');
    expect(ratePercent(null)).toBe('–');
  });

  it('writes differences in points with their sign, share and index alike', () => {
    expect(points(0.146316, 'share')).toBe('+14,6 punti');
    expect(points(-0.002957, 'share')).toBe('−0,3 punti');
    expect(points(0.01, 'share')).toBe('+1,0 punto');
    expect(points(0.0004, 'share')).toBe('0 punti');
    expect(points(12.973684, 'index')).toBe('+13,0 punti');
    expect(marginPoints(-22.86)).toBe('−22,9 punti');
    expect(direction(0.0004, 'share')).toBe('same');
    expect(direction(-0.01, 'share')).toBe('down');
    expect(direction(0.2, 'index')).toBe('up');
  });

  it('gives p-values with four significant digits', () => {
    expect(pValue(0.003704)).toBe('0,003704');
    expect(pValue(0.9031)).toBe('0,9031');
    expect(pValue(0.35881234)).toBe('0,3588');
    expect(pValue(0.00000123)).toBe('< 0,0001');
  });

  it('tells a tested change from one the collector did not test', () => {
    expect(tested({ delta: 0.1, pValue: 0.2, significant: false, note: null })).toBe(true);
    expect(tested({ delta: -0.2, pValue: null, significant: false, note: 'small-sample' })).toBe(false);
    expect(tested({ delta: null, pValue: null, significant: false, note: 'no-data' })).toBe(false);
  });
});
