// The periods people served are typed for: a week (Monday to Sunday) or a calendar month, stepped back and forth, read from and written to the address. Pure.
import { addDays, isLocalDate } from '../period';
import { LOCALE } from '../i18n/locale';

export type ServedPeriodKind = 'week' | 'month';

export interface ServedPeriod {
  kind: ServedPeriodKind;
  /** First day: a Monday, or the 1st of the month. */
  from: string;
  /** Last day: a Sunday, or the month's last day. */
  to: string;
}

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** The Monday-to-Sunday week holding `day`. */
export function weekOf(day: string): ServedPeriod {
  const fromMonday = (utc(day).getUTCDay() + 6) % 7;
  const from = addDays(day, -fromMonday);
  return { kind: 'week', from, to: addDays(from, 6) };
}

/** The calendar month holding `day`. */
export function monthOf(day: string): ServedPeriod {
  const from = `${day.slice(0, 7)}-01`;
  const next = utc(from);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { kind: 'month', from, to: addDays(next.toISOString().slice(0, 10), -1) };
}

export function periodOf(kind: ServedPeriodKind, day: string): ServedPeriod {
  return kind === 'week' ? weekOf(day) : monthOf(day);
}

/** The period before (-1) or after (+1) this one, of the same kind. */
export function stepPeriod(p: ServedPeriod, direction: -1 | 1): ServedPeriod {
  return direction < 0 ? periodOf(p.kind, addDays(p.from, -1)) : periodOf(p.kind, addDays(p.to, 1));
}

/** Every day of the period, first to last. */
export function daysOf(p: ServedPeriod): string[] {
  const days: string[] = [];
  for (let d = p.from; d <= p.to; d = addDays(d, 1)) days.push(d);
  return days;
}

const MONTH = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', timeZone: 'UTC' });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "marzo 2026"; a week as "2–8 marzo 2026", "30 marzo – 5 aprile 2026" or across a year in full. */
export function periodLabel(p: ServedPeriod): string {
  if (p.kind === 'month') return MONTH.format(utc(p.from));
  const [from, to] = [utc(p.from), utc(p.to)];
  if (p.from.slice(0, 4) !== p.to.slice(0, 4)) return `${DAY_MONTH_YEAR.format(from)} – ${DAY_MONTH_YEAR.format(to)}`;
  if (p.from.slice(0, 7) !== p.to.slice(0, 7)) return `${DAY_MONTH.format(from)} – ${DAY_MONTH_YEAR.format(to)}`;
  return `${from.getUTCDate()}–${DAY_MONTH_YEAR.format(to)}`;
}

/**
 * The period the address names, normalised to a whole week or month: ?served=2026-03-02 is that
 * day's week, ?served=2026-03 that month. A parameter of its own: the report reads `month` and `from`.
 */
export function readServedPeriod(search: string): ServedPeriod | undefined {
  const value = new URLSearchParams(search).get('served') ?? '';
  if (isLocalDate(value)) return weekOf(value);
  if (/^\d{4}-\d{2}$/.test(value) && isLocalDate(`${value}-01`)) return monthOf(`${value}-01`);
  return undefined;
}

/** The query string with this period, keeping the other parameters (office, the report's own). */
export function writeServedPeriod(search: string, p: ServedPeriod): string {
  const q = new URLSearchParams(search);
  q.set('served', p.kind === 'week' ? p.from : p.from.slice(0, 7));
  return `?${q.toString()}`;
}
