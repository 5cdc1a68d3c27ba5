// Sheets the office and administration workbooks both have: days, reasons, participation, the charter, the detail.
import type { OfficeReport, Participation } from '../../../contract/report';
import type { FaceId } from '../../../contract/scale';
import { FACE_SENTIMENT } from '../../../contract/scale';
import type { DailyTable } from '../daily-rows';
import { reasonHeader } from '../csv/report-csv';
import { channelWord } from '../words/export-text';
import type { ExportWords } from '../words/it';
import { charterRows, charterSheetColumns, faceColumns, participationColumns } from './columns';
import { tableSheet, type Column, type Workbook } from './workbook';

type Day = OfficeReport['daily'][number];

/** Every day of the period; a day under the minimum sample is marked as such, as every other sheet marks its rows. */
export function daysSheet(wb: Workbook, w: ExportWords, days: readonly Day[], faces: readonly FaceId[], minSample: number): void {
  const c = w.common;
  const positive = (d: Day) => Object.entries(d.faces).reduce((n, [f, count]) => n + (FACE_SENTIMENT[f as FaceId] === 'positive' ? count : 0), 0);
  tableSheet<Day>(wb, w.xlsx.sheets.days, [
    { header: c.day, kind: 'day', value: (d) => d.day },
    { header: c.votes, kind: 'count', value: (d) => d.total },
    ...faceColumns<Day>(w, faces, (d) => d.faces),
    { header: c.positiveShare, kind: 'share', value: (d) => (d.total > 0 ? positive(d) / d.total : null) },
    { header: c.smallSample, kind: 'text', value: (d) => (d.total === 0 ? null : d.total < minSample ? c.yes : c.no) },
  ], days);
}

interface ReasonRow {
  service: string;
  negative: number;
  reason: OfficeReport['reasons'][number];
}

/** The whole office (or administration) first, then each service; every row a share of that group's negative votes. */
export function reasonsSheet(wb: Workbook, w: ExportWords, all: { negative: number; reasons: OfficeReport['reasons'] }, perService: readonly { service: string; negative: number; reasons: OfficeReport['reasons'] }[]): void {
  const x = w.xlsx;
  const rows: ReasonRow[] = [
    ...all.reasons.map((reason) => ({ service: x.allServices, negative: all.negative, reason })),
    ...perService.flatMap((s) => s.reasons.map((reason) => ({ service: s.service, negative: s.negative, reason }))),
  ];
  tableSheet<ReasonRow>(wb, x.sheets.reasons, [
    { header: w.common.service, kind: 'text', value: (r) => r.service },
    { header: x.reason, kind: 'text', value: (r) => r.reason.label },
    { header: x.dimension, kind: 'text', value: (r) => (r.reason.dimension ? w.dimensions[r.reason.dimension] : null) },
    { header: x.timesGiven, kind: 'count', value: (r) => r.reason.count },
    { header: w.common.negatives, kind: 'count', value: (r) => r.negative },
    { header: w.common.shareOfNegatives, kind: 'share', value: (r) => r.reason.shareOfNegative },
  ], rows);
}

interface ParticipationRow {
  scope: string;
  name: string;
  participation: Participation;
}

export function participationSheet(wb: Workbook, w: ExportWords, rows: readonly ParticipationRow[]): void {
  tableSheet<ParticipationRow>(wb, w.xlsx.sheets.participation, [
    { header: w.xlsx.scope, kind: 'text', value: (r) => r.scope },
    { header: w.xlsx.name, kind: 'text', value: (r) => r.name },
    ...participationColumns<ParticipationRow>(w, (r) => r.participation),
  ], rows);
}

export function participationRows(w: ExportWords, total: Participation, byChannel: readonly { channel: string; participation: Participation }[], groups: { scope: string; rows: readonly { name: string; participation: Participation }[] }[]): ParticipationRow[] {
  return [
    { scope: w.common.total, name: w.common.total, participation: total },
    ...byChannel.map((c) => ({ scope: w.common.channel, name: channelWord(w.channels, c.channel), participation: c.participation })),
    ...groups.flatMap((g) => g.rows.map((r) => ({ scope: g.scope, name: r.name, participation: r.participation }))),
  ];
}

export function charterSheet(wb: Workbook, w: ExportWords, items: Parameters<typeof charterRows>[0], withOffice: boolean): void {
  tableSheet(wb, w.xlsx.sheets.charter, charterSheetColumns(w, withOffice), charterRows(items));
}

/** The CSV's rows as a sheet, for pivot tables: one row per day, (office,) service and channel. */
export function detailSheet(wb: Workbook, w: ExportWords, table: DailyTable, withOffice: boolean): void {
  type Row = DailyTable['rows'][number];
  const c = w.common;
  const columns: Column<Row>[] = [
    { header: c.day, kind: 'day', value: (r) => r.day },
    ...(withOffice ? [{ header: c.office, kind: 'text' as const, value: (r: Row) => r.office }] : []),
    { header: c.service, kind: 'text', value: (r) => r.service },
    { header: c.channel, kind: 'text', value: (r) => channelWord(w.channels, r.channel) },
    { header: c.votes, kind: 'count', value: (r) => r.total },
    ...faceColumns<Row>(w, table.faces, (r) => r.faces),
    ...table.reasons.map((reason) => ({ header: reasonHeader(reason, w), kind: 'count' as const, value: (r: Row) => r.reasons.get(reason.id) ?? 0 })),
  ];
  tableSheet(wb, w.xlsx.sheets.detail, columns, table.rows);
}
