// An administration's yearly report as a PDF, for its annual performance report: the year at a glance
// (score, the months, the charter), its offices and services, then a page per office with its services judged against the charter.
import type { TrendBucket } from '../../../contract/report';
import type { FaceId } from '../../../contract/scale';
import type { YearlyReport } from '../../../contract/yearly';
import type { Db } from '../../../store/database';
import type { ExportText } from '../words/export-text';
import { officeCharter } from './administration-pdf';
import { brandingOf } from './branding';
import { drawFaceBar, drawTrendChart } from './charts';
import { COLORS, drawFooters, Flow, type Branding } from './layout';
import { newPdf } from './pdf-document';
import { dataQualityText, drawCharterGlance, drawComparisons, drawHowToRead, drawScore, drawScoredTable, participationText } from './sections';
import { drawTable } from './table';

type Office = YearlyReport['offices'][number];

const lastDayOf = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** The months as trend buckets, so the year's chart is the same chart a service page draws. */
export function monthBuckets(report: YearlyReport): TrendBucket[] {
  return report.months.map((m) => ({ from: `${m.month}-01`, to: lastDayOf(m.month), total: m.total, faces: m.faces, score: m.score }));
}

export async function yearlyReportPdf(db: Db, report: YearlyReport, faces: readonly FaceId[], timeZone: string, t: ExportText): Promise<Buffer> {
  const branding = await brandingOf(db, report.administration.id, report.administration.name, t.w.yearlyReport(report.year), report.period, report.dataQuality.computedAt, timeZone, t);
  return renderYearlyPdf(report, faces, timeZone, t, branding);
}

async function renderYearlyPdf(report: YearlyReport, faces: readonly FaceId[], timeZone: string, t: ExportText, branding: Branding): Promise<Buffer> {
  const { w, f } = t;
  const { administration, year } = report;
  const { doc, finish } = await newPdf({ lang: w.locale, title: `${w.yearlyReport(year)}: ${administration.name}`, author: administration.name, subject: w.pdf.yearlySubject });
  const flow = new Flow(doc, branding);
  flow.heading(administration.name, 18);
  flow.paragraph(w.pdf.yearlyIntro(year), { size: 11, color: COLORS.muted });
  flow.gap(8);

  flow.heading(w.pdf.yearAtAGlance(year), 13);
  if (report.total === 0) flow.paragraph(w.pdf.noVotesInYear(year), { size: 11, color: COLORS.muted });
  drawScore(flow, t, report.score, report.minSample);
  drawFaceBar(flow, t, faces, report.faces, report.total);
  drawComparisons(flow, t, [report.previousYear]);
  drawTrendChart(flow, t, { unit: 'month', buckets: monthBuckets(report), title: w.pdf.monthByMonth }, 170);
  flow.gap(6);

  const c = report.charter;
  const judged = Object.values(c).reduce((n, x) => n + x, 0);
  flow.heading(w.common.charter, 11);
  if (judged === 0) flow.paragraph(w.pdf.charterNoneInYear, { size: 9, color: COLORS.muted });
  else {
    const parts = (Object.keys(c) as (keyof typeof c)[]).filter((v) => c[v] > 0).map((v) => `${w.verdicts[v]}: ${c[v]}`);
    flow.paragraph(`${w.pdf.yearlyCharterCount(judged)} ${parts.join(' · ')}.`, { size: 9 });
  }
  flow.gap(4);

  flow.heading(w.pdf.offices, 11);
  if (report.offices.length === 0) flow.paragraph(w.pdf.noOfficeVotesInYear(year), { size: 9, color: COLORS.muted });
  else {
    drawTable<Office>(
      flow,
      [
        { header: w.common.office, weight: 36, text: (o) => (o.archived ? w.pdf.archived(o.name) : o.name), bold: true },
        { header: w.common.votes, weight: 11, align: 'right', text: (o) => f.count(o.total) },
        { header: w.pdf.positive, weight: 11, align: 'right', text: (o) => f.share(o.score.positiveShare.value) },
        { header: w.pdf.index, weight: 10, align: 'right', text: (o) => f.index(o.score.index.value) },
        { header: w.common.charter, weight: 32, text: (o) => officeCharter(w, o.charter) },
      ],
      report.offices,
      { muted: (o) => o.score.positiveShare.smallSample },
    );
  }
  flow.heading(w.pdf.servicesAllOffices, 11);
  if (report.byService.length > 0) drawScoredTable(flow, t, report.byService, w.common.service);
  else flow.paragraph(w.pdf.noServiceVotesInYear(year), { size: 9, color: COLORS.muted });
  flow.gap(4);
  flow.paragraph(dataQualityText(t, report.dataQuality, timeZone), { size: 8.5, color: COLORS.muted });

  for (const o of report.offices) {
    flow.section();
    doc.font('regular').fontSize(9).fillColor(COLORS.muted).text(`${administration.name} · ${w.periodYear(year)}`);
    flow.heading(o.archived ? w.pdf.archived(o.name) : o.name, 16);
    flow.gap(4);
    drawScore(flow, t, o.score, report.minSample);
    drawFaceBar(flow, t, faces, o.faces, o.total);
    flow.heading(w.pdf.servicesAlphabetical, 11);
    drawScoredTable(flow, t, o.services, w.common.service);
    drawCharterGlance(flow, t, o.services.map((s) => ({ name: s.name, check: s.charter })));
    flow.heading(w.common.participation, 11);
    flow.paragraph(participationText(t, o.participation), { size: 9 });
  }
  drawHowToRead(flow, t, report.minSample);
  drawFooters(doc, branding);
  return finish();
}
