// The collector's reasons for refusing people-served figures, in the dashboard's words, and a CSV refusal as "riga N: colonna — motivo". Pure.
import type { FieldProblem } from '../../../server/contract/errors';
import { MAX_SERVED } from './served-cells';
import { formatNumber } from '../format';
import { LOCALE } from '../i18n/locale';
import { SERVED_PROBLEMS as W } from './served-problem-labels';

const DAY = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayText = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? DAY.format(new Date(`${day}T00:00:00Z`)) : day);

/**
 * The reasons server/participation/ writes (check-people-served.ts, parse-csv.ts), as patterns and
 * how the dashboard says them. The collector has no codes for them yet; a reason this page does not
 * know is shown as the collector wrote it, never dropped.
 */
const REASONS: readonly [RegExp, (...groups: string[]) => string][] = [
  [/^"(.*)" is not a date \(write 2026-03-31 or 31\/03\/2026\)$/, (t) => W.notADate(t)],
  [/^"(.*)" is not a calendar date$/, (t) => W.notACalendarDate(t)],
  [/^no service is called "(.*)" \(use its name or id\)$/, (t) => W.unknownService(t)],
  [/^service "(.*)" is not one of this office's administration$/, (t) => W.foreignService(t)],
  [/^"(.*)" is not a channel \(sportello, telefono or web\)$/, (t) => W.notAChannel(t)],
  [/^is empty \(write 0 for a day nobody was served\)$/, () => W.emptyFigure],
  [/^is empty$/, () => W.empty],
  [/^"(.*)" is not a whole number of people from 0 to \d+$/, (t) => W.notACount(t, formatNumber(MAX_SERVED))],
  [/^(\d{4}-\d{2}-\d{2}) has not come yet in the office's time zone \(today is (\d{4}-\d{2}-\d{2})\)$/, (d, today) => W.notYet(dayText(d), dayText(today))],
  // "The first is entry N" counts figures, not lines: in a file it would point at the wrong line.
  [/^a second figure for the same service, channel and day/, () => W.duplicate],
  [/^the first line must name the columns; missing: (.*) \(e\.g\. .*\)$/, (cols) => W.missingColumns(cols)],
  [/^the file has a header but no figures$/, () => W.noFigures],
];

/** A reason in the dashboard's language, or as the collector wrote it when this page does not know it. */
export function servedReason(reason: string): string {
  for (const [pattern, say] of REASONS) {
    const m = pattern.exec(reason);
    if (m) return say(...m.slice(1));
  }
  return reason;
}

/** The column a problem names: "/giorno" is the column giorno, "/header" the first line. */
function columnOf(field: string): string {
  if (field === '/header') return W.headerColumn;
  if (field === '/' || field === '') return W.fileColumn;
  return field.replace(/^\//, '');
}

/** "riga 3: giorno — «31/02/2026» non è una data del calendario", in line order. */
export function csvProblemLines(problems: readonly FieldProblem[]): string[] {
  return [...problems]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((p) => `${p.line === undefined ? '' : W.line(p.line)}${columnOf(p.field)} — ${servedReason(p.reason)}`);
}
