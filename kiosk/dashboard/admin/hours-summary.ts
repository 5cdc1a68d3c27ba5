// An office's week of opening hours in one line, as the offices list, the audit log and the stale notice show it. Pure.
import type { OpeningHours, Weekday } from '../../../server/contract/admin';
import { A, WEEKDAY_LABEL } from './admin-labels';

/** "Lun 08:30–12:30, 14:30–17:00 · Mar …": the week in one line, closed days left out; "non indicato" for no hours at all. */
export function hoursSummary(hours: OpeningHours): string {
  const days = (Object.keys(WEEKDAY_LABEL) as Weekday[]).filter((d) => hours[d]?.length);
  if (days.length === 0) return A.hoursNotGiven;
  return days.map((d) => `${WEEKDAY_LABEL[d].slice(0, 3)} ${hours[d].map((i) => `${i.from}–${i.to}`).join(', ')}`).join(' · ');
}
