// Checks of management input that a JSON schema cannot express; each failure names its field.
import { isTimeZone } from '../aggregates/time-bucket';
import { AppError, type Problem } from '../http/app-error';
import { dayProblem } from '../reports/period';
import type { Say } from '../http/words/error-words';
import type { Archivable } from '../http/words/manage-en';

/** Collects every problem of one request, so the form can mark all its fields at once. */
export class Problems {
  readonly list: Problem[] = [];
  add(field: string, reason: Say): void {
    this.list.push({ field, reason });
  }
  throwIfAny(message: Say = (w) => w.someFieldsInvalid): void {
    if (this.list.length > 0) throw new AppError('validation_failed', message, this.list);
  }
}

/** Spaces and invisible format characters (zero-width space, direction marks, BOM) at either end. */
const EDGES = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;

/** A name without its invisible edges, or '' when nothing visible is left («\u200B» named nothing anyone could read). */
export function trimName(name: string): string {
  return name.replace(EDGES, '');
}

/**
 * A name as stored: trimmed of spaces and invisible characters at its ends, never empty. Inside, any
 * Unicode is fine (an emoji's zero-width joiners, an Arabic name's marks); it is shown as text, never as HTML.
 */
export function cleanName(name: string, field: string, problems: Problems): string {
  const trimmed = trimName(name);
  if (!trimmed) problems.add(field, (w) => w.blankName);
  return trimmed;
}

export function checkTimeZone(zone: string, field: string, problems: Problems): void {
  if (!isTimeZone(zone)) problems.add(field, (w) => w.notTimeZone(zone));
}

/** Real calendar dates only (no 2026-02-30), each once, in order. */
export function cleanHolidays(days: readonly string[], field: string, problems: Problems): string[] {
  days.forEach((day, i) => {
    const problem = dayProblem(day);
    if (problem) problems.add(`${field}/${i}`, problem);
  });
  return [...new Set(days)].sort();
}

/**
 * Creating under, or changing, something archived is refused: archived items are kept for their votes only.
 * `what` names the kind of item, not a phrase: each language words "this …" its own way.
 */
export function refuseArchived(item: { archivedAt: string | null } | { archived_at: string | null }, what: Archivable): void {
  const at = 'archivedAt' in item ? item.archivedAt : item.archived_at;
  if (at) throw new AppError('conflict', (w) => w.archived(what, at.slice(0, 10)));
}
