// What is wrong with an office's opening hours before it is sent: a slot without a time, the wrong way round, or overlapping another; the collector refuses the same (server/admin/opening-hours.ts). Pure.
import { WEEKDAYS, type OpeningHours, type Weekday } from '../../../server/contract/admin';

export type SlotProblem =
  /** A time left empty (the field cleared). */
  | { slot: number; kind: 'incomplete' }
  /** Ends when or before it starts. */
  | { slot: number; kind: 'backwards' }
  /** Starts before an earlier slot of the day ends; touching slots (09:00-12:00, 12:00-13:00) are one opening written in two parts. */
  | { slot: number; kind: 'overlap'; other: { from: string; to: string } };

/** The problems of each day that has any, slots numbered from 0 in the order shown; an empty object when the week can be sent. */
export function hoursProblems(hours: OpeningHours): Partial<Record<Weekday, SlotProblem[]>> {
  const found: Partial<Record<Weekday, SlotProblem[]>> = {};
  for (const day of WEEKDAYS) {
    const problems: SlotProblem[] = [];
    const slots = hours[day].map((s, slot) => ({ ...s, slot }));
    for (const s of slots) {
      if (!s.from || !s.to) problems.push({ slot: s.slot, kind: 'incomplete' });
      else if (s.from >= s.to) problems.push({ slot: s.slot, kind: 'backwards' });
    }
    // HH:MM strings compare correctly as text, as the collector compares them.
    const sorted = slots.filter((s) => s.from && s.to && s.from < s.to).sort((a, b) => a.from.localeCompare(b.from));
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1]!;
      const cur = sorted[k]!;
      if (cur.from < prev.to) problems.push({ slot: cur.slot, kind: 'overlap', other: { from: prev.from, to: prev.to } });
    }
    if (problems.length) found[day] = problems.sort((a, b) => a.slot - b.slot);
  }
  return found;
}
