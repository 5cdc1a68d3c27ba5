// The monthly report of one office as a PDF: a summary page (the verdict, comparisons, the charter at a
// glance, services worst first, participation, data quality), then a page per service with votes.
import type { OfficeReport } from '../../../contract/report';
import { buildOfficeReport, type ReportContext } from '../../office/build-office-report';
import { getTerminalScales } from '../../queries/get-terminal-scales';
import { facesInUse } from '../faces-in-use';
import type { ExportText } from '../words/export-text';
import { brandingOf } from './branding';
import { drawFaceBar } from './charts';
import { COLORS, drawFooters, Flow, type Branding } from './layout';
import { newPdf } from './pdf-document';
import { dataQualityText, drawCharterGlance, drawComparisons, drawHowToRead, drawParticipation, drawScore, drawScoredTable, drawServicePage } from './sections';

/** The office's report over `from`..`to` (local days, both included) as an A4 PDF in `t`'s language. Errors as buildOfficeReport's. */
export async function officeReportPdf(ctx: ReportContext, officeId: string, from: string, to: string, t: ExportText): Promise<Buffer> {
  const report = await buildOfficeReport(ctx, officeId, from, to);
  const scales = await getTerminalScales(ctx.db, [officeId]);
  return renderOfficePdf(report, facesInUse(scales, Object.entries(report.totals.faces).filter(([, n]) => n > 0).map(([f]) => f)), t, await brandingOf(
    ctx.db,
    report.office.administrationId,
    report.office.administration,
    t.w.pdf.officeReport(report.office.name),
    report.period,
    report.dataQuality.computedAt,
    report.office.timeZone,
    t,
  ));
}

async function renderOfficePdf(report: OfficeReport, faces: ReturnType<typeof facesInUse>, t: ExportText, branding: Branding): Promise<Buffer> {
  const { w, f } = t;
  const { office, period } = report;
  const when = f.period(period.from, period.to);
  const { doc, finish } = await newPdf({ lang: w.locale, title: w.pdf.documentOf(office.name, when), author: office.administration, subject: w.pdf.officeSubject });
  const flow = new Flow(doc, branding);
  flow.heading(office.name, 18);
  flow.paragraph(w.pdf.reportOf(when), { size: 11, color: COLORS.muted });
  flow.gap(8);

  flow.heading(w.pdf.howWeAreDoing, 13);
  if (report.totals.total === 0) flow.paragraph(w.pdf.noVotes, { size: 11, color: COLORS.muted });
  drawScore(flow, t, report.score, report.minSample);
  drawFaceBar(flow, t, faces, report.totals.faces, report.totals.total);
  drawComparisons(flow, t, report.comparisons);
  drawCharterGlance(flow, t, report.byService.map((s) => ({ name: s.name, check: s.charter })));

  const rated = report.byService.filter((s) => s.total > 0);
  const silent = report.byService.filter((s) => s.total === 0);
  flow.heading(w.pdf.servicesWorstFirst, 11);
  if (rated.length > 0) {
    drawScoredTable(flow, t, rated, w.common.service);
    flow.paragraph(w.pdf.servicesOrderNote, { size: 8, color: COLORS.muted });
  }
  if (silent.length > 0) flow.paragraph(w.pdf.silentServices(silent.map((s) => s.name).join(', ')), { size: 9, color: COLORS.muted });
  flow.gap(4);
  drawParticipation(flow, t, report.participation.total, report.participation.byChannel);
  flow.paragraph(dataQualityText(t, report.dataQuality, office.timeZone), { size: 8.5, color: COLORS.muted });

  const trendOf = new Map(report.trend.byService.map((x) => [x.serviceId, x.buckets]));
  const reasonsOf = new Map(report.reasonsByService.map((r) => [r.serviceId, r]));
  for (const s of rated) {
    drawServicePage(
      flow,
      t,
      {
        ...s,
        negative: reasonsOf.get(s.serviceId)?.negative ?? negativeOf(s.faces),
        reasons: reasonsOf.get(s.serviceId)?.reasons ?? [],
        trend: { unit: report.trend.unit, buckets: trendOf.get(s.serviceId) ?? [] },
      },
      faces,
      report.minSample,
      `${office.name} · ${when}`,
    );
  }
  drawHowToRead(flow, t, report.minSample);
  drawFooters(doc, branding);
  return finish();
}

function negativeOf(faces: OfficeReport['totals']['faces']): number {
  return faces.negativo + faces.pessimo;
}
