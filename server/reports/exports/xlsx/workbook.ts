// What every gradimento workbook shares: typed columns (numbers as numbers, shares as % numbers, days as dates),
// a bold frozen header, widths that fit their content, and the workbook's bytes.
// Types only here: exceljs (about 30 MB once loaded) is loaded by the first workbook, not by every
// collector at start, most of which never write one (docs/performance.md, idle sockets).
import type ExcelJS from 'exceljs';
import { dayAsDate } from '../format';

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;

/**
 * count: whole number; share: 0..1 shown as a percentage; index: 0..100, one decimal; points:
 * percentage points (a difference of shares, a charter margin), signed; p: a p-value; day: a
 * YYYY-MM-DD calendar day; month: YYYY-MM; instant: a Date already in the office's wall-clock time.
 */
export type Kind = 'text' | 'count' | 'share' | 'index' | 'points' | 'p' | 'day' | 'month' | 'instant';

export const FORMATS: Readonly<Record<Exclude<Kind, 'text'>, string>> = {
  count: '#,##0',
  share: '0.0%',
  index: '0.0',
  points: '+0.0;-0.0;0.0',
  // The p-value as computed, to four significant digits (docs/metrics.md): a fixed 0.0000 showed 0,0000 for 0.000004.
  p: 'General',
  day: 'dd/mm/yyyy',
  month: 'mmm yyyy',
  instant: 'dd/mm/yyyy hh:mm',
};

export type CellValue = string | number | Date | null;

export interface Column<R> {
  header: string;
  kind: Kind;
  value: (row: R) => CellValue;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };

export async function newWorkbook(title: string, subject: string, now: Date): Promise<Workbook> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'gradimento';
  wb.title = title;
  wb.subject = subject;
  wb.created = now;
  wb.modified = now;
  return wb;
}

/** A value as the cell stores it: days become dates, everything else stays what it is. */
function stored(kind: Kind, value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'day' && typeof value === 'string') return dayAsDate(value);
  if (kind === 'month' && typeof value === 'string') return dayAsDate(`${value}-01`);
  return value;
}

/** Writes one typed value into a cell, with the format of its kind. */
export function setCell(cell: ExcelJS.Cell, kind: Kind, value: CellValue): void {
  cell.value = stored(kind, value);
  if (kind !== 'text') cell.numFmt = FORMATS[kind];
}

export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: false };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8096AD' } } };
  });
}

/**
 * A sheet that is one table: the header on row 1, frozen with the first column, then a row per
 * item. Widths are fitted once everything is written.
 */
export function tableSheet<R>(wb: Workbook, name: string, columns: readonly Column<R>[], rows: readonly R[]): Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  writeTable(ws, 1, columns, rows);
  if (rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
  fitColumns(ws);
  return ws;
}

/** Writes a header at `at` and the rows under it; returns the next free row. */
export function writeTable<R>(ws: Worksheet, at: number, columns: readonly Column<R>[], rows: readonly R[]): number {
  const header = ws.getRow(at);
  columns.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  styleHeader(header);
  rows.forEach((r, n) => {
    const row = ws.getRow(at + 1 + n);
    columns.forEach((c, i) => setCell(row.getCell(i + 1), c.kind, c.value(r)));
  });
  return at + 1 + rows.length;
}

const ONE_DECIMAL = new Intl.NumberFormat('it-IT', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const COUNT = new Intl.NumberFormat('it-IT', { useGrouping: true });

/** How wide a cell reads in characters, as Excel shows it with its format. */
function shownLength(cell: ExcelJS.Cell): number {
  const v = cell.value;
  if (v === null || v === undefined) return 0;
  if (v instanceof Date) return cell.numFmt === FORMATS.instant ? 16 : cell.numFmt === FORMATS.month ? 8 : 10;
  if (typeof v === 'number') {
    switch (cell.numFmt) {
      case FORMATS.share:
        return ONE_DECIMAL.format(v * 100).length + 1;
      case FORMATS.p:
        return 6;
      case FORMATS.index:
      case FORMATS.points:
        return ONE_DECIMAL.format(v).length + 1;
      default:
        return COUNT.format(v).length;
    }
  }
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('').length;
  return String(v).length;
}

/** Each column as wide as its longest cell (a bold header counts a little wider), within 8..60 characters. */
export function fitColumns(ws: Worksheet, skipRows: ReadonlySet<number> = new Set()): void {
  const widths: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (skipRows.has(n)) return;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const bold = cell.font?.bold ? 1.1 : 1;
      widths[col] = Math.max(widths[col] ?? 0, Math.ceil(shownLength(cell) * bold));
    });
  });
  widths.forEach((w, col) => {
    if (w !== undefined) ws.getColumn(col).width = Math.min(60, Math.max(8, w + 2));
  });
}

export async function workbookBytes(wb: Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
