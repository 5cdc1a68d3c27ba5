import { describe, expect, it } from 'vitest';
import { isOfficeOpen, isOfficeOpenAt, nextOpening, officeClock, type OfficeCalendar } from '../../../../kiosk/terminal/kiosk/office-open';

const none = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const hours = { ...none, mon: [{ from: '08:30', to: '12:30' }, { from: '14:00', to: '16:00' }], sat: [{ from: '09:00', to: '11:00' }] };
const rome: OfficeCalendar = { timeZone: 'Europe/Rome', openingHours: hours, holidays: ['2026-12-07'] };

describe('office opening hours on the terminal', () => {
  it('reads the office-local clock, not the device\'s', () => {
    // 2026-11-16 is a Monday; 07:45 UTC is 08:45 in Rome (CET).
    expect(officeClock(new Date('2026-11-16T07:45:00Z'), 'Europe/Rome')).toEqual({ day: '2026-11-16', weekday: 'mon', time: '08:45' });
    // Summer time: 06:45 UTC is 08:45 in Rome (CEST).
    expect(officeClock(new Date('2026-06-15T06:45:00Z'), 'Europe/Rome').time).toBe('08:45');
  });

  it('is open inside an interval, closed before, between and after (to excluded)', () => {
    const at = (utc: string) => isOfficeOpenAt(rome, new Date(utc));
    expect(at('2026-11-16T07:29:00Z')).toBe(false); // 08:29
    expect(at('2026-11-16T07:30:00Z')).toBe(true); // 08:30
    expect(at('2026-11-16T11:29:00Z')).toBe(true); // 12:29
    expect(at('2026-11-16T11:30:00Z')).toBe(false); // 12:30
    expect(at('2026-11-16T13:00:00Z')).toBe(true); // 14:00
    expect(at('2026-11-17T09:00:00Z')).toBe(false); // a Tuesday: no hours
  });

  it('stays open half an hour after closing for the last citizens, and never on a holiday', () => {
    expect(isOfficeOpen(rome, new Date('2026-11-16T11:59:00Z'))).toBe(true); // 12:59, closed at 12:30
    expect(isOfficeOpen(rome, new Date('2026-11-16T12:00:00Z'))).toBe(false); // 13:00
    expect(isOfficeOpen(rome, new Date('2026-12-07T08:00:00Z'))).toBe(false); // a Monday, but a holiday
  });

  it('with no hours set, never closes', () => {
    expect(isOfficeOpen({ timeZone: 'Europe/Rome', openingHours: null, holidays: [] }, new Date('2026-11-15T02:00:00Z'))).toBe(true);
  });
});

describe('when the office opens next', () => {
  const next = (utc: string, calendar = rome) => nextOpening(calendar, new Date(utc));

  it('later today, between two intervals or before the first', () => {
    expect(next('2026-11-16T12:00:00Z')).toEqual({ day: '2026-11-16', time: '14:00', daysAhead: 0 }); // Monday 13:00
    expect(next('2026-11-16T06:00:00Z')).toEqual({ day: '2026-11-16', time: '08:30', daysAhead: 0 }); // Monday 07:00
  });

  it('on the next day with hours, skipping days without any and holidays', () => {
    expect(next('2026-11-16T16:00:00Z')).toEqual({ day: '2026-11-21', time: '09:00', daysAhead: 5 }); // Monday 17:00 → Saturday
    expect(next('2026-11-21T11:00:00Z')).toEqual({ day: '2026-11-23', time: '08:30', daysAhead: 2 }); // Saturday 12:00 → Monday
    expect(next('2026-12-05T11:00:00Z')).toEqual({ day: '2026-12-12', time: '09:00', daysAhead: 7 }); // Monday 7 December is a holiday
  });

  it('in the office\'s time zone, across a daylight-saving change', () => {
    // Saturday 24 October 2026, 23:30 in Rome (21:30 UTC); the clocks go back that night.
    expect(next('2026-10-24T21:30:00Z')).toEqual({ day: '2026-10-26', time: '08:30', daysAhead: 2 });
  });

  it('says nothing for an office without hours, or that does not open within a fortnight', () => {
    expect(next('2026-11-16T12:00:00Z', { ...rome, openingHours: null })).toBeNull();
    expect(next('2026-11-16T12:00:00Z', { ...rome, openingHours: none })).toBeNull();
  });
});
