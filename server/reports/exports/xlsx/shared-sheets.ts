// Sheets the office and administration workbooks both have: days, reasons, participation, the charter, the detail.
import type { OfficeReport, Participation } from '../../../contract/report';
import type { FaceId } from '../../../contract/scale';
import { FACE_SENTIMENT } from '../../../contract/scale';
import type { DailyTable } from '../daily-rows';
import { reasonHeader } from '../csv/report-csv';
import { channelWord, DIMENSION_WORDS, W } from '../words';
import { charterRows, charterSheetColumns, faceColumns, participationColumns } from './columns';
import { tableSheet, type Column, type Workbook } from './workbook';

type Day = OfficeReport['daily'][number];

export function daysSheet(wb: Workbook, days: readonly Day[], faces: readonly FaceId[]): void {
  const positive = (d: Day) => Object.entries(d.faces).reduce((n, [f, c]) => n + (FACE_SENTIMENT[f as FaceId] === 'positive' ? c : 0), 0);
  tableSheet<Day>(wb, 'Giorni', [
    { header: W.day, kind: 'day', value: (d) => d.day },
    { header: W.votes, kind: 'count', value: (d) => d.total },
    ...faceColumns<Day>(faces, (d) => d.faces),
    { header: W.positiveShare, kind: 'share', value: (d) => (d.total > 0 ? positive(d) / d.total : null) },
  ], days);
}

interface ReasonRow {
  service: string;
  negative: number;
  reason: OfficeReport['reasons'][number];
}

export const ALL_SERVICES = 'Tutti i servizi';

/** The whole office (or administration) first, then each service; every row a share of that group's negative votes. */
export function reasonsSheet(wb: Workbook, all: { negative: number; reasons: OfficeReport['reasons'] }, perService: readonly { service: string; negative: number; reasons: OfficeReport['reasons'] }[]): void {
  const rows: ReasonRow[] = [
    ...all.reasons.map((reason) => ({ service: ALL_SERVICES, negative: all.negative, reason })),
    ...perService.flatMap((s) => s.reasons.map((reason) => ({ service: s.service, negative: s.negative, reason }))),
  ];
  tableSheet<ReasonRow>(wb, 'Motivazioni', [
    { header: W.service, kind: 'text', value: (r) => r.service },
    { header: 'Motivazione', kind: 'text', value: (r) => r.reason.label },
    { header: 'Dimensione della qualità', kind: 'text', value: (r) => (r.reason.dimension ? DIMENSION_WORDS[r.reason.dimension] : null) },
    { header: 'Volte indicata', kind: 'count', value: (r) => r.reason.count },
    { header: 'Giudizi negativi', kind: 'count', value: (r) => r.negative },
    { header: 'Quota dei negativi', kind: 'share', value: (r) => r.reason.shareOfNegative },
  ], rows);
}

interface ParticipationRow {
  scope: string;
  name: string;
  participation: Participation;
}

export function participationSheet(wb: Workbook, rows: readonly ParticipationRow[]): void {
  tableSheet<ParticipationRow>(wb, 'Partecipazione', [
    { header: 'Ambito', kind: 'text', value: (r) => r.scope },
    { header: 'Nome', kind: 'text', value: (r) => r.name },
    ...participationColumns<ParticipationRow>((r) => r.participation),
  ], rows);
}

export function participationRows(total: Participation, byChannel: readonly { channel: string; participation: Participation }[], groups: { scope: string; rows: readonly { name: string; participation: Participation }[] }[]): ParticipationRow[] {
  return [
    { scope: 'Totale', name: 'Totale', participation: total },
    ...byChannel.map((c) => ({ scope: W.channel, name: channelWord(c.channel), participation: c.participation })),
    ...groups.flatMap((g) => g.rows.map((r) => ({ scope: g.scope, name: r.name, participation: r.participation }))),
  ];
}

export function charterSheet(wb: Workbook, items: Parameters<typeof charterRows>[0], withOffice: boolean): void {
  tableSheet(wb, 'Carta dei servizi', charterSheetColumns(withOffice), charterRows(items));
}

/** The CSV's rows as a sheet, for pivot tables: one row per day, (office,) service and channel. */
export function detailSheet(wb: Workbook, table: DailyTable, withOffice: boolean): void {
  type Row = DailyTable['rows'][number];
  const columns: Column<Row>[] = [
    { header: W.day, kind: 'day', value: (r) => r.day },
    ...(withOffice ? [{ header: W.office, kind: 'text' as const, value: (r: Row) => r.office }] : []),
    { header: W.service, kind: 'text', value: (r) => r.service },
    { header: W.channel, kind: 'text', value: (r) => channelWord(r.channel) },
    { header: W.votes, kind: 'count', value: (r) => r.total },
    ...faceColumns<Row>(table.faces, (r) => r.faces),
    ...table.reasons.map((reason) => ({ header: reasonHeader(reason.label), kind: 'count' as const, value: (r: Row) => r.reasons.get(reason.id) ?? 0 })),
  ];
  tableSheet(wb, 'Dettaglio', columns, table.rows);
}
