// An administration's report as an Excel workbook: its offices side by side, then its services, days, reasons, participation, charter.
import type { AdministrationReport } from '../../../contract/levels';
import type { AdministrationServices, ServiceDetail } from '../../levels/build-administration-services';
import type { DailyTable } from '../daily-rows';
import type { ExportText } from '../words/export-text';
import { changeColumns, charterColumns, faceColumns, participationColumns, scoreColumns } from './columns';
import { charterSheet, daysSheet, detailSheet, participationRows, participationSheet, reasonsSheet } from './shared-sheets';
import { followUpSection, summarySheet } from './summary-sheet';
import { newWorkbook, tableSheet, workbookBytes } from './workbook';

type Office = AdministrationReport['offices'][number];

export async function administrationReportXlsx(report: AdministrationReport, services: AdministrationServices, table: DailyTable, timeZone: string, { w }: ExportText): Promise<Buffer> {
  const { administration, period } = report;
  const { common: c, xlsx: x } = w;
  const wb = await newWorkbook(x.reportOf(administration.name), `${period.from} – ${period.to}`, new Date(report.dataQuality.computedAt));
  const followUp = services.followUp;
  summarySheet(wb, w, {
    title: x.reportOf(administration.name),
    about: [
      { label: c.administration, kind: 'text', value: administration.name },
      { label: x.officesWithVotes, kind: 'count', value: report.offices.filter((o) => o.total > 0).length },
    ],
    from: period.from,
    to: period.to,
    timeZone,
    dataQuality: report.dataQuality,
    minSample: report.minSample,
    total: report.totals.total,
    score: report.score,
    faces: table.faces,
    faceCounts: report.totals.faces,
    comparisons: report.comparisons,
    sections: [followUpSection(w, followUp)],
  });
  tableSheet<Office>(wb, x.sheets.offices, [
    { header: c.office, kind: 'text', value: (o) => o.name },
    { header: c.rank, kind: 'count', value: (o) => o.rank },
    { header: x.archived, kind: 'text', value: (o) => (o.archived ? c.yes : c.no) },
    { header: c.votes, kind: 'count', value: (o) => o.total },
    ...faceColumns<Office>(w, table.faces, (o) => o.faces),
    ...scoreColumns<Office>(w, (o) => o.score),
    ...(['met', 'met-within-noise', 'missed-within-noise', 'missed', 'small-sample'] as const).map((v) => ({ header: x.charterVerdictCount(w.verdicts[v]), kind: 'count' as const, value: (o: Office) => o.charter[v] })),
    ...participationColumns<Office>(w, (o) => o.participation),
  ], report.offices);
  tableSheet<ServiceDetail>(wb, x.sheets.services, [
    { header: c.service, kind: 'text', value: (s) => s.name },
    { header: x.archived, kind: 'text', value: (s) => (s.archived ? c.yes : c.no) },
    { header: c.votes, kind: 'count', value: (s) => s.total },
    ...faceColumns<ServiceDetail>(w, table.faces, (s) => s.faces),
    ...scoreColumns<ServiceDetail>(w, (s) => s.score),
    ...changeColumns<ServiceDetail>(w, 'previous', (s) => s.comparisons),
    ...changeColumns<ServiceDetail>(w, 'year-before', (s) => s.comparisons),
    ...charterColumns<ServiceDetail>(w, (s) => s.charter),
    ...participationColumns<ServiceDetail>(w, (s) => s.participation),
  ], services.services);
  daysSheet(wb, w, services.daily, table.faces, report.minSample);
  reasonsSheet(wb, w, { negative: followUp.negative, reasons: services.reasons }, services.services.filter((s) => s.reasons.length > 0).map((s) => ({ service: s.name, negative: s.negative, reasons: s.reasons })));
  participationSheet(
    wb,
    w,
    participationRows(w, report.participation.total, report.participation.byChannel, [
      { scope: c.office, rows: report.offices.map((o) => ({ name: o.name, participation: o.participation })) },
      { scope: c.service, rows: services.services.map((s) => ({ name: s.name, participation: s.participation })) },
    ]),
  );
  charterSheet(wb, w, services.services.map((s) => ({ service: s.name, check: s.charter })), false);
  detailSheet(wb, w, table, true);
  return workbookBytes(wb);
}
