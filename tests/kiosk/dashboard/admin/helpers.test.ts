// The management pages' pure helpers: list order, charter standard input, opening hours in one line, audit details as text.
import { describe, expect, it } from 'vitest';
import { detailsText } from '../../../../kiosk/dashboard/admin/audit-page';
import { formatCountdown } from '../../../../kiosk/dashboard/admin/format-when';
import { move } from '../../../../kiosk/dashboard/admin/list-order';
import { hoursSummary } from '../../../../kiosk/dashboard/admin/offices-page';
import { parseStandard } from '../../../../kiosk/dashboard/admin/services-page';

describe('move', () => {
  it('moves one item a step and ignores moves off the ends', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });
});

describe('parseStandard', () => {
  it('reads empty as no standard and a whole 0-100 (with or without %) as the minimum', () => {
    expect(parseStandard('')).toBeNull();
    expect(parseStandard(' 80 ')).toEqual({ minPositivePct: 80 });
    expect(parseStandard('85%')).toEqual({ minPositivePct: 85 });
    expect(parseStandard('0')).toEqual({ minPositivePct: 0 });
    expect(parseStandard('100')).toEqual({ minPositivePct: 100 });
    for (const bad of ['101', '80.5', '-1', 'ottanta']) expect(parseStandard(bad), bad).toBe('invalid');
  });
});

describe('hoursSummary', () => {
  it('writes the open days of the week in one line', () => {
    const hours = { mon: [{ from: '08:30', to: '12:30' }, { from: '14:30', to: '17:00' }], tue: [], wed: [{ from: '08:30', to: '12:30' }], thu: [], fri: [], sat: [], sun: [] };
    expect(hoursSummary(hours)).toBe('Lun 08:30–12:30, 14:30–17:00 · Mer 08:30–12:30');
  });

  it('says the hours are not given, not that the office is closed, when no day has any', () => {
    expect(hoursSummary({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] })).toBe('non indicato');
  });
});

describe('detailsText', () => {
  it('writes what changed as plain pairs', () => {
    expect(detailsText({ name: 'Sede <b>nuova</b>', serviceIds: ['a', 'b'], standard: null })).toBe('name: Sede <b>nuova</b>; serviceIds: ["a","b"]; standard: null');
  });
});

describe('formatCountdown', () => {
  it('shows minutes and seconds, never below zero', () => {
    expect(formatCountdown(15 * 60_000)).toBe('15:00');
    expect(formatCountdown(61_001)).toBe('1:02');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});
