// An administration's report as an Excel workbook: its offices side by side, then its services, days, reasons, participation, charter.
import type { AdministrationReport } from '../../../contract/levels';
import type { AdministrationServices, ServiceDetail } from '../../levels/build-administration-services';
import type { DailyTable } from '../daily-rows';
import { VERDICT_WORDS, W } from '../words';
import { changeColumns, charterColumns, faceColumns, participationColumns, scoreColumns } from './columns';
import { charterSheet, daysSheet, detailSheet, participationRows, participationSheet, reasonsSheet } from './shared-sheets';
import { followUpSection, summarySheet } from './summary-sheet';
import { newWorkbook, tableSheet, workbookBytes } from './workbook';

type Office = AdministrationReport['offices'][number];

export async function administrationReportXlsx(report: AdministrationReport, services: AdministrationServices, table: DailyTable, timeZone: string): Promise<Buffer> {
  const { administration, period } = report;
  const wb = await newWorkbook(`Rapporto di gradimento: ${administration.name}`, `${period.from} – ${period.to}`, new Date(report.dataQuality.computedAt));
  const followUp = services.followUp;
  summarySheet(wb, {
    title: `Rapporto di gradimento: ${administration.name}`,
    about: [
      { label: 'Amministrazione', kind: 'text', value: administration.name },
      { label: 'Uffici con giudizi', kind: 'count', value: report.offices.filter((o) => o.total > 0).length },
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
    sections: [followUpSection(followUp)],
  });
  tableSheet<Office>(wb, 'Uffici', [
    { header: W.office, kind: 'text', value: (o) => o.name },
    { header: 'Posizione', kind: 'count', value: (o) => o.rank },
    { header: 'Archiviato', kind: 'text', value: (o) => (o.archived ? W.yes : W.no) },
    { header: W.votes, kind: 'count', value: (o) => o.total },
    ...faceColumns<Office>(table.faces, (o) => o.faces),
    ...scoreColumns<Office>((o) => o.score),
    ...(['met', 'met-within-noise', 'missed-within-noise', 'missed', 'small-sample'] as const).map((v) => ({ header: `Carta: ${VERDICT_WORDS[v].toLowerCase()}`, kind: 'count' as const, value: (o: Office) => o.charter[v] })),
    ...participationColumns<Office>((o) => o.participation),
  ], report.offices);
  tableSheet<ServiceDetail>(wb, 'Servizi', [
    { header: W.service, kind: 'text', value: (s) => s.name },
    { header: 'Archiviato', kind: 'text', value: (s) => (s.archived ? W.yes : W.no) },
    { header: W.votes, kind: 'count', value: (s) => s.total },
    ...faceColumns<ServiceDetail>(table.faces, (s) => s.faces),
    ...scoreColumns<ServiceDetail>((s) => s.score),
    ...changeColumns<ServiceDetail>('previous', (s) => s.comparisons),
    ...changeColumns<ServiceDetail>('year-before', (s) => s.comparisons),
    ...charterColumns<ServiceDetail>((s) => s.charter),
    ...participationColumns<ServiceDetail>((s) => s.participation),
  ], services.services);
  daysSheet(wb, services.daily, table.faces);
  reasonsSheet(wb, { negative: followUp.negative, reasons: services.reasons }, services.services.filter((s) => s.reasons.length > 0).map((s) => ({ service: s.name, negative: s.negative, reasons: s.reasons })));
  participationSheet(
    wb,
    participationRows(report.participation.total, report.participation.byChannel, [
      { scope: W.office, rows: report.offices.map((o) => ({ name: o.name, participation: o.participation })) },
      { scope: W.service, rows: services.services.map((s) => ({ name: s.name, participation: s.participation })) },
    ]),
  );
  charterSheet(wb, services.services.map((s) => ({ service: s.name, check: s.charter })), false);
  detailSheet(wb, table, true);
  return workbookBytes(wb);
}
