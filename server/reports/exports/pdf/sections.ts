// The blocks the PDF reports are made of: the verdict, the comparisons, the charter at a glance, participation,
// data quality, how to read, and the page of one service.
import type { CharterCheck, Comparison, DataQuality, OfficeReport, Participation, Score, TrendBucket, TrendUnit } from '../../../contract/report';
import type { FaceId } from '../../../contract/scale';
import { changeWord, channelWord, type ExportText } from '../words/export-text';
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
export function drawScore(flow: Flow, { w, f }: ExportText, score: Score, minSample: number): void {
  const { doc } = flow;
  flow.ensure(64);
  const y = doc.y;
  const half = WIDTH / 2;
  const grey = score.positiveShare.smallSample ? COLORS.faint : COLORS.text;
  const block = (x: number, big: string, unit: string, label: string, detail: string) => {
    doc.font('bold').fontSize(26).fillColor(grey).text(big, x, y, { lineBreak: false });
    const width = doc.widthOfString(big);
    doc.font('regular').fontSize(11).fillColor(COLORS.muted).text(unit, x + width + 4, y + 12, { lineBreak: false });
    doc.font('semibold').fontSize(10).fillColor(COLORS.text).text(label, x, y + 32, { width: half - 12 });
    doc.font('regular').fontSize(9).fillColor(COLORS.muted).text(detail, x, y + 45, { width: half - 12 });
  };
  const share = score.positiveShare;
  block(LEFT, f.share(share.value), '', w.common.positiveShare, `${w.pdf.interval95(interval(share.low, share.high, f.share))} · ${f.votes(score.votes)}`);
  block(LEFT + half, f.index(score.index.value), w.pdf.outOf100, w.common.index, w.pdf.interval95(interval(score.index.low, score.index.high, f.index)));
  doc.y = y + 60;
  if (score.votes > 0 && share.smallSample) flow.paragraph(w.pdf.smallSampleNote(minSample), { size: 9, color: COLORS.muted });
  doc.fillColor(COLORS.text);
}

/** "Periodo precedente (…): positivi −40,0 punti (allora 90,0% su 20 giudizi), oltre il rumore (p = 0,003752)." */
export function comparisonText({ w, f }: ExportText, c: Comparison, label = w.comparisons[c.kind]): string {
  const since = c.dataSince ? `; ${w.common.dataSince(f.month(c.dataSince))}` : '';
  const when = `${label} (${f.day(c.period.from)} – ${f.day(c.period.to)}${since})`;
  const p = (value: number | null) => (value === null ? '' : ` (${w.pdf.pValue(f.p(value))})`);
  const share = c.positiveShare;
  if (share.delta === null || share.note) return `${when}: ${changeWord(w, share)}.`;
  const index = c.index.delta === null ? '' : `; ${w.pdf.comparisonIndex(f.indexPoints(c.index.delta), changeWord(w, c.index))}${p(c.index.pValue)}`;
  return `${when}: ${w.pdf.comparisonShare(f.sharePoints(share.delta), f.share(c.score.positiveShare.value), f.votes(c.score.votes), changeWord(w, share))}${p(share.pValue)}${index}.`;
}

export function drawComparisons(flow: Flow, t: ExportText, comparisons: readonly Comparison[]): void {
  flow.doc.font('semibold').fontSize(10);
  flow.paragraph(t.w.pdf.comparedWithBefore, { font: 'semibold', size: 10 });
  for (const c of comparisons) {
    const beyond = c.positiveShare.significant;
    flow.paragraph(`• ${comparisonText(t, c)}`, { size: 9, color: beyond ? (c.positiveShare.delta! < 0 ? COLORS.negative : COLORS.positive) : COLORS.text });
  }
  flow.gap(4);
}

export interface CharterItem {
  name: string;
  check: CharterCheck | null;
}

/** How many services have a standard, how each came out, and the ones to act on by name. */
export function drawCharterGlance(flow: Flow, { w, f }: ExportText, items: readonly CharterItem[]): void {
  const judged = items.filter((i) => i.check);
  flow.heading(w.common.charter, 11);
  if (judged.length === 0) {
    flow.paragraph(w.pdf.charterNone, { size: 9, color: COLORS.muted });
    flow.gap(4);
    return;
  }
  const counts = new Map<CharterCheck['verdict'], number>();
  for (const i of judged) counts.set(i.check!.verdict, (counts.get(i.check!.verdict) ?? 0) + 1);
  const parts = [...counts].map(([v, n]) => `${w.verdicts[v]}: ${n}`).join(' · ');
  flow.paragraph(`${w.pdf.charterCount(judged.length, items.length)} ${parts}.`, { size: 9 });
  for (const i of judged) {
    const c = i.check!;
    const margin = c.marginPct === null ? '' : ` (${w.pdf.fromStandard(f.points(c.marginPct))})`;
    const segments = c.segments.length > 1 ? `; ${w.pdf.worstPartCounts}` : '';
    flow.paragraph(`• ${i.name}: ${w.verdicts[c.verdict]}${margin}${segments}`, { size: 9, color: VERDICT_COLORS[c.verdict] });
  }
  flow.gap(4);
}

export function participationText({ w, f }: ExportText, p: Participation): string {
  if (p.served === null) return w.pdf.participationNone;
  return w.pdf.participation(f.share(p.rate), p.votes, f.count(p.votes), p.served, f.count(p.served), p.daysCovered);
}

export function drawParticipation(flow: Flow, t: ExportText, total: Participation, byChannel: readonly { channel: string; participation: Participation }[]): void {
  flow.heading(t.w.common.participation, 11);
  flow.paragraph(participationText(t, total), { size: 9 });
  const channels = byChannel.filter((c) => c.participation.served !== null);
  if (channels.length > 1) for (const c of channels) flow.paragraph(`• ${channelWord(t.w.channelsInText, c.channel)}: ${participationText(t, c.participation)}`, { size: 9, color: COLORS.muted });
  flow.gap(4);
}

export function dataQualityText({ w, f }: ExportText, q: DataQuality, timeZone: string): string {
  const parts = [w.pdf.computedAt(f.instant(q.computedAt, timeZone))];
  parts.push(w.pdf.lateVotes(q.lateVotes, f.count(q.lateVotes)));
  parts.push(w.pdf.redatedVotes(q.redatedVotes, f.count(q.redatedVotes)));
  const flagged = q.flaggedVotes.interval + q.flaggedVotes.burst;
  if (flagged > 0) parts.push(w.pdf.flaggedVotes(flagged, f.count(flagged), f.count(q.flaggedVotes.interval), f.count(q.flaggedVotes.burst)));
  if (q.periodOpen) parts.push(w.pdf.periodOpen);
  return w.pdf.dataQuality(parts.join(' · '));
}

/** The reading notes, at the document's end: after the summary they often made a page of their own. */
export function drawHowToRead(flow: Flow, { w }: ExportText, minSample: number): void {
  flow.gap(10);
  flow.paragraph(w.pdf.howToRead(minSample), { size: 8, color: COLORS.muted });
}

/** A list of services (or offices) worst first, small samples greyed at the bottom. */
export interface ScoredRow {
  name: string;
  total: number;
  score: Score;
  charter: CharterCheck | null;
}

export function drawScoredTable(flow: Flow, { w, f }: ExportText, rows: readonly ScoredRow[], nameHeader: string): void {
  drawTable<ScoredRow>(
    flow,
    [
      { header: nameHeader, weight: 34, text: (r) => r.name, bold: true },
      { header: w.common.votes, weight: 9, align: 'right', text: (r) => f.count(r.total) },
      { header: w.pdf.positive, weight: 10, align: 'right', text: (r) => f.share(r.score.positiveShare.value) },
      { header: w.pdf.interval, weight: 17, align: 'right', text: (r) => interval(r.score.positiveShare.low, r.score.positiveShare.high, f.share) },
      { header: w.pdf.index, weight: 8, align: 'right', text: (r) => f.index(r.score.index.value) },
      { header: w.common.charter, weight: 22, text: (r) => (r.charter ? w.verdicts[r.charter.verdict] : '–'), color: (r) => (r.charter ? VERDICT_COLORS[r.charter.verdict] : COLORS.muted) },
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
export function drawServicePage(flow: Flow, t: ExportText, s: ServicePage, faces: readonly FaceId[], minSample: number, context: string): void {
  const { w, f } = t;
  flow.section();
  const { doc } = flow;
  doc.font('regular').fontSize(9).fillColor(COLORS.muted).text(context, LEFT, doc.y, { width: WIDTH });
  flow.heading(s.archived ? w.pdf.archived(s.name) : s.name, 16);
  flow.gap(4);
  drawScore(flow, t, s.score, minSample);
  drawFaceBar(flow, t, faces, s.faces, s.total);
  drawComparisons(flow, t, s.comparisons);
  // One line, near the figures it divides: at the page's foot it fell onto a page of its own whenever the reasons ran long.
  flow.heading(w.common.participation, 11);
  flow.paragraph(participationText(t, s.participation), { size: 9 });
  flow.gap(4);

  flow.heading(w.common.charter, 11);
  if (!s.charter) flow.paragraph(w.pdf.noStandardForService, { size: 9, color: COLORS.muted });
  else {
    const c = s.charter;
    const last = c.segments[c.segments.length - 1]!;
    flow.paragraph(
      c.segments.length > 1 ? w.pdf.standardChanged(w.verdicts[c.verdict]) : w.pdf.standardVerdict(last.minPositivePct, w.verdicts[c.verdict], w.verdictsLong[c.verdict]),
      { size: 9, color: VERDICT_COLORS[c.verdict] },
    );
    type Segment = CharterCheck['segments'][number];
    // Weights in points, the page's 499 in all: each column's longest text at 8.5 pt in either language
    // ("28 Sept 2026 – 28 Sept 2026", "almeno 80%", "−31.1 points", "Non rispettato, nel rumore"), headers
    // in semibold. Only a rare verdict ("Non giudicato: campione piccolo") takes two lines.
    drawTable<Segment>(
      flow,
      [
        { header: w.pdf.fromTo, weight: 118, text: (g) => `${f.dayMedium(g.from)} – ${f.dayMedium(g.to)}` },
        { header: w.pdf.standard, weight: 52, align: 'right', text: (g) => w.pdf.atLeastPct(g.minPositivePct) },
        { header: w.common.votes, weight: 36, align: 'right', text: (g) => f.count(g.positiveShare.votes) },
        { header: w.pdf.positive, weight: 42, align: 'right', text: (g) => f.share(g.positiveShare.value) },
        { header: w.pdf.interval, weight: 72, align: 'right', text: (g) => interval(g.positiveShare.low, g.positiveShare.high, f.share) },
        { header: w.pdf.margin, weight: 60, align: 'right', text: (g) => (g.marginPct === null ? '–' : f.points(g.marginPct)) },
        { header: w.pdf.verdict, weight: 119, text: (g) => w.verdicts[g.verdict], color: (g) => VERDICT_COLORS[g.verdict] },
      ],
      c.segments,
      { size: 8.5 },
    );
    // Each part's share against its standard, on one 0-100% scale.
    flow.ensure(14 * c.segments.length + 6);
    for (const g of c.segments) {
      const y = doc.y;
      doc.font('regular').fontSize(7.5).fillColor(COLORS.muted).text(`${f.day(g.from)} – ${f.day(g.to)}`, LEFT, y, { width: 150, lineBreak: false });
      drawIntervalBar(flow, LEFT + 160, y + 1, WIDTH - 200, g.positiveShare, g.minPositivePct);
      doc.y = y + 14;
    }
    doc.font('regular').fontSize(7).fillColor(COLORS.muted).text(w.pdf.barLegend, LEFT, doc.y, { width: WIDTH });
    doc.y += 6;
  }

  flow.gap(6);
  drawTrendChart(flow, t, {
    unit: s.trend.unit,
    buckets: s.trend.buckets,
    standards: s.charter?.segments.map((g) => ({ from: g.from, to: g.to, minPositivePct: g.minPositivePct })),
    title: w.pdf.trend,
  }, 175);
  flow.gap(6);

  flow.heading(w.pdf.reasonsTitle, 11);
  if (s.negative === 0) flow.paragraph(w.pdf.noNegatives, { size: 9, color: COLORS.muted });
  else if (s.reasons.length === 0) flow.paragraph(w.pdf.negativesWithoutReason(s.negative, f.count(s.negative)), { size: 9, color: COLORS.muted });
  else {
    flow.paragraph(w.pdf.reasonsOf(s.negative, f.count(s.negative)), { size: 9, color: COLORS.muted });
    type Reason = OfficeReport['reasons'][number];
    drawTable<Reason>(
      flow,
      [
        { header: w.pdf.reason, weight: 60, text: (r) => r.label },
        { header: w.pdf.times, weight: 15, align: 'right', text: (r) => f.count(r.count) },
        { header: w.common.shareOfNegatives, weight: 25, align: 'right', text: (r) => f.share(r.shareOfNegative) },
      ],
      s.reasons,
      { size: 8.5 },
    );
  }
}
