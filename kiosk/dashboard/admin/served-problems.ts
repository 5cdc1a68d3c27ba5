// A refused people-served file as "riga N: colonna — motivo", in line order; the reasons are the collector's, in the dashboard's language. Pure.
import type { FieldProblem } from '../../../server/contract/errors';
import { SERVED_PROBLEMS as W } from './served-problem-labels';

/** The column a problem names: "/giorno" is the column giorno, "/header" the first line. */
function columnOf(field: string): string {
  if (field === '/header') return W.headerColumn;
  if (field === '/' || field === '') return W.fileColumn;
  return field.replace(/^\//, '');
}

/** "riga 3: giorno — «31/02/2026» non è una data del calendario", in line order. */
export function csvProblemLines(problems: readonly FieldProblem[]): string[] {
  return [...problems]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((p) => `${p.line === undefined ? '' : W.line(p.line)}${columnOf(p.field)} — ${p.reason}`);
}
