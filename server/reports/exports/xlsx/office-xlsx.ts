// An office's report as an Excel workbook: a sheet per view (columns in docs/exports.md).
import type { OfficeReport } from '../../../contract/report';
import type { DailyTable } from '../daily-rows';
import { W } from '../words';
import { changeColumns, charterColumns, faceColumns, participationColumns, scoreColumns } from './columns';
import { charterSheet, daysSheet, detailSheet, participationRows, participationSheet, reasonsSheet } from './shared-sheets';
import { followUpSection, summarySheet } from './summary-sheet';
import { newWorkbook, tableSheet, workbookBytes } from './workbook';

type Service = OfficeReport['byService'][number];

export async function officeReportXlsx(report: OfficeReport, table: DailyTable): Promise<Buffer> {
  const { office, period } = report;
  const wb = await newWorkbook(`Rapporto di gradimento: ${office.name}`, `${period.from} – ${period.to}`, new Date(report.dataQuality.computedAt));
  const names = new Map(report.byService.map((s) => [s.serviceId, s.name]));
  const followUp = report.followUp;
  summarySheet(wb, {
    title: `Rapporto di gradimento: ${office.name}`,
    about: [
      { label: 'Amministrazione', kind: 'text', value: office.administration },
      { label: W.office, kind: 'text', value: office.name },
    ],
    from: period.from,
    to: period.to,
    timeZone: office.timeZone,
    dataQuality: report.dataQuality,
    minSample: report.minSample,
    total: report.totals.total,
    score: report.score,
    faces: table.faces,
    faceCounts: report.totals.faces,
    comparisons: report.comparisons,
    sections: [followUpSection(followUp)],
  });
  tableSheet<Service>(wb, 'Servizi', [
    { header: W.service, kind: 'text', value: (s) => s.name },
    { header: 'Archiviato', kind: 'text', value: (s) => (s.archived ? W.yes : W.no) },
    { header: W.votes, kind: 'count', value: (s) => s.total },
    ...faceColumns<Service>(table.faces, (s) => s.faces),
    ...scoreColumns<Service>((s) => s.score),
    ...changeColumns<Service>('previous', (s) => s.comparisons),
    ...changeColumns<Service>('year-before', (s) => s.comparisons),
    ...charterColumns<Service>((s) => s.charter),
    ...participationColumns<Service>((s) => s.participation),
  ], report.byService);
  daysSheet(wb, report.daily, table.faces);
  reasonsSheet(
    wb,
    { negative: followUp.negative, reasons: report.reasons },
    report.reasonsByService.map((r) => ({ service: names.get(r.serviceId) ?? r.serviceId, negative: r.negative, reasons: r.reasons })),
  );
  participationSheet(wb, participationRows(report.participation.total, report.participation.byChannel, [{ scope: W.service, rows: report.byService.map((s) => ({ name: s.name, participation: s.participation })) }]));
  charterSheet(wb, report.byService.map((s) => ({ service: s.name, check: s.charter })), false);
  detailSheet(wb, table, false);
  return workbookBytes(wb);
}
