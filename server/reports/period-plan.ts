// Which rollup answers which part of a period: whole months from the monthly tables, the days at
// either edge from the daily ones. Also the periods a report compares itself with.
const DAY_MS = 86_400_000;

export interface DayRange {
  from: string;
  to: string;
}

export interface PeriodPlan {
  /** Whole calendar months inside the period (YYYY-MM, both included), or null. */
  months: { from: string; to: string } | null;
  /** The days outside those months: none, one or two ranges. */
  days: DayRange[];
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

// Months are counted as whole numbers, not through Date.UTC: it reads years 0-99 as 1900-1999, and
// past 9999-12 toISOString writes "+010000", which sorts before "9999-12" (eachMonth never ended).
const monthIndex = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
};
const monthOf = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((((index % 12) + 12) % 12) + 1).padStart(2, '0')}`;

/** YYYY-MM shifted by n months (n may be negative). */
export function shiftMonth(month: string, n: number): string {
  return monthOf(monthIndex(month) + n);
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return `${month}-${days}`;
}

export function nextMonth(month: string): string {
  return shiftMonth(month, 1);
}

/** Every month from `from` to `to` (YYYY-MM, both included). */
export function eachMonth(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from), end = monthIndex(to); i <= end; i++) out.push(monthOf(i));
  return out;
}

export function planPeriod(from: string, to: string): PeriodPlan {
  // The first month that starts inside the period, and the last that ends inside it.
  const first = from.endsWith('-01') ? from.slice(0, 7) : nextMonth(from.slice(0, 7));
  const last = lastDayOfMonth(to.slice(0, 7)) === to ? to.slice(0, 7) : previousMonth(to.slice(0, 7));
  if (first > last) return { months: null, days: [{ from, to }] };
  const days: DayRange[] = [];
  if (from < `${first}-01`) days.push({ from, to: addDays(`${first}-01`, -1) });
  const end = lastDayOfMonth(last);
  if (to > end) days.push({ from: addDays(end, 1), to });
  return { months: { from: first, to: last }, days };
}

function previousMonth(month: string): string {
  return shiftMonth(month, -1);
}

/**
 * The period a report is set beside as "before". Whole calendar months are set beside as many whole
 * months just before, as a manager reads them and as the bulletin compares: October beside September
 * (not 31 August - 30 September), a quarter beside the quarter before, a year beside the year before.
 * Any other period, a month so far included, is set beside the same number of days just before.
 */
export function previousPeriod(from: string, to: string): DayRange {
  if (from.endsWith('-01') && lastDayOfMonth(to.slice(0, 7)) === to) {
    const months = eachMonth(from.slice(0, 7), to.slice(0, 7)).length;
    let start = from.slice(0, 7);
    for (let i = 0; i < months; i++) start = previousMonth(start);
    return { from: `${start}-01`, to: addDays(from, -1) };
  }
  const n = daysBetween(from, to);
  return { from: addDays(from, -n), to: addDays(from, -1) };
}

/**
 * The same dates a year earlier; 29 February becomes the 28th. A period that ends on a month's last day
 * ends on that month's last day a year earlier: February 2025 beside the whole of February 2024, the
 * 29th included, as previousPeriod sets whole months beside whole months.
 */
export function yearBefore(from: string, to: string): DayRange {
  const back = (day: string) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y - 1, m - 1, d));
    // Date.UTC rolls 29 February of a common year over to 1 March: step back into February.
    return (date.getUTCMonth() === m - 1 ? date : new Date(Date.UTC(y - 1, m, 0))).toISOString().slice(0, 10);
  };
  const monthEnd = lastDayOfMonth(to.slice(0, 7)) === to;
  return { from: back(from), to: monthEnd ? lastDayOfMonth(shiftMonth(to.slice(0, 7), -12)) : back(to) };
}

/** Days of a period that are office holidays. */
export function holidaysIn(holidays: readonly string[], from: string, to: string): string[] {
  return holidays.filter((d) => d >= from && d <= to).sort();
}
