// Column sets every workbook repeats: a score with its intervals, the faces in use, a comparison, a charter verdict.
import type { CharterCheck, Comparison, Participation, Score } from '../../../contract/report';
import type { FaceId } from '../../../contract/scale';
import type { FaceCounts } from '../../../contract/report-parts';
import { changeWord, COMPARISON_WORDS, FACE_WORDS, VERDICT_WORDS, W } from '../words';
import type { Column } from './workbook';

export function scoreColumns<R>(score: (r: R) => Score): Column<R>[] {
  return [
    { header: W.positiveShare, kind: 'share', value: (r) => score(r).positiveShare.value },
    { header: `Positivi: ${W.low.toLowerCase()}`, kind: 'share', value: (r) => score(r).positiveShare.low },
    { header: `Positivi: ${W.high.toLowerCase()}`, kind: 'share', value: (r) => score(r).positiveShare.high },
    { header: W.index, kind: 'index', value: (r) => score(r).index.value },
    { header: `Indice: ${W.low.toLowerCase()}`, kind: 'index', value: (r) => score(r).index.low },
    { header: `Indice: ${W.high.toLowerCase()}`, kind: 'index', value: (r) => score(r).index.high },
    { header: W.smallSample, kind: 'text', value: (r) => (score(r).votes === 0 ? null : score(r).positiveShare.smallSample ? W.yes : W.no) },
  ];
}

export function faceColumns<R>(faces: readonly FaceId[], counts: (r: R) => FaceCounts | ReadonlyMap<string, number>): Column<R>[] {
  return faces.map((f) => ({
    header: FACE_WORDS[f]!,
    kind: 'count' as const,
    value: (r: R) => {
      const c = counts(r);
      return c instanceof Map ? (c.get(f) ?? 0) : (c as FaceCounts)[f];
    },
  }));
}

/** The change of the share positive against one comparison: points and whether beyond noise. */
export function changeColumns<R>(kind: Comparison['kind'], comparisons: (r: R) => readonly Comparison[]): Column<R>[] {
  const of = (r: R) => comparisons(r).find((c) => c.kind === kind);
  const label = COMPARISON_WORDS[kind].toLowerCase();
  return [
    { header: `Positivi, ${label}`, kind: 'share', value: (r) => of(r)?.score.positiveShare.value ?? null },
    { header: `Differenza (punti), ${label}`, kind: 'points', value: (r) => (of(r)?.positiveShare.delta == null ? null : of(r)!.positiveShare.delta! * 100) },
    { header: `Esito, ${label}`, kind: 'text', value: (r) => (of(r) ? changeWord(of(r)!.positiveShare) : null) },
  ];
}

export function charterColumns<R>(charter: (r: R) => CharterCheck | null): Column<R>[] {
  return [
    { header: 'Carta dei servizi', kind: 'text', value: (r) => (charter(r) ? VERDICT_WORDS[charter(r)!.verdict] : 'nessuno standard') },
    { header: 'Scarto dallo standard (punti)', kind: 'points', value: (r) => charter(r)?.marginPct ?? null },
  ];
}

export function participationColumns<R>(participation: (r: R) => Participation): Column<R>[] {
  return [
    { header: 'Persone servite', kind: 'count', value: (r) => participation(r).served },
    { header: 'Giudizi negli stessi giorni', kind: 'count', value: (r) => (participation(r).served === null ? null : participation(r).votes) },
    { header: 'Partecipazione', kind: 'share', value: (r) => participation(r).rate },
    { header: 'Giorni con il dato', kind: 'count', value: (r) => participation(r).daysCovered },
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

export function charterSheetColumns(withOffice: boolean): Column<CharterRow>[] {
  return [
    ...(withOffice ? [{ header: W.office, kind: 'text' as const, value: (r: CharterRow) => r.office ?? null }] : []),
    { header: W.service, kind: 'text', value: (r) => r.service },
    { header: W.from, kind: 'day', value: (r) => r.segment.from },
    { header: W.to, kind: 'day', value: (r) => r.segment.to },
    { header: 'Standard (almeno)', kind: 'share', value: (r) => r.segment.minPositivePct / 100 },
    { header: W.votes, kind: 'count', value: (r) => r.segment.positiveShare.votes },
    { header: W.positiveShare, kind: 'share', value: (r) => r.segment.positiveShare.value },
    { header: W.low, kind: 'share', value: (r) => r.segment.positiveShare.low },
    { header: W.high, kind: 'share', value: (r) => r.segment.positiveShare.high },
    { header: 'Scarto (punti)', kind: 'points', value: (r) => r.segment.marginPct },
    { header: 'Esito della parte', kind: 'text', value: (r) => VERDICT_WORDS[r.segment.verdict] },
    { header: 'Esito del periodo', kind: 'text', value: (r) => VERDICT_WORDS[r.check.verdict] },
  ];
}
