// Reads a CSV as a spreadsheet splits it, on whichever separator its region uses, to check that no cell would run as a formula.

/** Names an administration's admin could type, each hiding a formula where some reader starts a cell. */
export const HOSTILE_NAMES = [
  '=HYPERLINK("http://x";"y")',
  'Anagrafe,=HYPERLINK("http://x")',
  'Anagrafe;=HYPERLINK("http://x")',
  'Tributi, +1+cmd|\' /C calc\'!A0',
  'Tributi,"=1+1"',
  'Tributi; "-1+1"',
  'SUAP\t@SUM(1;2)',
  'SUAP,\t=1+1',
  'URP\n=1+1',
  'URP\r\n-1+1',
  'URP\r=1+1',
  ',=1+1',
  '@x',
  '-2+3',
  ' =1',
];

/** The list separators spreadsheets split on: ';' (Italy), ',' (English), a tab (pasted text). */
export const SPREADSHEET_SEPARATORS = [';', ',', '\t'] as const;

/**
 * The cells as Excel and LibreOffice cut them: a quote opens a quoted cell only as a cell's first
 * character (inside, "" is a quote and a lone " closes it, and what follows up to the separator is
 * kept); anywhere else a quote is a character like any other. A line break outside quotes ends the
 * row. A byte-order mark is dropped.
 */
export function splitAsSpreadsheet(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
        else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
    }
    while (i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') cell += text[i++];
    row.push(cell);
    if (text[i] === separator) {
      i++;
      if (i === text.length) row.push('');
      continue;
    }
    rows.push(row);
    row = [];
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else i++;
  }
  return rows;
}

/**
 * OWASP's "CSV injection": a cell whose text starts with =, +, -, @, a tab or a carriage return is
 * run as a formula (spaces before it are trimmed by readers told to).
 */
export const runsAsFormula = (cell: string) => /^ *[=+\-@\t\r]/.test(cell);

/** Every cell that would run as a formula, under each separator, with where it was found. */
export function formulaCells(text: string): { separator: string; row: number; cell: string }[] {
  return SPREADSHEET_SEPARATORS.flatMap((separator) =>
    splitAsSpreadsheet(text, separator).flatMap((cells, row) => cells.filter(runsAsFormula).map((cell) => ({ separator, row, cell }))),
  );
}
