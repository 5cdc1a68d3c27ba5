// Which months a public page, download or badge covers: whole months only, ending at the last complete one.
import { localBucket } from '../aggregates/time-bucket';
import { DEFAULT_TIME_ZONE } from '../admin/offices/save-office';
import { FIRST_REPORT_YEAR, LAST_CALENDAR_YEAR } from '../contract/exports';
import { MAX_DATA_MONTHS, PAGE_MONTHS } from '../contract/public-page';
import { AppError, type Problem } from '../http/app-error';
import { isCountedYear } from '../reports/period';
import { eachMonth, lastDayOfMonth, shiftMonth } from '../reports/period-plan';

export interface MonthWindow {
  from: string;
  to: string;
  months: string[];
}

/** YYYY-MM shifted by n months (n may be negative). */
export const addMonths = shiftMonth;

/**
 * The month before the current one, in Italy's time zone. Read before the administration is
 * looked up, so it cannot depend on its offices' zones: a published and an unpublished
 * administration must answer bad input alike. A month still under way is never shown: its
 * figures would move from one visit to the next.
 */
export function lastCompleteMonth(now: Date): string {
  return addMonths(localBucket(now, DEFAULT_TIME_ZONE).day.slice(0, 7), -1);
}

export const firstDayOf = (month: string) => `${month}-01`;
export const lastDayOf = lastDayOfMonth;

function refuse(problems: Problem[]): never {
  throw new AppError('validation_failed', (w) => w.monthsInvalid, problems);
}

function notLater(field: string, month: string, last: string): Problem[] {
  return month > last ? [{ field, reason: (w) => w.monthNotOver(month, last) }] : [];
}

/**
 * Months asked for outside the years the collector counts, as the reports refuse them. Checked
 * before any month arithmetic: year 0000 or 9999-12 made it throw (a 500) or loop, and years
 * 0-99 were read as 1900-1999.
 */
function outsideYears(months: Record<string, string | undefined>): Problem[] {
  return Object.entries(months)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && !isCountedYear(entry[1].slice(0, 4)))
    .map(([field, month]) => ({ field, reason: (w) => w.outsideCountedYears(month, FIRST_REPORT_YEAR, LAST_CALENDAR_YEAR) }));
}

function refuseOutsideYears(months: Record<string, string | undefined>): void {
  const problems = outsideYears(months);
  if (problems.length) refuse(problems);
}

/** The page: PAGE_MONTHS months up to `to` (default: the last complete month). */
export function pageWindow(now: Date, to?: string): MonthWindow {
  refuseOutsideYears({ '/to': to });
  const last = lastCompleteMonth(now);
  const end = to ?? last;
  const problems = notLater('/to', end, last);
  if (problems.length) refuse(problems);
  const from = addMonths(end, -(PAGE_MONTHS - 1));
  return { from, to: end, months: eachMonth(from, end) };
}

/** A download: from..to, both whole months, at most MAX_DATA_MONTHS; by default the page's months. */
export function dataWindow(now: Date, query: { from?: string; to?: string }): MonthWindow {
  refuseOutsideYears({ '/from': query.from, '/to': query.to });
  const last = lastCompleteMonth(now);
  const to = query.to ?? last;
  const from = query.from ?? addMonths(to, -(PAGE_MONTHS - 1));
  const problems = notLater('/to', to, last);
  if (from > to) problems.push({ field: '/from', reason: (w) => w.monthsBackwards(to) });
  else if (eachMonth(from, to).length > MAX_DATA_MONTHS) problems.push({ field: '/from', reason: (w) => w.downloadTooLong(MAX_DATA_MONTHS) });
  if (problems.length) refuse(problems);
  return { from, to, months: eachMonth(from, to) };
}

/** The badge: one month (default: the last complete month). */
export function badgeMonth(now: Date, month?: string): string {
  refuseOutsideYears({ '/month': month });
  const last = lastCompleteMonth(now);
  const chosen = month ?? last;
  const problems = notLater('/month', chosen, last);
  if (problems.length) refuse(problems);
  return chosen;
}
