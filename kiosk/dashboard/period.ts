// Report periods: local calendar dates (YYYY-MM-DD), the quick presets and their validation. Pure.
import { MAX_REPORT_DAYS } from '../../server/contract/limits';
import type { ReportQuery } from '../../server/contract/report';

/** A report period; the same shape as the report's query string. */
export type Period = ReportQuery;

/** The collector refuses longer periods; knowing it here lets the page say so before asking. */
export const MAX_PERIOD_DAYS = MAX_REPORT_DAYS;

export const PRESET_IDS = ['today', 'last7', 'last30', 'thisMonth', 'lastMonth'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** The period a manager gets before choosing one: a month is what the monthly review looks at. */
export const DEFAULT_PRESET: PresetId = 'last30';

/** A period as the collector's query string (?from=...&to=...): one spelling, so an early request and the app's own are the same path. */
export const periodQuery = ({ from, to }: Period) => new URLSearchParams({ from, to }).toString();

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYY-MM-DD from the local date parts of `d` (toISOString would give the UTC day, wrong near midnight). */
export function formatLocalDate(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Today as the office sees it: reports are cut at the office's midnight, not the browser's. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  if (timeZone) {
    try {
      // en-CA formats as YYYY-MM-DD, but read the parts anyway rather than trust a locale's layout.
      const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
      const get = (type: string) => parts.find((p) => p.type === type)?.value;
      const [y, m, d] = [get('year'), get('month'), get('day')];
      if (y && m && d) return `${y}-${m}-${d}`;
    } catch {
      // An unknown zone name (RangeError): fall back to the browser's own day below.
    }
  }
  return formatLocalDate(now);
}

/** Whether `s` is a real calendar date (2024-02-30 is not). */
export function isLocalDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

// Calendar arithmetic runs on UTC midnights: a date string names a day, not an instant, and UTC has
// no daylight-saving jumps that could turn "add one day" into 23 or 25 hours.
function toDayNumber(s: string): number {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(n: number): string {
  const t = new Date(n * DAY_MS);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function addDays(day: string, n: number): string {
  return fromDayNumber(toDayNumber(day) + n);
}

/** Days in the period, both ends included. */
export function periodDays(p: Period): number {
  return toDayNumber(p.to) - toDayNumber(p.from) + 1;
}

function firstOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The period a preset names, seen from `today` (a YYYY-MM-DD in the office's time zone). */
export function presetPeriod(preset: PresetId, today: string): Period {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'thisMonth':
      return { from: firstOfMonth(today), to: today };
    case 'lastMonth': {
      const lastOfPrevious = addDays(firstOfMonth(today), -1);
      return { from: firstOfMonth(lastOfPrevious), to: lastOfPrevious };
    }
  }
}

/** The preset a period matches today, so its button can show as pressed. */
export function matchingPreset(p: Period, today: string): PresetId | undefined {
  return PRESET_IDS.find((id) => {
    const q = presetPeriod(id, today);
    return q.from === p.from && q.to === p.to;
  });
}

export type PeriodProblem = 'invalid-date' | 'from-after-to' | 'too-long';

/** Why the collector would refuse this period, or undefined when it is fine. */
export function checkPeriod(p: Period): PeriodProblem | undefined {
  if (!isLocalDate(p.from) || !isLocalDate(p.to)) return 'invalid-date';
  if (p.from > p.to) return 'from-after-to';
  if (periodDays(p) > MAX_PERIOD_DAYS) return 'too-long';
  return undefined;
}

/** Whether any of `days` (from a vote:stored event) falls inside the period; YYYY-MM-DD compares as text. */
export function touchesPeriod(days: readonly string[], p: Period): boolean {
  return days.some((d) => d >= p.from && d <= p.to);
}
