// An administration's yearly report as an Excel workbook: the year, its months, each office's services with the charter checks.
import type { YearlyReport, YearlyService } from '../../../contract/yearly';
import type { FaceId } from '../../../contract/scale';
import type { ExportText } from '../words/export-text';
import { charterColumns, faceColumns, participationColumns, scoreColumns } from './columns';
import { charterSheet } from './shared-sheets';
import { summarySheet } from './summary-sheet';
import { newWorkbook, tableSheet, workbookBytes } from './workbook';

type Month = YearlyReport['months'][number];
type OfficeService = YearlyService & { office: string };

export async function yearlyReportXlsx(report: YearlyReport, faces: readonly FaceId[], timeZone: string, { w }: ExportText): Promise<Buffer> {
  const { administration, period } = report;
  const { common: c, xlsx: x } = w;
  const wb = await newWorkbook(`${w.yearlyReport(report.year)}: ${administration.name}`, report.year, new Date(report.dataQuality.computedAt));
  summarySheet(wb, w, {
    title: x.yearlySummaryOf(report.year, administration.name),
    about: [
      { label: c.administration, kind: 'text', value: administration.name },
      { label: x.year, kind: 'text', value: report.year },
      { label: x.officesWithVotes, kind: 'count', value: report.offices.length },
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
        title: x.yearlyCharter,
        facts: (['met', 'met-within-noise', 'missed-within-noise', 'missed', 'small-sample', 'no-votes'] as const).map((v) => ({ label: w.verdicts[v], kind: 'count' as const, value: report.charter[v] })),
      },
    ],
  });
  tableSheet<Month>(wb, x.sheets.months, [
    { header: x.month, kind: 'month', value: (m) => m.month },
    { header: c.votes, kind: 'count', value: (m) => m.total },
    ...faceColumns<Month>(w, faces, (m) => m.faces),
    ...scoreColumns<Month>(w, (m) => m.score),
  ], report.months);
  const serviceColumns = [
    { header: c.votes, kind: 'count' as const, value: (s: YearlyService) => s.total },
    ...faceColumns<YearlyService>(w, faces, (s) => s.faces),
    ...scoreColumns<YearlyService>(w, (s) => s.score),
    ...charterColumns<YearlyService>(w, (s) => s.charter),
    ...participationColumns<YearlyService>(w, (s) => s.participation),
  ];
  const perOffice: OfficeService[] = report.offices.flatMap((o) => o.services.map((s) => ({ ...s, office: o.name })));
  tableSheet<OfficeService>(wb, x.sheets.officesAndServices, [
    { header: c.office, kind: 'text', value: (s) => s.office },
    { header: c.service, kind: 'text', value: (s) => s.name },
    ...serviceColumns,
  ], perOffice);
  tableSheet<YearlyService>(wb, x.sheets.services, [{ header: c.service, kind: 'text', value: (s) => s.name }, ...serviceColumns], report.byService);
  charterSheet(wb, w, perOffice.map((s) => ({ office: s.office, service: s.name, check: s.charter })), true);
  return workbookBytes(wb);
}
