// Reads a people-served CSV as spreadsheets write it: ";" or "," separated, quoted fields, Italian or ISO dates.
import type { IgnoredColumn, PeopleServedEntry } from '../contract/participation';
import { MAX_SERVED_PER_DAY } from '../contract/participation';
import type { Problem } from '../http/app-error';
import type { Say } from '../http/words/error-words';
import { FIRST_REPORT_YEAR, LAST_CALENDAR_YEAR } from '../contract/exports';
import { dayProblem, isCalendarDay } from '../reports/period';

/** Column names accepted in the header, Italian first. */
const COLUMNS = {
  day: ['giorno', 'data', 'day', 'date'],
  service: ['servizio', 'service', 'serviceid'],
  channel: ['canale', 'channel'],
  served: ['persone', 'persone servite', 'utenti', 'served', 'people'],
} as const;

/**
 * Letters to change, add or remove to turn `a` into `b` (Levenshtein): «canali», «canal» and «chanel»
 * are one or two from a name of the channel column.
 */
function editDistance(a: string, b: string): number {
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(before[j]! + 1, row[j - 1]! + 1, before[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    before = row;
  }
  return before[b.length]!;
}

/** A header that is most likely the channel column misspelt: the only optional column, whose absence changes every figure. */
const looksLikeChannel = (name: string) => COLUMNS.channel.some((alias) => editDistance(name, alias) <= 2);

/** The names above as a refusal lists them: "giorno/data/day/date, servizio/service/serviceid, ...". */
const KNOWN = Object.values(COLUMNS).map((aliases) => aliases.join('/'));

export interface ParsedCsv {
  entries: PeopleServedEntry[];
  /** The line each entry came from (header = 1). */
  lines: number[];
  problems: Problem[];
  /** Columns the import does not read: said in the answer, so a misspelt header is never lost without a word. */
  ignored: IgnoredColumn[];
}

/**
 * Splits the text into records of fields: quotes may hold the separator, a line break (a cell written
 * on two lines, Alt+Enter in Excel) and "" for one quote. Each record keeps the line it starts on, so a
 * problem names the line a spreadsheet's user finds in a text editor; blank records are null.
 */
function splitRecords(text: string, sep: string): { line: number; cells: string[] | null }[] {
  const out: { line: number; cells: string[] | null }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const end = () => {
    cells.push(cell.trim());
    out.push({ line: start, cells: cells.every((c) => c === '') && cells.length === 1 ? null : cells });
    cells = [];
    cell = '';
    start = line;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line += 1;
      if (quoted) cell += '\n';
      else end();
    } else if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') quoted = true;
    else if (ch === sep) cells.push(cell.trim()), (cell = '');
    else cell += ch;
  }
  end();
  return out;
}

/** DD/MM/YYYY (as Italian spreadsheets show it) or YYYY-MM-DD. */
function readDay(text: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}

/** What a line's service cell names: one service, none, or a name that two services share. */
export type ServiceLookup = string | null | { sharedBy: number };

/**
 * `resolveService` maps what a line names (an id, or a name in any letter case) to a service id.
 * Lines that cannot be read become problems with their line number; blank lines are skipped.
 */
export function parsePeopleServedCsv(text: string, resolveService: (nameOrId: string) => ServiceLookup): ParsedCsv {
  const body = text.replace(/^\uFEFF/, '');
  const header = body.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const sep = (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const [first, ...records] = splitRecords(body, sep);
  const written = first?.cells ?? [''];
  const names = written.map((h) => h.toLowerCase());
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, aliases]) => [k, names.findIndex((n) => (aliases as readonly string[]).includes(n))])) as Record<keyof typeof COLUMNS, number>;
  const out: ParsedCsv = { entries: [], lines: [], problems: [], ignored: [] };
  const rows = records.map((r) => r.cells);
  // Unknown names, and a second column for a field already read. A column without a name (or beyond
  // the header) counts only if it holds something: spreadsheets end lines with an empty one.
  const read = new Set(Object.values(col));
  const width = rows.reduce((most, cells) => Math.max(most, cells?.length ?? 0), written.length);
  for (let i = 0; i < width; i++) {
    const name = written[i] ?? '';
    if (read.has(i) || (name === '' && !rows.some((cells) => cells?.[i]))) continue;
    out.ignored.push({ column: i + 1, name });
  }
  const missing = (['day', 'service', 'served'] as const).filter((k) => col[k] < 0);
  if (missing.length > 0) {
    out.problems.push({ line: 1, field: '/header', reason: (w) => w.csvColumnsMissing(missing.map((k) => COLUMNS[k][0])) });
    // «persone servit» is most likely the missing «persone»: naming what was not recognised points at it.
    const unknown = out.ignored.filter((c) => c.name !== '').map((c) => c.name);
    if (unknown.length > 0) out.problems.push({ line: 1, field: '/header', reason: (w) => w.csvColumnsNotRecognised(unknown, KNOWN) });
    return out;
  }
  // Read without it, every figure would be the counter's, the phone's and the web's included: refused, so
  // that nothing is stored under the wrong channel; any other column left unread is only listed.
  const channelLike = col.channel < 0 ? out.ignored.find((c) => looksLikeChannel(c.name.toLowerCase())) : undefined;
  if (channelLike) {
    out.problems.push({ line: 1, field: '/header', reason: (w) => w.csvChannelColumnMisspelt(channelLike.name) });
    return out;
  }
  rows.forEach((cells, i) => {
    const line = records[i]!.line;
    if (!cells) return;
    const problem = (field: string, reason: Say) => out.problems.push({ line, field: `/${field}`, reason });
    const before = out.problems.length;
    const dayText = cells[col.day] ?? '';
    const day = readDay(dayText);
    if (!day) problem(COLUMNS.day[0], (w) => w.csvNotADate(dayText));
    else if (dayProblem(day)) {
      // Named as the file writes it (31/02/2026), not as read.
      problem(COLUMNS.day[0], isCalendarDay(day) ? (w) => w.outsideCountedYears(dayText, FIRST_REPORT_YEAR, LAST_CALENDAR_YEAR) : (w) => w.notCalendarDate(dayText));
    }
    const serviceText = cells[col.service] ?? '';
    const found = serviceText ? resolveService(serviceText) : null;
    const serviceId = typeof found === 'string' ? found : null;
    // A name two services share is not guessed: the figure would go to either.
    if (found !== null && typeof found === 'object') problem(COLUMNS.service[0], (w) => w.csvServiceNameShared(serviceText, found.sharedBy));
    else if (!serviceId) problem(COLUMNS.service[0], serviceText ? (w) => w.csvNoSuchService(serviceText) : (w) => w.csvEmptyCell);
    const channelText = col.channel >= 0 ? (cells[col.channel] ?? '').toLowerCase() : '';
    const channel = channelText === '' ? 'sportello' : channelText;
    if (!['sportello', 'telefono', 'web'].includes(channel)) problem(COLUMNS.channel[0], (w) => w.csvNotAChannel(channelText));
    const servedText = cells[col.served] ?? '';
    const served = /^\d{1,6}$/.test(servedText) ? Number(servedText) : NaN;
    if (servedText === '' || Number.isNaN(served) || served > MAX_SERVED_PER_DAY) {
      problem(COLUMNS.served[0], servedText === '' ? (w) => w.csvServedEmpty : (w) => w.csvNotACount(servedText, MAX_SERVED_PER_DAY));
    }
    if (out.problems.length > before) return;
    out.entries.push({ serviceId: serviceId!, day: day!, channel: channel as 'sportello', served });
    out.lines.push(line);
  });
  if (out.entries.length === 0 && out.problems.length === 0) out.problems.push({ line: 2, field: '/', reason: (w) => w.csvNoFigures });
  return out;
}
