// An administration's yearly report as a PDF, for its annual performance report: the year at a glance
// (score, the months, the charter), its offices and services, then a page per office with its services judged against the charter.
import type { TrendBucket } from '../../../contract/report';
import type { FaceId } from '../../../contract/scale';
import type { YearlyReport } from '../../../contract/yearly';
import { formatCount, formatIndex, formatShare } from '../format';
import { VERDICT_WORDS } from '../words';
import { brandingOf } from './branding';
import { drawFaceBar, drawTrendChart } from './charts';
import { COLORS, drawFooters, Flow, type Branding } from './layout';
import { newPdf } from './pdf-document';
import { dataQualityText, drawCharterGlance, drawComparisons, drawHowToRead, drawScore, drawScoredTable, participationText } from './sections';
import { drawTable } from './table';
import type { Db } from '../../../store/database';

type Office = YearlyReport['offices'][number];

const lastDayOf = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** The months as trend buckets, so the year's chart is the same chart a service page draws. */
export function monthBuckets(report: YearlyReport): TrendBucket[] {
  return report.months.map((m) => ({ from: `${m.month}-01`, to: lastDayOf(m.month), total: m.total, faces: m.faces, score: m.score }));
}

function officeCharter(o: Office): string {
  const c = o.charter;
  const judged = c.met + c['met-within-noise'] + c['missed-within-noise'] + c.missed;
  if (judged === 0) return c['small-sample'] > 0 ? 'campione piccolo' : '–';
  return `${c.met + c['met-within-noise']} su ${judged} rispettati`;
}

export async function yearlyReportPdf(db: Db, report: YearlyReport, faces: readonly FaceId[], timeZone: string): Promise<Buffer> {
  const branding = await brandingOf(db, report.administration.id, report.administration.name, `Relazione annuale sul gradimento ${report.year}`, report.period, report.dataQuality.computedAt, timeZone);
  return renderYearlyPdf(report, faces, timeZone, branding);
}

async function renderYearlyPdf(report: YearlyReport, faces: readonly FaceId[], timeZone: string, branding: Branding): Promise<Buffer> {
  const { administration, year } = report;
  const { doc, finish } = await newPdf({ title: `Relazione annuale sul gradimento ${year}: ${administration.name}`, author: administration.name, subject: 'Gradimento dei servizi per ufficio e servizio, con la verifica della Carta dei servizi' });
  const flow = new Flow(doc, branding);
  flow.heading(administration.name, 18);
  flow.paragraph(`Gradimento dei servizi nell’anno ${year}, per la relazione sulla performance`, { size: 11, color: COLORS.muted });
  flow.gap(8);

  flow.heading(`Il ${year} in sintesi`, 13);
  if (report.total === 0) flow.paragraph(`Nessun giudizio nel ${year}.`, { size: 11, color: COLORS.muted });
  drawScore(flow, report.score, report.minSample);
  drawFaceBar(flow, faces, report.faces, report.total);
  drawComparisons(flow, [report.previousYear]);
  drawTrendChart(flow, { unit: 'month', buckets: monthBuckets(report), title: 'Mese per mese' }, 170);
  flow.gap(6);

  const c = report.charter;
  const judged = Object.values(c).reduce((n, x) => n + x, 0);
  flow.heading('Carta dei servizi', 11);
  if (judged === 0) flow.paragraph('Nessun servizio ha uno standard nella Carta dei servizi per l’anno.', { size: 9, color: COLORS.muted });
  else {
    const parts = (Object.keys(c) as (keyof typeof c)[]).filter((v) => c[v] > 0).map((v) => `${VERDICT_WORDS[v]}: ${c[v]}`);
    flow.paragraph(`${judged === 1 ? '1 servizio' : `${judged} servizi`} con uno standard, contati ufficio per ufficio. ${parts.join(' · ')}.`, { size: 9 });
  }
  flow.gap(4);

  flow.heading('Uffici', 11);
  if (report.offices.length === 0) flow.paragraph(`Nessun ufficio ha ricevuto giudizi nel ${year}.`, { size: 9, color: COLORS.muted });
  else {
    drawTable<Office>(
      flow,
      [
        { header: 'Ufficio', weight: 36, text: (o) => `${o.name}${o.archived ? ' (archiviato)' : ''}`, bold: true },
        { header: 'Giudizi', weight: 11, align: 'right', text: (o) => formatCount(o.total) },
        { header: 'Positivi', weight: 11, align: 'right', text: (o) => formatShare(o.score.positiveShare.value) },
        { header: 'Indice', weight: 10, align: 'right', text: (o) => formatIndex(o.score.index.value) },
        { header: 'Carta dei servizi', weight: 32, text: officeCharter },
      ],
      report.offices,
      { muted: (o) => o.score.positiveShare.smallSample },
    );
  }
  flow.heading('Servizi, tutti gli uffici insieme', 11);
  if (report.byService.length > 0) drawScoredTable(flow, report.byService, 'Servizio');
  else flow.paragraph(`Nessun servizio ha ricevuto giudizi nel ${year}.`, { size: 9, color: COLORS.muted });
  flow.gap(4);
  flow.paragraph(dataQualityText(report.dataQuality, timeZone), { size: 8.5, color: COLORS.muted });
  drawHowToRead(flow, report.minSample);

  for (const o of report.offices) {
    flow.page();
    doc.font('regular').fontSize(9).fillColor(COLORS.muted).text(`${administration.name} · anno ${year}`);
    flow.heading(`${o.name}${o.archived ? ' (archiviato)' : ''}`, 16);
    flow.gap(4);
    drawScore(flow, o.score, report.minSample);
    drawFaceBar(flow, faces, o.faces, o.total);
    flow.heading('Servizi, in ordine alfabetico', 11);
    drawScoredTable(flow, o.services, 'Servizio');
    drawCharterGlance(flow, o.services.map((s) => ({ name: s.name, check: s.charter })));
    flow.heading('Partecipazione', 11);
    flow.paragraph(participationText(o.participation), { size: 9 });
  }
  drawFooters(doc, branding);
  return finish();
}
