// CSV as Italian spreadsheets open it: ';' between cells, UTF-8 with a BOM, CRLF, formulas defused.

/** Spreadsheets set to Italian split on ';' and need the BOM to read UTF-8 names right. */
export const SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * One cell. What would break the row is quoted; text a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR: OWASP's "CSV injection") gets a leading apostrophe. Numbers are written
 * as they are: a negative count cannot occur, and a number is never run.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The file's text: the BOM, the header, one line per row, each line ended by CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `${BOM}${[header, ...rows].map((cells) => cells.map(csvCell).join(SEPARATOR)).join('\r\n')}\r\n`;
}
