// Report periods: checking a from/to pair of local dates and listing the days between them.
import { FIRST_REPORT_YEAR, LAST_CALENDAR_YEAR } from '../contract/exports';
import { MAX_REPORT_DAYS } from '../contract/report';
import { AppError, type Problem } from '../http/app-error';
import type { Say } from '../http/words/error-words';

const DAY_MS = 24 * 60 * 60 * 1000;

export function isCalendarDay(day: string): boolean {
  return !Number.isNaN(parseDay(day));
}

/** Whether a year (YYYY) is one the collector deals in: from the first report year to LAST_CALENDAR_YEAR. */
export function isCountedYear(year: string | number): boolean {
  const y = Number(year);
  return Number.isInteger(y) && y >= FIRST_REPORT_YEAR && y <= LAST_CALENDAR_YEAR;
}

/** What is wrong with a day given to the collector: not a calendar date, or outside the years it counts; null when right. */
export function dayProblem(day: string): Say | null {
  if (!isCalendarDay(day)) return (w) => w.notCalendarDate(day);
  return isCountedYear(day.slice(0, 4)) ? null : (w) => w.outsideCountedYears(day, FIRST_REPORT_YEAR, LAST_CALENDAR_YEAR);
}

function parseDay(day: string): number {
  const t = Date.parse(`${day}T00:00:00Z`);
  // Date.parse accepts 2026-02-31 and rolls it over; a real calendar date prints back the same.
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === day ? t : NaN;
}

/** Every calendar date from `from` to `to`, both included. Calendar arithmetic in UTC: no DST surprises. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = parseDay(from), end = parseDay(to); t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** Throws a validation error naming the field when the period is not a real, ordered, bounded one. */
export function checkPeriod(from: string, to: string): void {
  const problems: Problem[] = [];
  for (const [field, day] of [['/from', from], ['/to', to]] as const) {
    if (Number.isNaN(parseDay(day))) problems.push({ field, reason: (w) => w.periodDayInvalid(day) });
    else if (!isCountedYear(day.slice(0, 4))) problems.push({ field, reason: (w) => w.outsideCountedYears(day, FIRST_REPORT_YEAR, LAST_CALENDAR_YEAR) });
  }
  if (problems.length === 0) {
    const days = (parseDay(to) - parseDay(from)) / DAY_MS + 1;
    if (days < 1) problems.push({ field: '/to', reason: (w) => w.periodBackwards(from) });
    else if (days > MAX_REPORT_DAYS) problems.push({ field: '/to', reason: (w) => w.periodTooLong(MAX_REPORT_DAYS, days) });
  }
  if (problems.length > 0) throw new AppError('validation_failed', (w) => w.periodInvalid, problems);
}
