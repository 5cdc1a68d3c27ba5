// Checks an office's fields as a whole (name, time zone, hours, holidays) and gives their stored form.
import type { OpeningHours } from '../../contract/admin';
import { checkTimeZone, cleanHolidays, cleanName, Problems } from '../checks';
import { normaliseOpeningHours, openingHoursProblems } from '../opening-hours';

export interface OfficeFieldsInput {
  name?: string;
  address?: string;
  timeZone?: string;
  openingHours?: OpeningHours;
  holidays?: string[];
}

/** Only the fields given, cleaned; throws validation_failed naming every bad field. */
export function checkOfficeFields(input: OfficeFieldsInput): OfficeFieldsInput {
  const problems = new Problems();
  const out: OfficeFieldsInput = {};
  if (input.name !== undefined) out.name = cleanName(input.name, '/name', problems);
  if (input.address !== undefined) out.address = input.address.trim();
  if (input.timeZone !== undefined) {
    out.timeZone = input.timeZone.trim();
    checkTimeZone(out.timeZone, '/timeZone', problems);
    // Stored as the zone database spells it («europe/rome» is Europe/Rome): the answer shows it so.
    if (problems.list.length === 0) out.timeZone = new Intl.DateTimeFormat('en', { timeZone: out.timeZone }).resolvedOptions().timeZone;
  }
  if (input.openingHours !== undefined) {
    for (const p of openingHoursProblems(input.openingHours)) problems.add(p.field, p.reason);
    out.openingHours = normaliseOpeningHours(input.openingHours);
  }
  if (input.holidays !== undefined) out.holidays = cleanHolidays(input.holidays, '/holidays', problems);
  problems.throwIfAny((w) => w.officeFieldsInvalid);
  return out;
}

/** Column values for the fields given. */
export function officeColumns(f: OfficeFieldsInput) {
  return {
    ...(f.name !== undefined ? { name: f.name } : {}),
    ...(f.address !== undefined ? { address: f.address } : {}),
    ...(f.timeZone !== undefined ? { time_zone: f.timeZone } : {}),
    ...(f.openingHours !== undefined ? { opening_hours: JSON.stringify(f.openingHours) } : {}),
    ...(f.holidays !== undefined ? { holidays: JSON.stringify(f.holidays) } : {}),
  };
}
