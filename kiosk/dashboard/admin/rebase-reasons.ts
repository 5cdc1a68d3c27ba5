// The reason list being edited, carried over onto the list someone else saved meanwhile: their changes and this person's together. Pure.
import type { Reason } from '../../../server/contract/admin';
import type { ReasonInput } from '../admin-api';
import { sameValue } from './differences';

export interface ReasonRow extends ReasonInput {
  /** Stable across moves, so inputs keep focus; the API id when there is one. */
  key: string;
}

/** A stored reason as a row of the editor. */
export const rowOf = (r: Reason): ReasonRow => ({ key: r.id, id: r.id, label: r.label, dimension: r.dimension, translations: r.translations ?? {} });

/**
 * The list is saved whole, so a save after a stale refusal must not undo the other person's work:
 * a reason this person left as it was takes their version (or goes, if they archived it); one this
 * person edited, added or removed stays as this person has it; one they added is appended. The
 * order is this person's. The result is shown in the form to check before saving again.
 */
export function rebaseReasons(mine: readonly ReasonRow[], opened: readonly Reason[], theirs: readonly Reason[]): ReasonRow[] {
  const before = new Map(opened.map((r) => [r.id, r]));
  const now = new Map(theirs.map((r) => [r.id, r]));
  const untouched = (row: ReasonRow) => {
    const o = row.id === undefined ? undefined : before.get(row.id);
    return !!o && row.label.trim() === o.label && row.dimension === o.dimension && sameValue(row.translations ?? {}, o.translations ?? {});
  };
  const out: ReasonRow[] = [];
  for (const row of mine) {
    const stored = row.id === undefined ? undefined : now.get(row.id);
    if (row.id === undefined || !untouched(row)) out.push(row);
    else if (stored) out.push({ ...rowOf(stored), key: row.key });
    // Untouched here and archived by them: it goes.
  }
  const kept = new Set(mine.map((r) => r.id));
  for (const r of theirs) if (!before.has(r.id) && !kept.has(r.id)) out.push(rowOf(r));
  return out;
}
