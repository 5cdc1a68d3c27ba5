// The monthly report of one office as a PDF: a summary page (the verdict, comparisons, the charter at a
// glance, services worst first, participation, data quality), then a page per service with votes.
import type { OfficeReport } from '../../../contract/report';
import { buildOfficeReport, type ReportContext } from '../../office/build-office-report';
import { getTerminalScales } from '../../queries/get-terminal-scales';
import { facesInUse } from '../faces-in-use';
import { formatPeriod } from '../format';
import { brandingOf } from './branding';
import { drawFaceBar } from './charts';
import { COLORS, drawFooters, Flow } from './layout';
import { newPdf } from './pdf-document';
import { dataQualityText, drawCharterGlance, drawComparisons, drawHowToRead, drawParticipation, drawScore, drawScoredTable, drawServicePage } from './sections';

/** The office's report over `from`..`to` (local days, both included) as an A4 PDF in Italian. Errors as buildOfficeReport's. */
export async function officeReportPdf(ctx: ReportContext, officeId: string, from: string, to: string): Promise<Buffer> {
  const report = await buildOfficeReport(ctx, officeId, from, to);
  const scales = await getTerminalScales(ctx.db, [officeId]);
  return renderOfficePdf(report, facesInUse(scales, Object.entries(report.totals.faces).filter(([, n]) => n > 0).map(([f]) => f)), await brandingOf(
    ctx.db,
    report.office.administrationId,
    report.office.administration,
    `Rapporto di gradimento · ${report.office.name}`,
    report.period,
    report.dataQuality.computedAt,
    report.office.timeZone,
  ));
}

async function renderOfficePdf(report: OfficeReport, faces: ReturnType<typeof facesInUse>, branding: Awaited<ReturnType<typeof brandingOf>>): Promise<Buffer> {
  const { office, period } = report;
  const { doc, finish } = await newPdf({ title: `Rapporto di gradimento: ${office.name}, ${formatPeriod(period.from, period.to)}`, author: office.administration, subject: 'Soddisfazione dei cittadini per servizio' });
  const flow = new Flow(doc, branding);
  flow.heading(office.name, 18);
  flow.paragraph(`Rapporto di gradimento, ${formatPeriod(period.from, period.to)}`, { size: 11, color: COLORS.muted });
  flow.gap(8);

  flow.heading('Come stiamo andando', 13);
  if (report.totals.total === 0) flow.paragraph('Nessun giudizio nel periodo.', { size: 11, color: COLORS.muted });
  drawScore(flow, report.score, report.minSample);
  drawFaceBar(flow, faces, report.totals.faces, report.totals.total);
  drawComparisons(flow, report.comparisons);
  drawCharterGlance(flow, report.byService.map((s) => ({ name: s.name, check: s.charter })));

  const rated = report.byService.filter((s) => s.total > 0);
  const silent = report.byService.filter((s) => s.total === 0);
  flow.heading('Servizi, dal peggiore', 11);
  if (rated.length > 0) drawScoredTable(flow, rated, 'Servizio');
  if (silent.length > 0) flow.paragraph(`Nessun giudizio per: ${silent.map((s) => s.name).join(', ')}.`, { size: 9, color: COLORS.muted });
  flow.gap(4);
  drawParticipation(flow, report.participation.total, report.participation.byChannel);
  flow.paragraph(dataQualityText(report.dataQuality, office.timeZone), { size: 8.5, color: COLORS.muted });
  drawHowToRead(flow, report.minSample);

  const trendOf = new Map(report.trend.byService.map((t) => [t.serviceId, t.buckets]));
  const reasonsOf = new Map(report.reasonsByService.map((r) => [r.serviceId, r]));
  for (const s of rated) {
    drawServicePage(
      flow,
      {
        ...s,
        negative: reasonsOf.get(s.serviceId)?.negative ?? negativeOf(s.faces),
        reasons: reasonsOf.get(s.serviceId)?.reasons ?? [],
        trend: { unit: report.trend.unit, buckets: trendOf.get(s.serviceId) ?? [] },
      },
      faces,
      report.minSample,
      `${office.name} · ${formatPeriod(period.from, period.to)}`,
    );
  }
  drawFooters(doc, branding);
  return finish();
}

function negativeOf(faces: OfficeReport['totals']['faces']): number {
  return faces.negativo + faces.pessimo;
}
