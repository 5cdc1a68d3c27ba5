// The summary sheet (Riepilogo): who and when, the headline figures with their intervals, the faces, the comparisons.
import { faceBreakdown } from '../../../contract/face-breakdown';
import type { Comparison, DataQuality, Score } from '../../../contract/report';
import type { FaceId } from '../../../contract/scale';
import { wallClock } from '../format';
import { changeWord, comparedPoints } from '../words/export-text';
import type { ExportWords } from '../words/it';
import { fitColumns, setCell, styleHeader, writeTable, type CellValue, type Kind, type Workbook, type Worksheet } from './workbook';

export interface Fact {
  label: string;
  kind: Kind;
  value: CellValue;
}

export interface Summary {
  title: string;
  /** Administration, office, anything naming what the file is about. */
  about: Fact[];
  from: string;
  to: string;
  timeZone: string;
  dataQuality: DataQuality;
  minSample: number;
  total: number;
  score: Score;
  faces: readonly FaceId[];
  faceCounts: Readonly<Record<string, number>>;
  comparisons: readonly Comparison[];
  /** Further label/value sections, each with its title (follow-up, charter at a glance). */
  sections?: { title: string; facts: Fact[] }[];
}

/** What citizens did with the reasons question, as the office and the administration summaries both show it. */
export function followUpSection(w: ExportWords, followUp: { negative: number; chosen: number; skipped: number; timeout: number; notAsked: number }): { title: string; facts: Fact[] } {
  return {
    title: w.followUp.title,
    facts: [
      { label: w.common.negatives, kind: 'count', value: followUp.negative },
      ...(['chosen', 'skipped', 'timeout', 'notAsked'] as const).map((k) => ({ label: w.followUp[k], kind: 'count' as const, value: followUp[k] })),
    ],
  };
}

function facts(ws: Worksheet, at: number, list: readonly Fact[]): number {
  list.forEach((f, i) => {
    const row = ws.getRow(at + i);
    row.getCell(1).value = f.label;
    row.getCell(1).font = { bold: true };
    setCell(row.getCell(2), f.kind, f.value);
  });
  return at + list.length;
}

export function summarySheet(wb: Workbook, w: ExportWords, s: Summary): Worksheet {
  const { common: W, xlsx: x } = w;
  const ws = wb.addWorksheet(x.sheets.summary, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.getCell('A1').value = s.title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  let at = facts(ws, 2, [
    ...s.about,
    { label: W.from, kind: 'day', value: s.from },
    { label: W.to, kind: 'day', value: s.to },
    { label: x.computedAt(s.timeZone), kind: 'instant', value: wallClock(s.dataQuality.computedAt, s.timeZone) },
    { label: x.periodOpen, kind: 'text', value: s.dataQuality.periodOpen ? x.periodOpenYes : W.no },
    { label: x.lateVotes, kind: 'count', value: s.dataQuality.lateVotes },
    { label: x.redatedVotes, kind: 'count', value: s.dataQuality.redatedVotes },
    { label: x.flaggedInterval, kind: 'count', value: s.dataQuality.flaggedVotes.interval },
    { label: x.flaggedBurst, kind: 'count', value: s.dataQuality.flaggedVotes.burst },
    { label: x.minSample, kind: 'count', value: s.minSample },
  ]);

  at = writeTable(ws, at + 1, [
    { header: x.figure, kind: 'text', value: (r: { label: string }) => r.label },
    { header: x.value, kind: 'share', value: (r: { value: number | null }) => r.value },
    { header: W.low, kind: 'share', value: (r: { low: number | null }) => r.low },
    { header: W.high, kind: 'share', value: (r: { high: number | null }) => r.high },
    { header: W.votes, kind: 'count', value: (r: { votes: number }) => r.votes },
    { header: W.smallSample, kind: 'text', value: (r: { smallSample: boolean; votes: number }) => (r.votes === 0 ? null : r.smallSample ? W.yes : W.no) },
  ], [{ label: W.positiveShare, ...s.score.positiveShare }]);
  // The index is on 0..100, not a share: its row gets its own format.
  const indexRow = ws.getRow(at);
  indexRow.getCell(1).value = W.index;
  setCell(indexRow.getCell(2), 'index', s.score.index.value);
  setCell(indexRow.getCell(3), 'index', s.score.index.low);
  setCell(indexRow.getCell(4), 'index', s.score.index.high);
  setCell(indexRow.getCell(5), 'count', s.score.index.votes);
  setCell(indexRow.getCell(6), 'text', s.score.votes === 0 ? null : s.score.index.smallSample ? W.yes : W.no);
  at += 1;

  const header = ws.getRow(at + 1);
  [x.face, W.votes, x.share].forEach((h, i) => (header.getCell(i + 1).value = h));
  styleHeader(header);
  at += 2;
  // Each face's share as the sheet shows it (tenths of a percent), adding up to 100,0%, the positive
  // faces together at the share positive above: exact fractions, each rounded on its own, did not.
  const parts = faceBreakdown(s.faces, s.faces.map((f) => s.faceCounts[f] ?? 0), 1000);
  for (const [i, f] of s.faces.entries()) {
    const row = ws.getRow(at++);
    row.getCell(1).value = w.faces[f];
    setCell(row.getCell(2), 'count', s.faceCounts[f] ?? 0);
    setCell(row.getCell(3), 'share', s.total > 0 ? parts[i]! / 1000 : null);
  }
  const totalRow = ws.getRow(at++);
  totalRow.getCell(1).value = W.total;
  totalRow.font = { bold: true };
  setCell(totalRow.getCell(2), 'count', s.total);

  at = writeTable(ws, at + 1, [
    { header: x.comparison, kind: 'text', value: (c: Comparison) => w.comparisons[c.kind] },
    { header: W.from, kind: 'day', value: (c: Comparison) => c.period.from },
    { header: W.to, kind: 'day', value: (c: Comparison) => c.period.to },
    { header: x.dataSinceHeader, kind: 'month', value: (c: Comparison) => c.dataSince },
    { header: x.votesThen, kind: 'count', value: (c: Comparison) => c.score.votes },
    { header: x.positiveThen, kind: 'share', value: (c: Comparison) => c.score.positiveShare.value },
    { header: x.difference, kind: 'points', value: (c: Comparison) => comparedPoints(c.positiveShare, 100) },
    { header: x.p, kind: 'p', value: (c: Comparison) => c.positiveShare.pValue },
    { header: x.verdict, kind: 'text', value: (c: Comparison) => changeWord(w, c.positiveShare) },
    { header: x.indexThen, kind: 'index', value: (c: Comparison) => c.score.index.value },
    { header: x.indexDifference, kind: 'points', value: (c: Comparison) => comparedPoints(c.index, 1) },
    { header: x.pIndex, kind: 'p', value: (c: Comparison) => c.index.pValue },
    { header: x.indexVerdict, kind: 'text', value: (c: Comparison) => changeWord(w, c.index) },
  ], s.comparisons);

  for (const section of s.sections ?? []) {
    const title = ws.getRow(at + 1);
    title.getCell(1).value = section.title;
    title.getCell(1).font = { bold: true, size: 12 };
    at = facts(ws, at + 2, section.facts);
  }
  fitColumns(ws, new Set([1]));
  return ws;
}
