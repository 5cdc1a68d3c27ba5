// An office's opening hours per weekday: one schema for the management API and the terminal's configuration.
import { Type, type Static } from 'typebox';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
const HourMinute = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM, office-local' });
const Interval = Type.Object({ from: HourMinute, to: HourMinute }, { additionalProperties: false });
export const OpeningHoursSchema = Type.Object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, Type.Array(Interval, { maxItems: 4 })])) as Record<Weekday, ReturnType<typeof Type.Array<typeof Interval>>>,
  { additionalProperties: false, description: 'Opening intervals per weekday; an empty list means closed.' },
);
export type OpeningHours = Static<typeof OpeningHoursSchema>;
export const DaySchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
