// An office's report as an Excel workbook: a sheet per view (columns in docs/exports.md).
import type { OfficeReport } from '../../../contract/report';
import type { DailyTable } from '../daily-rows';
import type { ExportText } from '../words/export-text';
import { changeColumns, charterColumns, faceColumns, participationColumns, scoreColumns } from './columns';
import { hoursSheet } from './hours-sheet';
import { charterSheet, daysSheet, detailSheet, participationRows, participationSheet, reasonsSheet } from './shared-sheets';
import { followUpSection, summarySheet } from './summary-sheet';
import { newWorkbook, tableSheet, workbookBytes } from './workbook';

type Service = OfficeReport['byService'][number];

export async function officeReportXlsx(report: OfficeReport, table: DailyTable, { w, f }: ExportText): Promise<Buffer> {
  const { office, period } = report;
  const { common: c, xlsx: x } = w;
  const wb = await newWorkbook(x.reportOf(office.name), `${period.from} – ${period.to}`, new Date(report.dataQuality.computedAt));
  const names = new Map(report.byService.map((s) => [s.serviceId, s.name]));
  const followUp = report.followUp;
  summarySheet(wb, w, {
    title: x.reportOf(office.name),
    about: [
      { label: c.administration, kind: 'text', value: office.administration },
      { label: c.office, kind: 'text', value: office.name },
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
    sections: [followUpSection(w, followUp)],
  });
  tableSheet<Service>(wb, x.sheets.services, [
    { header: c.service, kind: 'text', value: (s) => s.name },
    { header: x.archived, kind: 'text', value: (s) => (s.archived ? c.yes : c.no) },
    { header: c.votes, kind: 'count', value: (s) => s.total },
    ...faceColumns<Service>(w, table.faces, (s) => s.faces),
    ...scoreColumns<Service>(w, (s) => s.score),
    ...changeColumns<Service>(w, 'previous', (s) => s.comparisons),
    ...changeColumns<Service>(w, 'year-before', (s) => s.comparisons),
    ...charterColumns<Service>(w, (s) => s.charter),
    ...participationColumns<Service>(w, (s) => s.participation),
  ], report.byService);
  daysSheet(wb, w, report.daily, table.faces, report.minSample);
  const { web, qr } = report.heatmap.notInHours;
  const inWords = (n: number) => (n > 0 ? w.votes(n, f.count(n)) : null);
  hoursSheet(wb, w, report.heatmap, web + qr > 0 ? w.xlsx.notInHours(web + qr, inWords(web), inWords(qr)) : undefined);
  reasonsSheet(
    wb,
    w,
    { negative: followUp.negative, reasons: report.reasons },
    report.reasonsByService.map((r) => ({ service: names.get(r.serviceId) ?? r.serviceId, negative: r.negative, reasons: r.reasons })),
  );
  participationSheet(wb, w, participationRows(w, report.participation.total, report.participation.byChannel, [{ scope: c.service, rows: report.byService.map((s) => ({ name: s.name, participation: s.participation })) }]));
  charterSheet(wb, w, report.byService.map((s) => ({ service: s.name, check: s.charter })), false);
  detailSheet(wb, w, table, false);
  return workbookBytes(wb);
}
