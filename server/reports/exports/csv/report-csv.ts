// The CSV export of an office or an administration: one line per day, (office,) service and channel; columns in docs/exports.md.
import type { DailyTable } from '../daily-rows';
import { csvText } from './csv-text';

/** The header of a reason's column: the reason as citizens read it on the terminal. */
export const reasonHeader = (label: string) => `motivo: ${label}`;

/** `withOffice` adds the office's name after the day: an administration's file covers several. */
export function reportCsv(table: DailyTable, withOffice: boolean): string {
  const header = ['giorno', ...(withOffice ? ['ufficio'] : []), 'servizio', 'canale', 'totale', ...table.faces, ...table.reasons.map((r) => reasonHeader(r.label))];
  const rows = table.rows.map((r) => [
    r.day,
    ...(withOffice ? [r.office] : []),
    r.service,
    r.channel,
    r.total,
    ...table.faces.map((f) => r.faces.get(f) ?? 0),
    ...table.reasons.map((reason) => r.reasons.get(reason.id) ?? 0),
  ]);
  return csvText(header, rows);
}
