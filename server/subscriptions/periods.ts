// Which report periods a subscription is owed at a moment: days, Monday-to-Sunday weeks or calendar
// months of the office's own calendar, each due the morning after it ends.
import { SEND_HOUR } from '../contract/subscription-paths';
import type { Frequency } from '../contract/subscriptions';
import { addDays, lastDayOfMonth } from '../reports/period-plan';

/** A collector down longer than this sends only the reports due within it when it returns: a month of daily e-mails is enough. */
export const CATCH_UP_DAYS = 31;

export interface DuePeriod {
  from: string;
  to: string;
  /** When it is due (UTC ISO): SEND_HOUR office-local on the day after `to`. */
  dueAt: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function parts(instant: number, timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

/** The local day (YYYY-MM-DD) of an instant in a zone. */
export function localDay(instant: Date, timeZone: string): string {
  return parts(instant.getTime(), timeZone).day;
}

/**
 * The instant a local wall-clock time happens in a zone: found by guessing in UTC and correcting
 * by the zone's offset at the guess, twice (the second pass settles a DST change in between).
 * A time skipped when the clocks go forward lands an hour later; SEND_HOUR is never in that gap in Europe.
 */
export function zonedInstant(day: string, minutes: number, timeZone: string): Date {
  const target = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
  let t = target;
  for (let i = 0; i < 2; i++) {
    const p = parts(t, timeZone);
    const seen = Date.parse(`${p.day}T00:00:00Z`) + p.minutes * 60_000;
    t += target - seen;
  }
  return new Date(t);
}

/** The period of the frequency that contains a local day. */
export function periodOf(frequency: Frequency, day: string): { from: string; to: string } {
  if (frequency === 'daily') return { from: day, to: day };
  if (frequency === 'monthly') return { from: `${day.slice(0, 7)}-01`, to: lastDayOfMonth(day.slice(0, 7)) };
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
  const from = addDays(day, -weekday);
  return { from, to: addDays(from, 6) };
}

/**
 * The periods due at `now` and not before the subscription existed: each whose send time is after
 * `since` (a new subscriber gets the next report, not the archive) and within CATCH_UP_DAYS of now.
 * Oldest first. The caller skips those already sent (subscription_deliveries).
 */
export function periodsDue(frequency: Frequency, timeZone: string, since: Date, now: Date): DuePeriod[] {
  const out: DuePeriod[] = [];
  const oldest = Math.max(since.getTime(), now.getTime() - CATCH_UP_DAYS * 86_400_000);
  // Start from the period holding yesterday (the current one cannot be due) and walk back.
  let period = periodOf(frequency, addDays(localDay(now, timeZone), -1));
  for (;;) {
    const due = zonedInstant(addDays(period.to, 1), SEND_HOUR * 60, timeZone);
    if (due.getTime() <= oldest) break;
    if (due.getTime() <= now.getTime()) out.push({ ...period, dueAt: due.toISOString() });
    period = periodOf(frequency, addDays(period.from, -1));
  }
  return out.reverse();
}
