// The open data as CSV (RFC 4180): the JSON's rows, one line each, the same columns in the same order. Pure.
import type { OpenDataRow } from '../../contract/public-page-schemas';
import { csvCell } from '../../reports/exports/csv/csv-text';

/** The columns, in order: exactly the fields of a JSON row (docs/open-data.md). */
export const CSV_COLUMNS = [
  'month',
  'group',
  'serviceId',
  'service',
  'channel',
  'status',
  'votes',
  'positive',
  'neutral',
  'negative',
  'positiveShare',
  'index',
  'served',
  'servedVotes',
  'participation',
  'participationDays',
] as const satisfies readonly (keyof OpenDataRow)[];

/**
 * Comma-separated, dot decimals, UTF-8 without BOM, CRLF: what data portals and programs read
 * without asking (unlike the dashboard's export, made for Italian spreadsheets). Empty is null. Text
 * is written as in every CSV the collector writes (csvCell): quoted when it holds ',' or ';', and
 * defused where a spreadsheet would run it as a formula, also when one set to Italian splits it on
 * ';'. Only service names are free text here.
 */
function cell(value: string | number | null): string {
  return value === null ? '' : csvCell(value);
}

export function openDataCsv(rows: readonly OpenDataRow[]): string {
  const lines = rows.map((r) => CSV_COLUMNS.map((c) => cell(r[c])).join(','));
  return `${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}
