// An administration's yearly report as an Excel workbook: the year, its months, each office's services with the charter checks.
import type { YearlyReport, YearlyService } from '../../../contract/yearly';
import type { FaceId } from '../../../contract/scale';
import { VERDICT_WORDS, W } from '../words';
import { charterColumns, faceColumns, participationColumns, scoreColumns } from './columns';
import { charterSheet } from './shared-sheets';
import { summarySheet } from './summary-sheet';
import { newWorkbook, tableSheet, workbookBytes } from './workbook';

type Month = YearlyReport['months'][number];
type OfficeService = YearlyService & { office: string };

export async function yearlyReportXlsx(report: YearlyReport, faces: readonly FaceId[], timeZone: string): Promise<Buffer> {
  const { administration, period } = report;
  const wb = await newWorkbook(`Relazione annuale sul gradimento ${report.year}: ${administration.name}`, report.year, new Date(report.dataQuality.computedAt));
  summarySheet(wb, {
    title: `Gradimento dei servizi nel ${report.year}: ${administration.name}`,
    about: [
      { label: 'Amministrazione', kind: 'text', value: administration.name },
      { label: 'Anno', kind: 'text', value: report.year },
      { label: 'Uffici con giudizi', kind: 'count', value: report.offices.length },
    ],
    from: period.from,
    to: period.to,
    timeZone,
    dataQuality: report.dataQuality,
    minSample: report.minSample,
    total: report.total,
    score: report.score,
    faces,
    faceCounts: report.faces,
    comparisons: [report.previousYear],
    sections: [
      {
        title: 'Carta dei servizi: servizi per ufficio con uno standard',
        facts: (['met', 'met-within-noise', 'missed-within-noise', 'missed', 'small-sample', 'no-votes'] as const).map((v) => ({ label: VERDICT_WORDS[v], kind: 'count' as const, value: report.charter[v] })),
      },
    ],
  });
  tableSheet<Month>(wb, 'Mesi', [
    { header: 'Mese', kind: 'month', value: (m) => m.month },
    { header: W.votes, kind: 'count', value: (m) => m.total },
    ...faceColumns<Month>(faces, (m) => m.faces),
    ...scoreColumns<Month>((m) => m.score),
  ], report.months);
  const serviceColumns = [
    { header: W.votes, kind: 'count' as const, value: (s: YearlyService) => s.total },
    ...faceColumns<YearlyService>(faces, (s) => s.faces),
    ...scoreColumns<YearlyService>((s) => s.score),
    ...charterColumns<YearlyService>((s) => s.charter),
    ...participationColumns<YearlyService>((s) => s.participation),
  ];
  const perOffice: OfficeService[] = report.offices.flatMap((o) => o.services.map((s) => ({ ...s, office: o.name })));
  tableSheet<OfficeService>(wb, 'Uffici e servizi', [
    { header: W.office, kind: 'text', value: (s) => s.office },
    { header: W.service, kind: 'text', value: (s) => s.name },
    ...serviceColumns,
  ], perOffice);
  tableSheet<YearlyService>(wb, 'Servizi', [{ header: W.service, kind: 'text', value: (s) => s.name }, ...serviceColumns], report.byService);
  charterSheet(wb, perOffice.map((s) => ({ office: s.office, service: s.name, check: s.charter })), true);
  return workbookBytes(wb);
}
