// Renders a report's daily per-service figures as CSV for spreadsheets (the monthly review).
import { FACE_IDS } from '../contract/scale';
import type { DailyServiceCount } from './queries/get-daily-service-counts';

/** Spreadsheets set to Italian split on ';' and need the BOM to read UTF-8 names right. */
const SEPARATOR = ';';
const BOM = '\uFEFF';

function cell(value: string | number): string {
  const text = String(value);
  // Quote what would break the row, and defuse formulas (=, +, -, @) a spreadsheet would run.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvRow {
  day: string;
  service: string;
  channel: string;
  faces: Map<string, number>;
}

/** The CSV text: a header, then one line per row. */
export function toCsv(rows: readonly CsvRow[]): string {
  const header = ['giorno', 'servizio', 'canale', 'totale', ...FACE_IDS].join(SEPARATOR);
  const lines = rows.map((r) => {
    const counts = FACE_IDS.map((f) => r.faces.get(f) ?? 0);
    return [r.day, r.service, r.channel, counts.reduce((a, b) => a + b, 0), ...counts].map(cell).join(SEPARATOR);
  });
  return `${BOM}${[header, ...lines].join('\r\n')}\r\n`;
}

/** One CSV row per day, service and channel, in day order. */
export function rowsForCsv(counts: readonly DailyServiceCount[], serviceName: (id: string) => string): CsvRow[] {
  const byKey = new Map<string, CsvRow>();
  for (const c of counts) {
    const k = `${c.day}\u0000${c.serviceId}\u0000${c.channel}`;
    let row = byKey.get(k);
    if (!row) byKey.set(k, (row = { day: c.day, service: serviceName(c.serviceId), channel: c.channel, faces: new Map() }));
    row.faces.set(c.face, (row.faces.get(c.face) ?? 0) + c.count);
  }
  return [...byKey.values()].sort((a, b) => a.day.localeCompare(b.day) || a.service.localeCompare(b.service, 'it'));
}
