// Italian formatting of figures and days for exports that print text (PDF): numbers, percentages, dates.
const NUMBER = new Intl.NumberFormat('it-IT');
const ONE_DECIMAL = new Intl.NumberFormat('it-IT', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const DAY_LONG = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_SHORT = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const MONTH_SHORT = new Intl.DateTimeFormat('it-IT', { month: 'short', timeZone: 'UTC' });
const MONTH_LONG = new Intl.DateTimeFormat('it-IT', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A YYYY-MM-DD names a calendar day: read and formatted in UTC so no zone moves it. */
export function dayAsDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export const formatCount = (n: number) => NUMBER.format(n);
/** 0.5 -> "50,0%". */
export const formatShare = (share: number | null) => (share === null ? '–' : `${ONE_DECIMAL.format(share * 100)}%`);
/** 58.93 -> "58,9". */
export const formatIndex = (index: number | null) => (index === null ? '–' : ONE_DECIMAL.format(index));
/** A difference of shares (0..1) in percentage points, signed: "+4,0 punti". */
export const formatSharePoints = (delta: number) => `${delta > 0 ? '+' : delta < 0 ? '−' : ''}${ONE_DECIMAL.format(Math.abs(delta * 100))} punti`;
/** A difference of index points, signed. */
export const formatIndexPoints = (delta: number) => `${delta > 0 ? '+' : delta < 0 ? '−' : ''}${ONE_DECIMAL.format(Math.abs(delta))}`;
/** Percentage points already in points (a charter margin). */
export const formatPoints = (points: number) => `${points > 0 ? '+' : points < 0 ? '−' : ''}${ONE_DECIMAL.format(Math.abs(points))} punti`;
/** Four significant digits, as the dashboard shows p-values. */
export const formatP = (p: number) => (p < 0.0001 ? '< 0,0001' : new Intl.NumberFormat('it-IT', { maximumSignificantDigits: 4 }).format(p));

export const formatDay = (day: string) => DAY_LONG.format(dayAsDate(day));
export const formatDayShort = (day: string) => DAY_SHORT.format(dayAsDate(day));
export const formatMonthShort = (day: string) => MONTH_SHORT.format(dayAsDate(day));
export const formatMonth = (month: string) => MONTH_LONG.format(dayAsDate(`${month}-01`));

/** "1 giudizio" / "1.234 giudizi". */
export const votesWord = (n: number) => (n === 1 ? '1 giudizio' : `${formatCount(n)} giudizi`);

/** The period in words: a whole month reads "marzo 2026", anything else "dal 1 marzo 2026 al 15 marzo 2026". */
export function formatPeriod(from: string, to: string): string {
  const month = from.slice(0, 7);
  const lastOfMonth = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
  if (from.endsWith('-01') && to === lastOfMonth) return MONTH_LONG.format(dayAsDate(from));
  if (from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`) return `anno ${from.slice(0, 4)}`;
  return `dal ${formatDay(from)} al ${formatDay(to)}`;
}

/** An instant in a zone's wall-clock time: "2 aprile 2026, 12:00". */
export function formatInstant(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
}

/**
 * The wall-clock time of an instant in a zone, as a Date whose UTC fields carry it: spreadsheets
 * have no time zones, so a cell shows exactly these figures.
 */
export function wallClock(iso: string, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)));
}
