// The CSV export of an office or an administration: one line per day, (office,) service and channel; columns in docs/exports.md.
import type { DailyTable, ReasonColumn } from '../daily-rows';
import type { ExportWords } from '../words/it';
import { channelWord, type ExportText } from '../words/export-text';
import { csvText, separatorOf } from './csv-text';

/** A reason's column: its label as citizens read it on the terminal, marked when no longer offered. */
export const reasonHeader = (reason: ReasonColumn, w: ExportWords) => w.reasonColumn(reason.retired ? w.retiredReason(reason.label) : reason.label);

/** `withOffice` adds the office's name after the day: an administration's file covers several. */
export function reportCsv(table: DailyTable, withOffice: boolean, { w }: ExportText): string {
  const c = w.csv;
  const header = [c.day, ...(withOffice ? [c.office] : []), c.service, c.channel, c.total, ...table.faces.map((f) => c.faces[f]), ...table.reasons.map((r) => reasonHeader(r, w))];
  const rows = table.rows.map((r) => [
    r.day,
    ...(withOffice ? [r.office] : []),
    r.service,
    channelWord(w.channelsInText, r.channel),
    r.total,
    ...table.faces.map((f) => r.faces.get(f) ?? 0),
    ...table.reasons.map((reason) => r.reasons.get(reason.id) ?? 0),
  ]);
  return csvText(header, rows, separatorOf(w.locale));
}
