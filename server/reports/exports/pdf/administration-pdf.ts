// The monthly report of an administration as a PDF: a summary page (the verdict, comparisons, the charter
// at a glance, offices side by side, services worst first, participation, data quality), then a page per service.
import type { AdministrationReport, CharterSummary } from '../../../contract/levels';
import type { ReportContext } from '../../office/build-office-report';
import { administrationExport, type AdministrationExport } from '../administration-data';
import type { ExportText } from '../words/export-text';
import type { ExportWords } from '../words/it';
import { brandingOf } from './branding';
import { drawFaceBar } from './charts';
import { COLORS, drawFooters, Flow, type Branding } from './layout';
import { newPdf } from './pdf-document';
import { dataQualityText, drawCharterGlance, drawComparisons, drawHowToRead, drawParticipation, drawScore, drawScoredTable, drawServicePage } from './sections';
import { drawTable } from './table';

/** The administration's report over `from`..`to` (local days, both included) as an A4 PDF in `t`'s language. Errors as buildAdministrationReport's. */
export async function administrationReportPdf(ctx: ReportContext, administrationId: string, from: string, to: string, t: ExportText): Promise<Buffer> {
  const data = await administrationExport(ctx, administrationId, from, to);
  const { report } = data;
  const branding = await brandingOf(ctx.db, administrationId, report.administration.name, t.w.pdf.administrationReport, report.period, report.dataQuality.computedAt, data.timeZone, t);
  return renderAdministrationPdf(data, t, branding);
}

type Office = AdministrationReport['offices'][number];

/** "3 su 4 rispettati": the standards an office (or its services over a year) met, out of those judged. */
export function officeCharter(w: ExportWords, c: CharterSummary): string {
  const judged = c.met + c['met-within-noise'] + c['missed-within-noise'] + c.missed;
  if (judged === 0) return c['small-sample'] > 0 ? w.pdf.smallSample : '–';
  return w.pdf.officeCharter(c.met + c['met-within-noise'], judged);
}

async function renderAdministrationPdf({ report, services, faces, timeZone }: AdministrationExport, t: ExportText, branding: Branding): Promise<Buffer> {
  const { w, f } = t;
  const { administration, period } = report;
  const when = f.period(period.from, period.to);
  const { doc, finish } = await newPdf({ lang: w.locale, title: w.pdf.documentOf(administration.name, when), author: administration.name, subject: w.pdf.administrationSubject });
  const flow = new Flow(doc, branding);
  flow.heading(administration.name, 18);
  flow.paragraph(w.pdf.reportOf(when), { size: 11, color: COLORS.muted });
  flow.gap(8);

  flow.heading(w.pdf.howWeAreDoing, 13);
  if (report.totals.total === 0) flow.paragraph(w.pdf.noVotes, { size: 11, color: COLORS.muted });
  drawScore(flow, t, report.score, report.minSample);
  drawFaceBar(flow, t, faces, report.totals.faces, report.totals.total);
  drawComparisons(flow, t, report.comparisons);
  drawCharterGlance(flow, t, services.services.map((s) => ({ name: s.name, check: s.charter })));

  const rated = report.offices.filter((o) => o.total > 0);
  flow.heading(w.pdf.officesBestFirst, 11);
  if (rated.length === 0) flow.paragraph(w.pdf.noOfficeVotes, { size: 9, color: COLORS.muted });
  else {
    drawTable<Office>(
      flow,
      [
        { header: w.common.office, weight: 34, text: (o) => (o.archived ? w.pdf.archived(o.name) : o.name), bold: true },
        { header: w.common.rank, weight: 10, align: 'right', text: (o) => (o.rank === null ? '–' : w.pdf.position(o.rank)) },
        { header: w.common.votes, weight: 10, align: 'right', text: (o) => f.count(o.total) },
        { header: w.pdf.positive, weight: 10, align: 'right', text: (o) => f.share(o.score.positiveShare.value) },
        { header: w.pdf.index, weight: 9, align: 'right', text: (o) => f.index(o.score.index.value) },
        { header: w.common.charter, weight: 27, text: (o) => officeCharter(w, o.charter) },
      ],
      rated,
      { muted: (o) => o.score.positiveShare.smallSample },
    );
    flow.paragraph(w.pdf.rankingNote, { size: 8, color: COLORS.muted });
  }
  flow.gap(4);

  const ratedServices = services.services.filter((s) => s.total > 0);
  flow.heading(w.pdf.servicesWorstFirst, 11);
  if (ratedServices.length > 0) {
    drawScoredTable(flow, t, ratedServices, w.common.service);
    flow.paragraph(w.pdf.servicesOrderNote, { size: 8, color: COLORS.muted });
  } else flow.paragraph(w.pdf.noServiceVotes, { size: 9, color: COLORS.muted });
  flow.gap(4);
  drawParticipation(flow, t, report.participation.total, report.participation.byChannel);
  flow.paragraph(dataQualityText(t, report.dataQuality, timeZone), { size: 8.5, color: COLORS.muted });

  for (const s of ratedServices) {
    drawServicePage(flow, t, { ...s, trend: { unit: services.unit, buckets: s.trend } }, faces, report.minSample, w.pdf.allOffices(administration.name, when));
  }
  drawHowToRead(flow, t, report.minSample);
  drawFooters(doc, branding);
  return finish();
}
