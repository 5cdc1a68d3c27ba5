// Italian words and numbers for the public page and the badge: months, percentages, counts, dates.

const NUMBER = new Intl.NumberFormat('it-IT');
const ONE_DECIMAL = new Intl.NumberFormat('it-IT', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const MONTH_LONG = new Intl.DateTimeFormat('it-IT', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH_SHORT = new Intl.DateTimeFormat('it-IT', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_LONG = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const WHEN = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Rome' });

const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/** "ottobre 2026". */
export const monthLong = (month: string) => MONTH_LONG.format(monthDate(month));
/** "ott 2026". */
export const monthShort = (month: string) => MONTH_SHORT.format(monthDate(month));
/** "31 ottobre 2026" for a YYYY-MM-DD. */
export const dayLong = (day: string) => DAY_LONG.format(new Date(`${day}T00:00:00Z`));
/** "3 novembre 2026 alle 11:00", in Italy's time. */
export function whenLong(instant: Date): string {
  const parts = Object.fromEntries(WHEN.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year} alle ${parts.hour}:${parts.minute}`;
}
/** "1.234". */
export const count = (n: number) => NUMBER.format(n);
/** 0.8235 -> "82,4%". */
export const percent = (share: number) => `${ONE_DECIMAL.format(share * 100)}%`;
/** 79.25 -> "79,3". */
export const indexText = (index: number) => ONE_DECIMAL.format(index);
/** "1 giudizio", "340 giudizi". */
export const votesText = (n: number) => `${count(n)} ${n === 1 ? 'giudizio' : 'giudizi'}`;
