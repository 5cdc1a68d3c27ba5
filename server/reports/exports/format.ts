// Figures and days as a report file writes them in its language: numbers, percentages, dates (Intl, in the catalogue's locale), with the catalogue's words.
import { shareUnits } from '../../contract/face-breakdown';
import type { ExportWords } from './words/it';

/** A YYYY-MM-DD names a calendar day: read and formatted in UTC so no zone moves it. */
export function dayAsDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Examples in Italian (it-IT) and English (en-GB). */
export interface ExportFormat {
  /** 1234 -> "1234" (Intl does not group four digits in Italian) / "1,234". */
  count(n: number): string;
  /** 0.5 -> "50,0%" / "50.0%"; null -> "–". */
  share(share: number | null): string;
  /** 58.93 -> "58,9" / "58.9". */
  index(index: number | null): string;
  /** A difference of shares (0..1) in percentage points, signed: "+4,0 punti" / "+4.0 points". */
  sharePoints(delta: number): string;
  /** A difference of index points, signed: "−3,5". */
  indexPoints(delta: number): string;
  /** Percentage points already in points (a charter margin): "+0,6 punti". */
  points(points: number): string;
  /** Four significant digits, as the dashboard shows p-values: "0,003752", "< 0,0001". */
  p(p: number): string;
  /** "1 marzo 2026" / "1 March 2026". */
  day(day: string): string;
  /** "1 mar" / "1 Mar". */
  dayShort(day: string): string;
  /** "1 mar 2026" / "1 Mar 2026": where a table column has no room for the month in full. */
  dayMedium(day: string): string;
  /** "mar" / "Mar". */
  monthShort(day: string): string;
  /** YYYY-MM -> "marzo 2026" / "March 2026". */
  month(month: string): string;
  /** One decimal at most: a weekly average, "148,3". */
  decimal(x: number): string;
  /** "1 giudizio" / "12.345 giudizi", "1 vote" / "12,345 votes". */
  votes(n: number): string;
  /**
   * A whole month reads "marzo 2026", a whole year "anno 2026", one day "1 marzo 2026", anything
   * else "dal 1 marzo 2026 al 15 marzo 2026". `unbroken`: no date is split across two lines (a
   * narrow page header wrapped "al 28 / novembre 2026").
   */
  period(from: string, to: string, unbroken?: boolean): string;
  /** An instant in a zone's wall-clock time: "2 aprile 2026 alle ore 12:00" / "2 April 2026 at 12:00". */
  instant(iso: string, timeZone: string): string;
}

/** The formats of one catalogue: its locale's Intl formatters, its words for points, votes and periods. */
export function exportFormat(w: ExportWords): ExportFormat {
  const { locale } = w;
  const NUMBER = new Intl.NumberFormat(locale);
  const ONE_DECIMAL = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const P = new Intl.NumberFormat(locale, { maximumSignificantDigits: 4 });
  const SMALLEST_P = `< ${new Intl.NumberFormat(locale, { minimumFractionDigits: 4 }).format(0.0001)}`;
  const DAY_LONG = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const DAY_SHORT = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const DAY_MEDIUM = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const MONTH_SHORT = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const MONTH_LONG = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${ONE_DECIMAL.format(Math.abs(x))}`;
  const count = (n: number) => NUMBER.format(n);
  const day = (d: string) => DAY_LONG.format(dayAsDate(d));
  return {
    count,
    // Half up from the share's six decimals, as the dashboard and the face breakdown round (contract/face-breakdown.ts).
    share: (share) => (share === null ? '–' : `${ONE_DECIMAL.format(shareUnits(share, 1000) / 10)}%`),
    index: (index) => (index === null ? '–' : ONE_DECIMAL.format(index)),
    sharePoints: (delta) => w.points(signed(delta * 100)),
    indexPoints: signed,
    points: (points) => w.points(signed(points)),
    p: (p) => (p < 0.0001 ? SMALLEST_P : P.format(p)),
    day,
    dayShort: (d) => DAY_SHORT.format(dayAsDate(d)),
    dayMedium: (d) => DAY_MEDIUM.format(dayAsDate(d)),
    monthShort: (d) => MONTH_SHORT.format(dayAsDate(d)),
    month: (month) => MONTH_LONG.format(dayAsDate(`${month}-01`)),
    decimal: (x) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(x),
    votes: (n) => w.votes(n, count(n)),
    period(from, to, unbroken = false) {
      const whole = (text: string) => (unbroken ? text.replace(/ /g, '\u00a0') : text);
      const month = from.slice(0, 7);
      const lastOfMonth = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
      if (from === to) return whole(day(from));
      if (from.endsWith('-01') && to === lastOfMonth) return whole(MONTH_LONG.format(dayAsDate(from)));
      if (from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`) return whole(w.periodYear(from.slice(0, 4)));
      return w.periodRange(whole(day(from)), whole(day(to)));
    },
    instant: (iso, timeZone) =>
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso)),
  };
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
