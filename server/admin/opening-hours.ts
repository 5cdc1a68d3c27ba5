// Opening hours per weekday: checks (from before to, no overlaps) and the stored form.
import { WEEKDAYS, type OpeningHours } from '../contract/admin';
import type { Problem } from '../http/app-error';

/** Every weekday present, intervals in order: what the API answers and stores. */
export function normaliseOpeningHours(hours: Partial<OpeningHours>): OpeningHours {
  return Object.fromEntries(WEEKDAYS.map((d) => [d, [...(hours[d] ?? [])].sort((a, b) => a.from.localeCompare(b.from))])) as OpeningHours;
}

/**
 * One problem per bad interval. HH:MM strings compare correctly as text. Touching intervals
 * (09:00-12:00, 12:00-13:00) are allowed: they are one opening written in two parts.
 */
export function openingHoursProblems(hours: OpeningHours, base = '/openingHours'): Problem[] {
  const problems: Problem[] = [];
  for (const day of WEEKDAYS) {
    const intervals = hours[day].map((interval, index) => ({ ...interval, index }));
    for (const i of intervals) {
      if (i.from >= i.to) problems.push({ field: `${base}/${day}/${i.index}`, reason: (w) => w.closesBeforeOpening(i.from, i.to) });
    }
    const sorted = intervals.filter((i) => i.from < i.to).sort((a, b) => a.from.localeCompare(b.from));
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1]!;
      const cur = sorted[k]!;
      if (cur.from < prev.to) problems.push({ field: `${base}/${day}/${cur.index}`, reason: (w) => w.hoursOverlap(cur.from, cur.to, prev.from, prev.to) });
    }
  }
  return problems;
}

/** Reads the stored JSON; rows written before opening hours existed hold "{}" (closed every day). */
export function parseOpeningHours(json: string): OpeningHours {
  return normaliseOpeningHours(JSON.parse(json) as Partial<OpeningHours>);
}

/** Whether the office gave any opening hours: without, the heatmap says they are not known and silence never counts. */
export function openingHoursKnown(openingHours: OpeningHours): boolean {
  return WEEKDAYS.some((d) => openingHours[d].length > 0);
}
