// Whether the office is open at a moment, read in the office's own time zone from the hours and holidays in the terminal's configuration.
import type { OpeningHours, Weekday } from '../../../server/contract/opening-hours';

export interface OfficeCalendar {
  timeZone: string;
  /** null: the office set no hours, so the terminal is never considered closed. */
  openingHours: OpeningHours | null;
  holidays: readonly string[];
}

const WEEKDAY_OF: Record<string, Weekday> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };

/** The office-local day, weekday and HH:MM of an instant. */
export function officeClock(at: Date, timeZone: string): { day: string; weekday: Weekday; time: string } {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  } catch {
    // An unknown zone in an old configuration: the device's own clock is the best guess.
    parts = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  }
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${get('year')}-${get('month')}-${get('day')}`, weekday: WEEKDAY_OF[get('weekday')] ?? 'mon', time: `${get('hour')}:${get('minute')}` };
}

/**
 * Open (strictly by the hours) when the office-local time falls in one of the day's intervals (from included, to excluded)
 * and the day is not a holiday. With no hours set the office counts as open: a terminal must not
 * go to sleep for good because nobody filled in a form.
 */
export function isOfficeOpenAt(calendar: OfficeCalendar, at: Date): boolean {
  if (!calendar.openingHours) return true;
  const { day, weekday, time } = officeClock(at, calendar.timeZone);
  if (calendar.holidays.includes(day)) return false;
  return calendar.openingHours[weekday].some((i) => i.from <= time && time < i.to);
}

/** The last citizens leave the counter after closing time: the terminal keeps taking votes this long. */
export const AFTER_CLOSING_MINUTES = 30;

/** Whether the terminal takes votes: during opening hours and for AFTER_CLOSING_MINUTES after each closing. */
export function isOfficeOpen(calendar: OfficeCalendar, at: Date): boolean {
  return isOfficeOpenAt(calendar, at) || isOfficeOpenAt(calendar, new Date(at.getTime() - AFTER_CLOSING_MINUTES * 60_000));
}

/** How far ahead the closed screen looks for the next opening: past a fortnight it says nothing rather than guess. */
const LOOK_AHEAD_DAYS = 14;

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export interface NextOpening {
  /** Office-local YYYY-MM-DD. */
  day: string;
  /** Office-local HH:MM. */
  time: string;
  /** 0 today, 1 tomorrow... */
  daysAhead: number;
}

/**
 * When the office next opens, by its hours and holidays in its own time zone: the first interval
 * that starts after `at`, within a fortnight; null when it does not open in that time, or has no hours.
 */
export function nextOpening(calendar: OfficeCalendar, at: Date): NextOpening | null {
  if (!calendar.openingHours) return null;
  const now = officeClock(at, calendar.timeZone);
  // Calendar days counted on their own (no clock): a daylight-saving change moves no day.
  const [y, m, d] = now.day.split('-').map(Number) as [number, number, number];
  for (let ahead = 0; ahead <= LOOK_AHEAD_DAYS; ahead++) {
    const date = new Date(Date.UTC(y, m - 1, d + ahead));
    const day = date.toISOString().slice(0, 10);
    if (calendar.holidays.includes(day)) continue;
    const starts = calendar.openingHours[WEEKDAYS[date.getUTCDay()]!].map((i) => i.from).filter((from) => ahead > 0 || from > now.time);
    if (starts.length > 0) return { day, time: starts.sort()[0]!, daysAhead: ahead };
  }
  return null;
}
