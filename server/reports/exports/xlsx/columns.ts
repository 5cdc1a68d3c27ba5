// Column sets every workbook repeats: a score with its intervals, the faces in use, a comparison, a charter verdict.
import type { CharterCheck, Comparison, Participation, Score } from '../../../contract/report';
import type { FaceId } from '../../../contract/scale';
import type { FaceCounts } from '../../../contract/report-parts';
import { changeWord, comparedPoints } from '../words/export-text';
import type { ExportWords } from '../words/it';
import type { Column } from './workbook';

export function scoreColumns<R>(w: ExportWords, score: (r: R) => Score): Column<R>[] {
  const { common: c, xlsx: x } = w;
  return [
    { header: c.positiveShare, kind: 'share', value: (r) => score(r).positiveShare.value },
    { header: x.positiveLow, kind: 'share', value: (r) => score(r).positiveShare.low },
    { header: x.positiveHigh, kind: 'share', value: (r) => score(r).positiveShare.high },
    { header: c.index, kind: 'index', value: (r) => score(r).index.value },
    { header: x.indexLow, kind: 'index', value: (r) => score(r).index.low },
    { header: x.indexHigh, kind: 'index', value: (r) => score(r).index.high },
    { header: c.smallSample, kind: 'text', value: (r) => (score(r).votes === 0 ? null : score(r).positiveShare.smallSample ? c.yes : c.no) },
  ];
}

export function faceColumns<R>(w: ExportWords, faces: readonly FaceId[], counts: (r: R) => FaceCounts | ReadonlyMap<string, number>): Column<R>[] {
  return faces.map((f) => ({
    header: w.faces[f],
    kind: 'count' as const,
    value: (r: R) => {
      const c = counts(r);
      return c instanceof Map ? (c.get(f) ?? 0) : (c as FaceCounts)[f];
    },
  }));
}

/** The change of the share positive against one comparison: points and whether beyond noise. */
export function changeColumns<R>(w: ExportWords, kind: Comparison['kind'], comparisons: (r: R) => readonly Comparison[]): Column<R>[] {
  const of = (r: R) => comparisons(r).find((c) => c.kind === kind);
  const comparison = w.comparisons[kind];
  return [
    { header: w.xlsx.changeShare(comparison), kind: 'share', value: (r) => of(r)?.score.positiveShare.value ?? null },
    { header: w.xlsx.changePoints(comparison), kind: 'points', value: (r) => (of(r) ? comparedPoints(of(r)!.positiveShare, 100) : null) },
    { header: w.xlsx.changeVerdict(comparison), kind: 'text', value: (r) => (of(r) ? changeWord(w, of(r)!.positiveShare) : null) },
  ];
}

export function charterColumns<R>(w: ExportWords, charter: (r: R) => CharterCheck | null): Column<R>[] {
  return [
    { header: w.common.charter, kind: 'text', value: (r) => (charter(r) ? w.verdicts[charter(r)!.verdict] : w.xlsx.noStandard) },
    { header: w.xlsx.charterMargin, kind: 'points', value: (r) => charter(r)?.marginPct ?? null },
  ];
}

export function participationColumns<R>(w: ExportWords, participation: (r: R) => Participation): Column<R>[] {
  return [
    { header: w.xlsx.served, kind: 'count', value: (r) => participation(r).served },
    { header: w.xlsx.votesSameDays, kind: 'count', value: (r) => (participation(r).served === null ? null : participation(r).votes) },
    { header: w.common.participation, kind: 'share', value: (r) => participation(r).rate },
    { header: w.xlsx.daysCovered, kind: 'count', value: (r) => participation(r).daysCovered },
  ];
}

/** One row per part of the period a standard ruled: the charter sheet's rows. */
export interface CharterRow {
  office?: string;
  service: string;
  check: CharterCheck;
  segment: CharterCheck['segments'][number];
}

export function charterRows(items: readonly { office?: string; service: string; check: CharterCheck | null }[]): CharterRow[] {
  return items.flatMap((i) => (i.check ? i.check.segments.map((segment) => ({ office: i.office, service: i.service, check: i.check!, segment })) : []));
}

export function charterSheetColumns(w: ExportWords, withOffice: boolean): Column<CharterRow>[] {
  const { common: c, xlsx: x } = w;
  return [
    ...(withOffice ? [{ header: c.office, kind: 'text' as const, value: (r: CharterRow) => r.office ?? null }] : []),
    { header: c.service, kind: 'text', value: (r) => r.service },
    { header: c.from, kind: 'day', value: (r) => r.segment.from },
    { header: c.to, kind: 'day', value: (r) => r.segment.to },
    { header: x.standardAtLeast, kind: 'share', value: (r) => r.segment.minPositivePct / 100 },
    { header: c.votes, kind: 'count', value: (r) => r.segment.positiveShare.votes },
    { header: c.positiveShare, kind: 'share', value: (r) => r.segment.positiveShare.value },
    { header: c.low, kind: 'share', value: (r) => r.segment.positiveShare.low },
    { header: c.high, kind: 'share', value: (r) => r.segment.positiveShare.high },
    { header: x.margin, kind: 'points', value: (r) => r.segment.marginPct },
    { header: x.partVerdict, kind: 'text', value: (r) => w.verdicts[r.segment.verdict] },
    { header: x.periodVerdict, kind: 'text', value: (r) => w.verdicts[r.check.verdict] },
  ];
}
