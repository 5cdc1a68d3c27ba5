// CSV as spreadsheets open it: ';' between cells where the decimal mark is a comma (Italian), ',' where it is a point; UTF-8 with a BOM, CRLF, formulas defused whatever the reader splits on.

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
 * Where a reader may start a cell inside a text: at its start, or after anything some reader splits
 * on (',' in English, ';' in Italian, a tab, a line break). A file written for one region is opened
 * in the other too, and the splitting reader honours quotes only at a cell's start: in
 * `1;"Anagrafe,=HYPERLINK(…)"` split on ',' the quote is mid-cell, so `=HYPERLINK(…)` starts a cell
 * of its own. Quotes and spaces before the formula are skipped as a reader strips them.
 */
const FORMULA_STARTS = /(^|[,;\t\r\n])(?=[ "]*[=+\-@\t\r])/g;
/** What would break a row under either separator: quoted, whichever the file uses. */
const NEEDS_QUOTES = /[,;\t"\r\n]/;

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, CR: OWASP's "CSV injection") gets an
 * apostrophe before it, at the text's start and after every separator inside it, so that no reader,
 * whatever it splits on, finds a cell starting with one.
 */
export function defuseFormulas(text: string): string {
  return text.replace(FORMULA_STARTS, "$1'");
}

/**
 * One cell: text defused, then quoted when it holds ',', ';', a tab, a quote or a line break.
 * Numbers are written as they are: a negative count cannot occur, and a number is never run.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = defuseFormulas(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The file's text: the BOM, the header, one line per row, each line ended by CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number)[])[], separator: Separator): string {
  return `${BOM}${[header, ...rows].map((cells) => cells.map(csvCell).join(separator)).join('\r\n')}\r\n`;
}
