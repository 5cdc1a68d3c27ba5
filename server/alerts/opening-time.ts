// How long an office was open between two instants, by its opening hours in its own zone: the silence rule's clock.
import { WEEKDAYS, type OpeningHours } from '../contract/admin';

/** Open time is counted in steps of this: the rule's hours are coarse, a few minutes either way change nothing. */
const STEP_MS = 5 * 60_000;
/** Silence further back than this is not counted: the longest rule (72 hours open) fits in it with weekends to spare. */
export const LOOKBACK_MS = 14 * 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function localClock(instant: number, timeZone: string): { day: string; weekday: number; hhmm: string } {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday!);
  return { day: `${p.year}-${p.month}-${p.day}`, weekday, hhmm: `${p.hour}:${p.minute}` };
}

/** Whether the office is open at an instant (from inclusive, to exclusive): not on its holidays (closing days, YYYY-MM-DD). */
export function isOpenAt(hours: OpeningHours, timeZone: string, instant: number, holidays: ReadonlySet<string> = new Set()): boolean {
  const { day, weekday, hhmm } = localClock(instant, timeZone);
  return !holidays.has(day) && hours[WEEKDAYS[weekday]!].some((i) => i.from <= hhmm && hhmm < i.to);
}

/** Hours the office was open from `from` to `to` (at most LOOKBACK_MS back), to the nearest step; its holidays are closed. */
export function openHoursBetween(hours: OpeningHours, timeZone: string, from: Date, to: Date, holidays: ReadonlySet<string> = new Set()): number {
  const start = Math.max(from.getTime(), to.getTime() - LOOKBACK_MS);
  let open = 0;
  // Each step counts when the office is open at its middle.
  for (let t = start; t + STEP_MS <= to.getTime(); t += STEP_MS) if (isOpenAt(hours, timeZone, t + STEP_MS / 2, holidays)) open += STEP_MS;
  return open / 3_600_000;
}
