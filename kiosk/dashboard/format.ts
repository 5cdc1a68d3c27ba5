// Days and numbers for labels and tables, in the dashboard's locale (Italian unless English was chosen).
import { LOCALE } from './i18n/locale';

const DAY_SHORT = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const DAY_SHORT_YEAR = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' });
const DAY_LONG = new Intl.DateTimeFormat(LOCALE, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH_LONG = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const NUMBER = new Intl.NumberFormat(LOCALE);

// A YYYY-MM-DD names a calendar day: read it as UTC midnight and format it in UTC, so no browser
// time zone can move it to the day before.
function asUtc(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** "3 giu", or "3 giu 24" when the period crosses a year and the year is needed to tell days apart. */
export function formatDayShort(day: string, withYear = false): string {
  return (withYear ? DAY_SHORT_YEAR : DAY_SHORT).format(asUtc(day));
}

/** "lun 3 giugno 2024", for tables and tooltips where there is room. */
export function formatDayLong(day: string): string {
  return DAY_LONG.format(asUtc(day));
}

/** YYYY-MM -> "dicembre 2025". */
export function formatMonthLong(month: string): string {
  return MONTH_LONG.format(asUtc(`${month}-01`));
}

/** "1.234": Italian thousands separator. */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}
