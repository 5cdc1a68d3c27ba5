// Charts drawn into the PDF as vectors: the trend (votes as bars, share positive as a line, the
// charter standard dashed), the faces as one stacked bar, and a share with its interval and standard.
import { faceBreakdown } from '../../../contract/face-breakdown';
import type { TrendBucket, TrendUnit } from '../../../contract/report';
import type { FaceId } from '../../../contract/scale';
import type { ExportFormat } from '../format';
import type { ExportText } from '../words/export-text';
import { COLORS, FACE_COLORS, LEFT, WIDTH, type Flow } from './layout';

/** A round step for an axis from 0 to at least `max`, in about `ticks` steps. */
export function niceStep(max: number, ticks: number): number {
  if (max <= 0) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return Math.max(1, step);
}

/** Which buckets get a label under the axis: about `room` of them, evenly spaced, the first always. */
export function labelEvery(count: number, room: number): number {
  return Math.max(1, Math.ceil(count / room));
}

function bucketLabel(b: { from: string; to: string }, unit: TrendUnit, f: ExportFormat): string {
  if (unit === 'month') return f.monthShort(b.from);
  if (unit === 'day') return String(Number(b.from.slice(8, 10)));
  return f.dayShort(b.from);
}

export interface StandardSpan {
  from: string;
  to: string;
  minPositivePct: number;
}

export interface TrendChartInput {
  unit: TrendUnit;
  buckets: readonly TrendBucket[];
  /** The charter's standard over the parts of the period it ruled: a dashed line over those buckets. */
  standards?: readonly StandardSpan[];
  title: string;
}

/**
 * Bars: votes per bucket (right axis). Line: share positive per bucket (left axis, 0-100%), a
 * filled dot where the bucket has at least the minimum sample, a hollow one where it has fewer,
 * broken where nobody voted. Every bucket has its place, so quiet days show as gaps, not as
 * shorter periods.
 */
export function drawTrendChart(flow: Flow, { w, f }: ExportText, input: TrendChartInput, height = 190): void {
  const { doc } = flow;
  flow.ensure(height + 40);
  doc.font('semibold').fontSize(10).fillColor(COLORS.text).text(input.title, LEFT, doc.y, { width: WIDTH });
  const top = doc.y + 6;
  const left = LEFT + 34;
  const right = LEFT + WIDTH - 34;
  const bottom = top + height - 24;
  const plotHeight = bottom - top;
  const n = input.buckets.length;
  const slot = (right - left) / Math.max(1, n);
  const cx = (i: number) => left + slot * (i + 0.5);
  const maxVotes = Math.max(0, ...input.buckets.map((b) => b.total));
  const step = niceStep(maxVotes, 4);
  const axisMax = Math.max(step, Math.ceil(maxVotes / step) * step);
  const yShare = (share: number) => bottom - share * plotHeight;
  const yVotes = (votes: number) => bottom - (votes / axisMax) * plotHeight;

  // Grid and the left axis: share positive.
  doc.font('regular').fontSize(7).fillColor(COLORS.muted);
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    const y = yShare(share);
    doc.moveTo(left, y).lineTo(right, y).lineWidth(share === 0 ? 0.8 : 0.4).strokeColor(share === 0 ? COLORS.muted : COLORS.rule).stroke();
    doc.fillColor(COLORS.positive).text(`${Math.round(share * 100)}%`, LEFT, y - 3.5, { width: 30, align: 'right', lineBreak: false });
  }
  // The right axis: votes.
  for (let v = 0; v <= axisMax; v += step) {
    doc.fillColor(COLORS.muted).text(f.count(v), right + 4, yVotes(v) - 3.5, { width: 30, align: 'left', lineBreak: false });
  }

  // Bars.
  const barWidth = Math.max(1, Math.min(18, slot * 0.6));
  input.buckets.forEach((b, i) => {
    if (b.total === 0) return;
    const y = yVotes(b.total);
    doc.rect(cx(i) - barWidth / 2, y, barWidth, bottom - y).fill(COLORS.bars);
  });

  // The charter standard, over the buckets each standard ruled.
  for (const s of input.standards ?? []) {
    const inside = input.buckets.map((b, i) => ({ b, i })).filter(({ b }) => b.to >= s.from && b.from <= s.to);
    if (inside.length === 0) continue;
    const x0 = cx(inside[0]!.i) - slot / 2;
    const x1 = cx(inside[inside.length - 1]!.i) + slot / 2;
    const y = yShare(s.minPositivePct / 100);
    doc.moveTo(x0, y).lineTo(x1, y).lineWidth(1.2).dash(4, { space: 3 }).strokeColor(COLORS.text).stroke();
    doc.undash();
  }

  // The share line, broken where a bucket has no votes.
  doc.lineWidth(1.6).strokeColor(COLORS.positive);
  let drawing = false;
  input.buckets.forEach((b, i) => {
    const share = b.score.positiveShare.value;
    if (share === null) {
      drawing = false;
      return;
    }
    if (drawing) doc.lineTo(cx(i), yShare(share));
    else doc.moveTo(cx(i), yShare(share));
    drawing = true;
  });
  doc.stroke();
  input.buckets.forEach((b, i) => {
    const share = b.score.positiveShare.value;
    if (share === null) return;
    const r = n > 40 ? 1.4 : 2.4;
    if (b.score.positiveShare.smallSample) doc.circle(cx(i), yShare(share), r).lineWidth(0.9).fillAndStroke('#FFFFFF', COLORS.positive);
    else doc.circle(cx(i), yShare(share), r).fill(COLORS.positive);
  });

  // Labels under the axis.
  const every = labelEvery(n, Math.floor((right - left) / 26));
  doc.font('regular').fontSize(7).fillColor(COLORS.muted);
  input.buckets.forEach((b, i) => {
    if (i % every !== 0) return;
    doc.text(bucketLabel(b, input.unit, f), cx(i) - 16, bottom + 4, { width: 32, align: 'center', lineBreak: false });
  });

  // Legend.
  const ly = bottom + 16;
  let x = left;
  doc.rect(x, ly + 1, 9, 6).fill(COLORS.bars);
  const votesPer = w.pdf.votesPer(w.pdf.units[input.unit]);
  doc.fillColor(COLORS.muted).text(votesPer, x + 12, ly, { lineBreak: false });
  x += 12 + doc.widthOfString(votesPer) + 14;
  doc.moveTo(x, ly + 4).lineTo(x + 12, ly + 4).lineWidth(1.6).strokeColor(COLORS.positive).stroke();
  doc.fillColor(COLORS.muted).text(w.pdf.positiveLine, x + 15, ly, { lineBreak: false });
  x += 15 + doc.widthOfString(w.pdf.positiveLine) + 14;
  if (input.standards?.length) {
    doc.moveTo(x, ly + 4).lineTo(x + 12, ly + 4).lineWidth(1.2).dash(3, { space: 2 }).strokeColor(COLORS.text).stroke();
    doc.undash();
    doc.fillColor(COLORS.muted).text(w.pdf.standardLine, x + 15, ly, { lineBreak: false });
  }
  doc.fillColor(COLORS.text);
  doc.x = LEFT;
  doc.y = top + height + 4;
}

/** The faces' shares as one bar, best on the left, each part labelled with its count below. */
export function drawFaceBar(flow: Flow, { w, f: format }: ExportText, faces: readonly FaceId[], counts: Readonly<Record<string, number>>, total: number): void {
  const { doc } = flow;
  if (total === 0) return;
  flow.ensure(44);
  const y = doc.y;
  const h = 12;
  let x = LEFT;
  for (const f of faces) {
    const w = ((counts[f] ?? 0) / total) * WIDTH;
    if (w > 0) doc.rect(x, y, w, h).fill(FACE_COLORS[f] ?? COLORS.muted);
    x += w;
  }
  let lx = LEFT;
  doc.font('regular').fontSize(8);
  // In tenths of a percent adding up to 100,0%, the positive faces together at the share positive printed above.
  const parts = faceBreakdown(faces, faces.map((f) => counts[f] ?? 0), 1000);
  for (const [i, f] of faces.entries()) {
    const text = `${w.faces[f]}: ${format.count(counts[f] ?? 0)} (${format.share(parts[i]! / 1000)})`;
    doc.rect(lx, y + h + 6, 7, 7).fill(FACE_COLORS[f] ?? COLORS.muted);
    doc.fillColor(COLORS.text).text(text, lx + 10, y + h + 5, { lineBreak: false });
    lx += 10 + doc.widthOfString(text) + 14;
  }
  doc.x = LEFT;
  doc.y = y + h + 22;
}

/**
 * A share on a 0-100% scale: the interval as a band, the share as a dot, the standard as a black
 * tick (as the dashboard's charter bars read).
 */
export function drawIntervalBar(flow: Flow, x: number, y: number, width: number, share: { value: number | null; low: number | null; high: number | null; smallSample: boolean }, standardPct?: number): void {
  const { doc } = flow;
  doc.rect(x, y, width, 6).fill(COLORS.band);
  if (share.low !== null && share.high !== null) doc.rect(x + share.low * width, y, Math.max(1, (share.high - share.low) * width), 6).fill(share.smallSample ? COLORS.faint : COLORS.bars);
  if (share.value !== null) doc.circle(x + share.value * width, y + 3, 3).fill(share.smallSample ? COLORS.faint : COLORS.primary);
  if (standardPct !== undefined) doc.rect(x + (standardPct / 100) * width - 0.75, y - 3, 1.5, 12).fill(COLORS.text);
  doc.fillColor(COLORS.text);
}
