// CSV as spreadsheets open it: ';' between cells where the decimal mark is a comma (Italian), ',' where it is a point; UTF-8 with a BOM, CRLF, formulas defused.

/**
 * A spreadsheet splits a CSV on its region's list separator: ';' where a comma is the decimal mark
 * (Italy), ',' where a point is (the United Kingdom).
 */
export type Separator = ';' | ',';

/** The separator of the region whose numbers `locale` writes: ';' for it-IT, ',' for en-GB. */
export function separatorOf(locale: string): Separator {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}
/** Spreadsheets need the BOM to read UTF-8 names right. */
const BOM = '\uFEFF';

/**
 * One cell. What would break the row is quoted; text a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR: OWASP's "CSV injection") gets a leading apostrophe. Numbers are written
 * as they are: a negative count cannot occur, and a number is never run.
 */
export function csvCell(value: string | number, separator: Separator): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The file's text: the BOM, the header, one line per row, each line ended by CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number)[])[], separator: Separator): string {
  return `${BOM}${[header, ...rows].map((cells) => cells.map((c) => csvCell(c, separator)).join(separator)).join('\r\n')}\r\n`;
}
