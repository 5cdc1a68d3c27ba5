// Open time between two instants by an office's opening hours, in its zone: what the silence rule counts.
import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../../../server/contract/admin';
import { isOpenAt, LOOKBACK_MS, openHoursBetween } from '../../../server/alerts/opening-time';

const day = [{ from: '08:30', to: '12:30' }, { from: '14:00', to: '16:00' }];
const HOURS: OpeningHours = { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [{ from: '09:00', to: '12:00' }], sun: [] };
const ROME = 'Europe/Rome';
const at = (iso: string) => new Date(iso);

describe('isOpenAt', () => {
  it('reads the office\'s own clock, summer and winter, opening inclusive and closing exclusive', () => {
    expect(isOpenAt(HOURS, ROME, Date.parse('2026-03-16T07:30:00Z'))).toBe(true); // Monday 08:30 CET
    expect(isOpenAt(HOURS, ROME, Date.parse('2026-03-16T11:30:00Z'))).toBe(false); // 12:30
    expect(isOpenAt(HOURS, ROME, Date.parse('2026-07-13T06:30:00Z'))).toBe(true); // Monday 08:30 CEST
    expect(isOpenAt(HOURS, ROME, Date.parse('2026-03-22T09:00:00Z'))).toBe(false); // Sunday
  });

  it('is closed on the office\'s holidays, by its own calendar day', () => {
    const holidays = new Set(['2026-03-16']);
    expect(isOpenAt(HOURS, ROME, Date.parse('2026-03-16T07:30:00Z'), holidays)).toBe(false); // Monday 08:30, a holiday
    expect(isOpenAt(HOURS, ROME, Date.parse('2026-03-17T07:30:00Z'), holidays)).toBe(true); // Tuesday
    // 00:30 in Rome on the 16th is still the 15th in UTC: the office's day is what counts.
    expect(isOpenAt({ ...HOURS, mon: [{ from: '00:00', to: '01:00' }] }, ROME, Date.parse('2026-03-15T23:30:00Z'), holidays)).toBe(false);
  });
});

describe('openHoursBetween', () => {
  it('counts only the hours the office is open', () => {
    // Monday 08:00 to 17:00: 4 + 2 hours open.
    expect(openHoursBetween(HOURS, ROME, at('2026-03-16T07:00:00Z'), at('2026-03-16T16:00:00Z'))).toBe(6);
    // Friday 16:00 to Monday 10:30: Saturday's 3 hours and Monday's 2.
    expect(openHoursBetween(HOURS, ROME, at('2026-03-20T15:00:00Z'), at('2026-03-23T09:30:00Z'))).toBe(5);
    expect(openHoursBetween(HOURS, ROME, at('2026-03-22T08:00:00Z'), at('2026-03-22T12:00:00Z'))).toBe(0);
  });

  it('leaves the office\'s holidays out', () => {
    // Friday 16:00 to Monday 10:30 with Saturday a holiday: Monday's 2 hours only.
    expect(openHoursBetween(HOURS, ROME, at('2026-03-20T15:00:00Z'), at('2026-03-23T09:30:00Z'), new Set(['2026-03-21']))).toBe(2);
  });

  it(`looks back ${LOOKBACK_MS / 86_400_000} days at most`, () => {
    const to = at('2026-03-23T16:00:00Z');
    expect(openHoursBetween(HOURS, ROME, at('2020-01-01T00:00:00Z'), to)).toBe(openHoursBetween(HOURS, ROME, new Date(to.getTime() - LOOKBACK_MS), to));
  });
});
