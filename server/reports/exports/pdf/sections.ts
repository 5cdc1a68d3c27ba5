// The blocks the PDF reports are made of: the verdict, the comparisons, the charter at a glance, participation,
// data quality, how to read, and the page of one service.
import type { CharterCheck, Comparison, DataQuality, OfficeReport, Participation, Score, TrendBucket, TrendUnit } from '../../../contract/report';
import type { FaceId } from '../../../contract/scale';
import { formatCount, formatDay, formatIndex, formatIndexPoints, formatInstant, formatP, formatPoints, formatShare, formatSharePoints, votesWord } from '../format';
import { changeWord, COMPARISON_WORDS, VERDICT_LONG, VERDICT_WORDS } from '../words';
import { drawFaceBar, drawIntervalBar, drawTrendChart } from './charts';
import { COLORS, LEFT, WIDTH, type Flow } from './layout';
import { drawTable } from './table';

export const VERDICT_COLORS: Readonly<Record<CharterCheck['verdict'], string>> = {
  met: COLORS.positive,
  'met-within-noise': COLORS.positive,
  'missed-within-noise': COLORS.negative,
  missed: COLORS.negative,
  'small-sample': COLORS.muted,
  'no-votes': COLORS.muted,
};

const interval = (low: number | null, high: number | null, f: (x: number | null) => string) => (low === null || high === null ? '–' : `${f(low)} – ${f(high)}`);

/** The two headline figures side by side, large, each with its interval and the votes behind it. */
export function drawScore(flow: Flow, score: Score, minSample: number): void {
  const { doc } = flow;
  flow.ensure(64);
  const y = doc.y;
  const half = WIDTH / 2;
  const grey = score.positiveShare.smallSample ? COLORS.faint : COLORS.text;
  const block = (x: number, big: string, unit: string, label: string, detail: string) => {
    doc.font('bold').fontSize(26).fillColor(grey).text(big, x, y, { lineBreak: false });
    const w = doc.widthOfString(big);
    doc.font('regular').fontSize(11).fillColor(COLORS.muted).text(unit, x + w + 4, y + 12, { lineBreak: false });
    doc.font('semibold').fontSize(10).fillColor(COLORS.text).text(label, x, y + 32, { width: half - 12 });
    doc.font('regular').fontSize(9).fillColor(COLORS.muted).text(detail, x, y + 45, { width: half - 12 });
  };
  const share = score.positiveShare;
  block(LEFT, formatShare(share.value), '', 'Giudizi positivi', `intervallo al 95%: ${interval(share.low, share.high, formatShare)} · ${votesWord(score.votes)}`);
  block(LEFT + half, formatIndex(score.index.value), 'su 100', 'Indice di soddisfazione', `intervallo al 95%: ${interval(score.index.low, score.index.high, formatIndex)}`);
  doc.y = y + 60;
  if (score.votes > 0 && share.smallSample) {
    flow.paragraph(`Campione piccolo: meno di ${minSample} giudizi. Le cifre sono mostrate in grigio e non sono confrontate né giudicate.`, { size: 9, color: COLORS.muted });
  }
  doc.fillColor(COLORS.text);
}

/** "Rispetto al periodo precedente (…): −40,0 punti (allora 90,0% su 20 giudizi), oltre il rumore (p = 0,003752)." */
export function comparisonText(c: Comparison): string {
  const when = `${COMPARISON_WORDS[c.kind]} (${formatDay(c.period.from)} – ${formatDay(c.period.to)})`;
  const share = c.positiveShare;
  if (share.delta === null || share.note) return `${when}: ${changeWord(share)}.`;
  const index = c.index.delta === null ? '' : `; indice ${formatIndexPoints(c.index.delta)}, ${changeWord(c.index)}${c.index.pValue === null ? '' : ` (p = ${formatP(c.index.pValue)})`}`;
  return `${when}: positivi ${formatSharePoints(share.delta)} (allora ${formatShare(c.score.positiveShare.value)} su ${votesWord(c.score.votes)}), ${changeWord(share)}${share.pValue === null ? '' : ` (p = ${formatP(share.pValue)})`}${index}.`;
}

export function drawComparisons(flow: Flow, comparisons: readonly Comparison[]): void {
  flow.doc.font('semibold').fontSize(10);
  flow.paragraph('Rispetto a prima', { font: 'semibold', size: 10 });
  for (const c of comparisons) {
    const beyond = c.positiveShare.significant;
    flow.paragraph(`• ${comparisonText(c)}`, { size: 9, color: beyond ? (c.positiveShare.delta! < 0 ? COLORS.negative : COLORS.positive) : COLORS.text });
  }
  flow.gap(4);
}

export interface CharterItem {
  name: string;
  check: CharterCheck | null;
}

/** How many services have a standard, how each came out, and the ones to act on by name. */
export function drawCharterGlance(flow: Flow, items: readonly CharterItem[], what = 'servizio'): void {
  const judged = items.filter((i) => i.check);
  flow.heading('Carta dei servizi', 11);
  if (judged.length === 0) {
    flow.paragraph(`Nessun ${what} ha uno standard nella Carta dei servizi per il periodo.`, { size: 9, color: COLORS.muted });
    flow.gap(4);
    return;
  }
  const counts = new Map<string, number>();
  for (const i of judged) counts.set(i.check!.verdict, (counts.get(i.check!.verdict) ?? 0) + 1);
  const parts = [...counts].map(([v, n]) => `${VERDICT_WORDS[v as CharterCheck['verdict']]}: ${n}`).join(' · ');
  flow.paragraph(`${judged.length} ${judged.length === 1 ? what : `${what === 'servizio' ? 'servizi' : what}`} su ${items.length} con uno standard. ${parts}.`, { size: 9 });
  for (const i of judged) {
    const c = i.check!;
    const margin = c.marginPct === null ? '' : ` (${formatPoints(c.marginPct)} dallo standard)`;
    const segments = c.segments.length > 1 ? '; lo standard è cambiato nel periodo, vale la parte peggiore' : '';
    flow.paragraph(`• ${i.name}: ${VERDICT_WORDS[c.verdict]}${margin}${segments}`, { size: 9, color: VERDICT_COLORS[c.verdict] });
  }
  flow.gap(4);
}

export function participationText(p: Participation): string {
  if (p.served === null) return 'Mancano i numeri delle persone servite: senza di loro la partecipazione non si può calcolare.';
  return `${formatShare(p.rate)}: ${formatCount(p.votes)} giudizi su ${formatCount(p.served)} persone servite, ${p.daysCovered === 1 ? 'in 1 giorno' : `in ${p.daysCovered} giorni`} con il dato.`;
}

export function drawParticipation(flow: Flow, total: Participation, byChannel: readonly { channel: string; participation: Participation }[]): void {
  flow.heading('Partecipazione', 11);
  flow.paragraph(participationText(total), { size: 9 });
  const channels = byChannel.filter((c) => c.participation.served !== null);
  if (channels.length > 1) for (const c of channels) flow.paragraph(`• ${c.channel}: ${participationText(c.participation)}`, { size: 9, color: COLORS.muted });
  flow.gap(4);
}

export function dataQualityText(q: DataQuality, timeZone: string): string {
  const parts = [`Calcolato il ${formatInstant(q.computedAt, timeZone)}`];
  parts.push(q.lateVotes === 1 ? '1 giudizio arrivato dopo la fine del periodo' : `${formatCount(q.lateVotes)} giudizi arrivati dopo la fine del periodo`);
  parts.push(q.redatedVotes === 1 ? '1 ridatato dal collettore (orologio del terminale sbagliato)' : `${formatCount(q.redatedVotes)} ridatati dal collettore (orologio del terminale sbagliato)`);
  const flagged = q.flaggedVotes.interval + q.flaggedVotes.burst;
  if (flagged > 0) parts.push(`${flagged === 1 ? '1 tocco escluso' : `${formatCount(flagged)} tocchi esclusi`} come uso improprio (${formatCount(q.flaggedVotes.interval)} troppo ravvicinati, ${formatCount(q.flaggedVotes.burst)} a raffica)`);
  if (q.periodOpen) parts.push('periodo in corso: arriveranno altri giudizi');
  return `Qualità dei dati: ${parts.join(' · ')}.`;
}

export function drawHowToRead(flow: Flow, minSample: number): void {
  flow.gap(4);
  flow.paragraph(
    `Come leggere: la quota di giudizi positivi è affiancata dal suo intervallo al 95% (Wilson) e dal numero di giudizi su cui poggia. ` +
      `Sotto ${minSample} giudizi una cifra è un campione piccolo: resta in grigio e non è confrontata né giudicata. ` +
      `Un cambiamento è «oltre il rumore» quando p < 0,05: vale la pena guardarlo, non è una prova. ` +
      `Lo standard della Carta è rispettato oltre il rumore quando anche l’estremo basso dell’intervallo lo raggiunge. Le definizioni sono in docs/metrics.md.`,
    { size: 8, color: COLORS.muted },
  );
}

/** A list of services (or offices) worst first, small samples greyed at the bottom. */
export interface ScoredRow {
  name: string;
  total: number;
  score: Score;
  charter: CharterCheck | null;
}

export function drawScoredTable(flow: Flow, rows: readonly ScoredRow[], nameHeader: string): void {
  drawTable<ScoredRow>(
    flow,
    [
      { header: nameHeader, weight: 34, text: (r) => r.name, bold: true },
      { header: 'Giudizi', weight: 9, align: 'right', text: (r) => formatCount(r.total) },
      { header: 'Positivi', weight: 10, align: 'right', text: (r) => formatShare(r.score.positiveShare.value) },
      { header: 'Intervallo al 95%', weight: 17, align: 'right', text: (r) => interval(r.score.positiveShare.low, r.score.positiveShare.high, formatShare) },
      { header: 'Indice', weight: 8, align: 'right', text: (r) => formatIndex(r.score.index.value) },
      { header: 'Carta dei servizi', weight: 22, text: (r) => (r.charter ? VERDICT_WORDS[r.charter.verdict] : '–'), color: (r) => (r.charter ? VERDICT_COLORS[r.charter.verdict] : COLORS.muted) },
    ],
    rows,
    { muted: (r) => r.score.positiveShare.smallSample },
  );
}

export interface ServicePage {
  name: string;
  archived: boolean;
  total: number;
  faces: Readonly<Record<string, number>>;
  score: Score;
  comparisons: readonly Comparison[];
  charter: CharterCheck | null;
  participation: Participation;
  negative: number;
  reasons: OfficeReport['reasons'];
  trend: { unit: TrendUnit; buckets: readonly TrendBucket[] };
}

/** One service on its own page: counts, share and index with intervals, the charter with its segments, reasons, the trend. */
export function drawServicePage(flow: Flow, s: ServicePage, faces: readonly FaceId[], minSample: number, context: string): void {
  flow.page();
  const { doc } = flow;
  doc.font('regular').fontSize(9).fillColor(COLORS.muted).text(context, LEFT, doc.y, { width: WIDTH });
  flow.heading(`${s.name}${s.archived ? ' (archiviato)' : ''}`, 16);
  flow.gap(4);
  drawScore(flow, s.score, minSample);
  drawFaceBar(flow, faces, s.faces, s.total);
  drawComparisons(flow, s.comparisons);

  flow.heading('Carta dei servizi', 11);
  if (!s.charter) flow.paragraph('Nessuno standard per questo servizio nel periodo.', { size: 9, color: COLORS.muted });
  else {
    const c = s.charter;
    const last = c.segments[c.segments.length - 1]!;
    flow.paragraph(
      c.segments.length > 1
        ? `Lo standard è cambiato nel periodo: ogni parte è giudicata con lo standard allora in vigore, e il servizio con la parte peggiore. Esito: ${VERDICT_WORDS[c.verdict]}.`
        : `Standard: almeno ${last.minPositivePct}% di giudizi positivi. Esito: ${VERDICT_WORDS[c.verdict]}, ${VERDICT_LONG[c.verdict]}.`,
      { size: 9, color: VERDICT_COLORS[c.verdict] },
    );
    type Segment = CharterCheck['segments'][number];
    drawTable<Segment>(
      flow,
      [
        { header: 'Dal – al', weight: 24, text: (g) => `${formatDay(g.from)} – ${formatDay(g.to)}` },
        { header: 'Standard', weight: 10, align: 'right', text: (g) => `≥ ${g.minPositivePct}%` },
        { header: 'Giudizi', weight: 8, align: 'right', text: (g) => formatCount(g.positiveShare.votes) },
        { header: 'Positivi', weight: 9, align: 'right', text: (g) => formatShare(g.positiveShare.value) },
        { header: 'Intervallo al 95%', weight: 15, align: 'right', text: (g) => interval(g.positiveShare.low, g.positiveShare.high, formatShare) },
        { header: 'Scarto', weight: 10, align: 'right', text: (g) => (g.marginPct === null ? '–' : formatPoints(g.marginPct)) },
        { header: 'Esito', weight: 20, text: (g) => VERDICT_WORDS[g.verdict], color: (g) => VERDICT_COLORS[g.verdict] },
      ],
      c.segments,
      { size: 8.5 },
    );
    // Each part's share against its standard, on one 0-100% scale.
    flow.ensure(14 * c.segments.length + 6);
    for (const g of c.segments) {
      const y = doc.y;
      doc.font('regular').fontSize(7.5).fillColor(COLORS.muted).text(`${formatDay(g.from)} – ${formatDay(g.to)}`, LEFT, y, { width: 150, lineBreak: false });
      drawIntervalBar(flow, LEFT + 160, y + 1, WIDTH - 200, g.positiveShare, g.minPositivePct);
      doc.y = y + 14;
    }
    doc.font('regular').fontSize(7).fillColor(COLORS.muted).text('Barra da 0 a 100%: il punto è la quota di positivi, la fascia il suo intervallo al 95%, la tacca nera lo standard.', LEFT, doc.y, { width: WIDTH });
    doc.y += 6;
  }

  flow.gap(6);
  drawTrendChart(flow, {
    unit: s.trend.unit,
    buckets: s.trend.buckets,
    standards: s.charter?.segments.map((g) => ({ from: g.from, to: g.to, minPositivePct: g.minPositivePct })),
    title: 'Andamento',
  }, 175);
  flow.gap(6);

  flow.heading('Perché: motivi dei giudizi negativi', 11);
  if (s.negative === 0) flow.paragraph('Nessun giudizio negativo nel periodo.', { size: 9, color: COLORS.muted });
  else if (s.reasons.length === 0) flow.paragraph(`${votesWord(s.negative)} negativi, nessuno con un motivo indicato.`, { size: 9, color: COLORS.muted });
  else {
    flow.paragraph(`Su ${s.negative === 1 ? '1 giudizio negativo' : `${formatCount(s.negative)} giudizi negativi`}; chi risponde può indicare più motivi.`, { size: 9, color: COLORS.muted });
    type Reason = OfficeReport['reasons'][number];
    drawTable<Reason>(
      flow,
      [
        { header: 'Motivo', weight: 60, text: (r) => r.label },
        { header: 'Volte', weight: 15, align: 'right', text: (r) => formatCount(r.count) },
        { header: 'Quota dei negativi', weight: 25, align: 'right', text: (r) => formatShare(r.shareOfNegative) },
      ],
      s.reasons,
      { size: 8.5 },
    );
  }
  flow.heading('Partecipazione', 11);
  flow.paragraph(participationText(s.participation), { size: 9 });
}
