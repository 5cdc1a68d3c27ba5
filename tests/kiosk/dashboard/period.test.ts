import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkPeriod,
  formatLocalDate,
  isLocalDate,
  matchingPreset,
  MAX_PERIOD_DAYS,
  periodDays,
  presetPeriod,
  todayIn,
  touchesPeriod,
} from '../../../kiosk/dashboard/period';

describe('local dates', () => {
  it('formats from local parts, so a date just after local midnight keeps its day', () => {
    expect(formatLocalDate(new Date(2024, 0, 1, 0, 5))).toBe('2024-01-01');
    expect(formatLocalDate(new Date(2024, 11, 31, 23, 55))).toBe('2024-12-31');
  });

  it("takes today in the office's time zone, not UTC", () => {
    // 22:30 UTC on 31 March is already 1 April in Rome (UTC+2 after the clocks went forward).
    expect(todayIn('Europe/Rome', new Date('2024-03-31T22:30:00Z'))).toBe('2024-04-01');
    expect(todayIn('UTC', new Date('2024-03-31T22:30:00Z'))).toBe('2024-03-31');
    // In winter Rome is UTC+1: 23:30 UTC on 31 December is New Year's Day.
    expect(todayIn('Europe/Rome', new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
  });

  it('falls back to the browser day for an unknown zone', () => {
    const now = new Date(2024, 5, 10, 12);
    expect(todayIn('Mars/Olympus_Mons', now)).toBe('2024-06-10');
    expect(todayIn(undefined, now)).toBe('2024-06-10');
  });

  it('recognises real calendar dates only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2024-13-01')).toBe(false);
    expect(isLocalDate('2024-6-1')).toBe(false);
    expect(isLocalDate('')).toBe(false);
  });

  it('adds days across month, year and daylight-saving boundaries', () => {
    expect(addDays('2024-03-30', 2)).toBe('2024-04-01');
    expect(addDays('2024-10-26', 2)).toBe('2024-10-28');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('presets', () => {
  it('today, last 7 and last 30 days end today and count today in', () => {
    expect(presetPeriod('today', '2024-06-10')).toEqual({ from: '2024-06-10', to: '2024-06-10' });
    expect(presetPeriod('last7', '2024-06-10')).toEqual({ from: '2024-06-04', to: '2024-06-10' });
    expect(periodDays(presetPeriod('last7', '2024-06-10'))).toBe(7);
    expect(presetPeriod('last30', '2024-03-01')).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect(periodDays(presetPeriod('last30', '2024-03-01'))).toBe(30);
  });

  it('this month runs from the first to today', () => {
    expect(presetPeriod('thisMonth', '2024-06-10')).toEqual({ from: '2024-06-01', to: '2024-06-10' });
    expect(presetPeriod('thisMonth', '2024-06-01')).toEqual({ from: '2024-06-01', to: '2024-06-01' });
  });

  it('last month is the whole previous calendar month, leap Februaries and January included', () => {
    expect(presetPeriod('lastMonth', '2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetPeriod('lastMonth', '2023-03-01')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(presetPeriod('lastMonth', '2024-01-15')).toEqual({ from: '2023-12-01', to: '2023-12-31' });
    expect(presetPeriod('lastMonth', '2024-05-31')).toEqual({ from: '2024-04-01', to: '2024-04-30' });
  });

  it('recognises which preset a period is', () => {
    expect(matchingPreset({ from: '2024-06-04', to: '2024-06-10' }, '2024-06-10')).toBe('last7');
    expect(matchingPreset({ from: '2024-06-04', to: '2024-06-09' }, '2024-06-10')).toBeUndefined();
  });
});

describe('checkPeriod', () => {
  it('accepts a normal period and refuses what the collector would refuse', () => {
    expect(checkPeriod({ from: '2024-06-01', to: '2024-06-30' })).toBeUndefined();
    expect(checkPeriod({ from: '2024-06-30', to: '2024-06-01' })).toBe('from-after-to');
    expect(checkPeriod({ from: '', to: '2024-06-01' })).toBe('invalid-date');
    expect(checkPeriod({ from: '2022-01-01', to: addDays('2022-01-01', MAX_PERIOD_DAYS - 1) })).toBeUndefined();
    expect(checkPeriod({ from: '2022-01-01', to: addDays('2022-01-01', MAX_PERIOD_DAYS) })).toBe('too-long');
  });

});

describe('touchesPeriod', () => {
  it('is true only when a vote day falls inside, ends included', () => {
    const p = { from: '2024-06-01', to: '2024-06-30' };
    expect(touchesPeriod(['2024-06-30'], p)).toBe(true);
    expect(touchesPeriod(['2024-05-31', '2024-06-01'], p)).toBe(true);
    expect(touchesPeriod(['2024-07-01'], p)).toBe(false);
    expect(touchesPeriod([], p)).toBe(false);
  });
});
