// The monthly report of an administration as a PDF: a summary page (the verdict, comparisons, the charter
// at a glance, offices side by side, services worst first, participation, data quality), then a page per service.
import type { AdministrationReport } from '../../../contract/levels';
import type { ReportContext } from '../../office/build-office-report';
import { administrationExport, type AdministrationExport } from '../administration-data';
import { formatCount, formatIndex, formatPeriod, formatShare } from '../format';
import { brandingOf } from './branding';
import { drawFaceBar } from './charts';
import { COLORS, drawFooters, Flow, type Branding } from './layout';
import { newPdf } from './pdf-document';
import { dataQualityText, drawCharterGlance, drawComparisons, drawHowToRead, drawParticipation, drawScore, drawScoredTable, drawServicePage } from './sections';
import { drawTable } from './table';

/** The administration's report over `from`..`to` (local days, both included) as an A4 PDF in Italian. Errors as buildAdministrationReport's. */
export async function administrationReportPdf(ctx: ReportContext, administrationId: string, from: string, to: string): Promise<Buffer> {
  const data = await administrationExport(ctx, administrationId, from, to);
  const { report } = data;
  const branding = await brandingOf(ctx.db, administrationId, report.administration.name, 'Rapporto di gradimento dell’amministrazione', report.period, report.dataQuality.computedAt, data.timeZone);
  return renderAdministrationPdf(data, branding);
}

type Office = AdministrationReport['offices'][number];

/** "3 su 4 rispettati": the standards an office met, out of those judged. */
function officeCharter(o: Office): string {
  const c = o.charter;
  const judged = c.met + c['met-within-noise'] + c['missed-within-noise'] + c.missed;
  if (judged === 0) return c['small-sample'] > 0 ? 'campione piccolo' : '–';
  return `${c.met + c['met-within-noise']} su ${judged} rispettati`;
}

async function renderAdministrationPdf({ report, services, faces, timeZone }: AdministrationExport, branding: Branding): Promise<Buffer> {
  const { administration, period } = report;
  const when = formatPeriod(period.from, period.to);
  const { doc, finish } = await newPdf({ title: `Rapporto di gradimento: ${administration.name}, ${when}`, author: administration.name, subject: 'Soddisfazione dei cittadini per ufficio e servizio' });
  const flow = new Flow(doc, branding);
  flow.heading(administration.name, 18);
  flow.paragraph(`Rapporto di gradimento, ${when}`, { size: 11, color: COLORS.muted });
  flow.gap(8);

  flow.heading('Come stiamo andando', 13);
  if (report.totals.total === 0) flow.paragraph('Nessun giudizio nel periodo.', { size: 11, color: COLORS.muted });
  drawScore(flow, report.score, report.minSample);
  drawFaceBar(flow, faces, report.totals.faces, report.totals.total);
  drawComparisons(flow, report.comparisons);
  drawCharterGlance(flow, services.services.map((s) => ({ name: s.name, check: s.charter })));

  const rated = report.offices.filter((o) => o.total > 0);
  flow.heading('Uffici, dal migliore', 11);
  if (rated.length === 0) flow.paragraph('Nessun ufficio ha ricevuto giudizi nel periodo.', { size: 9, color: COLORS.muted });
  else {
    drawTable<Office>(
      flow,
      [
        { header: 'Ufficio', weight: 34, text: (o) => `${o.name}${o.archived ? ' (archiviato)' : ''}`, bold: true },
        { header: 'Posizione', weight: 10, align: 'right', text: (o) => (o.rank === null ? '–' : `${o.rank}ª`) },
        { header: 'Giudizi', weight: 10, align: 'right', text: (o) => formatCount(o.total) },
        { header: 'Positivi', weight: 10, align: 'right', text: (o) => formatShare(o.score.positiveShare.value) },
        { header: 'Indice', weight: 9, align: 'right', text: (o) => formatIndex(o.score.index.value) },
        { header: 'Carta dei servizi', weight: 27, text: officeCharter },
      ],
      rated,
      { muted: (o) => o.score.positiveShare.smallSample },
    );
    flow.paragraph('La posizione ordina gli uffici per quota di positivi avvicinata alla media quando i giudizi sono pochi; sotto il campione minimo un ufficio resta in grigio, senza posizione.', { size: 8, color: COLORS.muted });
  }
  flow.gap(4);

  const ratedServices = services.services.filter((s) => s.total > 0);
  flow.heading('Servizi, dal peggiore', 11);
  if (ratedServices.length > 0) drawScoredTable(flow, ratedServices, 'Servizio');
  else flow.paragraph('Nessun servizio ha ricevuto giudizi nel periodo.', { size: 9, color: COLORS.muted });
  flow.gap(4);
  drawParticipation(flow, report.participation.total, report.participation.byChannel);
  flow.paragraph(dataQualityText(report.dataQuality, timeZone), { size: 8.5, color: COLORS.muted });
  drawHowToRead(flow, report.minSample);

  for (const s of ratedServices) {
    drawServicePage(flow, { ...s, trend: { unit: services.unit, buckets: s.trend } }, faces, report.minSample, `${administration.name}, tutti gli uffici · ${when}`);
  }
  drawFooters(doc, branding);
  return finish();
}
