// The office workbook's «Ore» sheet: each weekday and hour of the office's day with its votes and share negative, what
// the dashboard's heatmap draws, then the votes cast while the office was closed.
import type { Heatmap } from '../../../contract/report';
import type { ExportWords } from '../words/it';
import { setCell, tableSheet, type Workbook } from './workbook';

type Cell = Heatmap['cells'][number];

/** Monday 1 January 2024 and the six days after it: the weekday names of the workbook's locale, Monday first as the heatmap's 0. */
const weekdayNames = (locale: string) =>
  Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))));

const hourSpan = (h: number) => `${String(h).padStart(2, '0')}:00–${String((h + 1) % 24).padStart(2, '0')}:00`;

/**
 * `webNote`: when the period has votes from the comune's website or from QR codes, the sentence that says
 * they are not in the office's hours (migrations 033 and 038), as the dashboard says beside its heatmap.
 */
export function hoursSheet(wb: Workbook, w: ExportWords, heatmap: Heatmap, webNote?: string): void {
  const { common: c, xlsx: x } = w;
  const days = weekdayNames(w.locale);
  // Monday first, then the hours: a table to sort and pivot, one row per weekday and hour.
  const cells = [...heatmap.cells].sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);
  const ws = tableSheet<Cell>(wb, x.sheets.hours, [
    { header: x.weekday, kind: 'text', value: (cell) => days[cell.weekday]! },
    { header: x.hour, kind: 'text', value: (cell) => hourSpan(cell.hour) },
    { header: x.officeOpen, kind: 'text', value: (cell) => (heatmap.openingHoursKnown ? (cell.open ? c.yes : c.no) : null) },
    { header: c.votes, kind: 'count', value: (cell) => cell.votes },
    { header: x.negative, kind: 'count', value: (cell) => cell.negative },
    { header: x.negativeShare, kind: 'share', value: (cell) => (cell.votes > 0 ? cell.negative / cell.votes : null) },
  ], cells);
  // Below the table, after a blank row (outside the filter): the votes cast while the office was closed,
  // then the website's votes left out.
  let at = cells.length + 3;
  // Without opening hours only the closing days count as outside: said first, then counted all the same.
  if (!heatmap.openingHoursKnown) ws.getRow(at++).getCell(1).value = x.openingUnknown;
  const line = (label: string, n: number) => {
    const row = ws.getRow(at++);
    row.getCell(1).value = label;
    setCell(row.getCell(4), 'count', n);
  };
  line(x.outsideOpening, heatmap.outsideOpening.votes);
  line(x.onHolidays, heatmap.outsideOpening.onHolidays);
  if (webNote) ws.getRow(at + 1).getCell(1).value = webNote;
}
