// The people-served grid's arithmetic: a cell per service, channel and day, what was typed against what is stored, the entries to send, participation. Pure.
import type { FieldProblem } from '../../../server/contract/errors';
import { MAX_SERVED_PER_DAY } from '../../../server/contract/limits';
import type { ContactChannel } from '../../../server/contract/channels';
import type { PeopleServedEntry, PeopleServedRow } from '../../../server/contract/participation';

/** The most people one service may serve on one channel in a day: the collector's own limit. */
export const MAX_SERVED = MAX_SERVED_PER_DAY;

export interface CellId {
  serviceId: string;
  channel: ContactChannel;
  day: string;
}

/** One key per cell; NUL cannot occur in an id, a channel or a date. */
export const cellKey = (c: CellId) => `${c.serviceId}\u0000${c.channel}\u0000${c.day}`;

/** What the collector holds for a cell: the figure (null: none yet) and the votes of the same service, channel and day. */
export interface StoredCell {
  served: number | null;
  votes: number;
  source: string | null;
  at: string | null;
  by: string | null;
}

export function storedCells(rows: readonly PeopleServedRow[]): Map<string, StoredCell> {
  return new Map(rows.map((r) => [cellKey({ serviceId: r.serviceId, channel: r.channel as ContactChannel, day: r.day }), { served: r.served, votes: r.votes, source: r.source, at: r.at, by: r.by }]));
}

/**
 * A cell's text as a figure: empty is "no figure", a whole number from 0 to MAX_SERVED is one
 * ("1.250" with the Italian thousands point too), anything else is invalid.
 */
export function parseServed(text: string): number | null | 'invalid' {
  const t = text.trim();
  if (t === '') return null;
  const digits = /^\d{1,3}(\.\d{3})+$/.test(t) ? t.replaceAll('.', '') : t;
  if (!/^\d{1,6}$/.test(digits)) return 'invalid';
  const n = Number(digits);
  return n <= MAX_SERVED ? n : 'invalid';
}

/** Typed text per cell key: only cells the person touched are in it. */
export type Edits = ReadonlyMap<string, { cell: CellId; text: string }>;

/** Whether what was typed in a cell differs from what is stored (an invalid text always does). */
export function isChange(text: string, stored: StoredCell | undefined): boolean {
  const value = parseServed(text);
  if (value === 'invalid') return true;
  return value === null ? (stored?.served ?? null) !== null : value !== stored?.served;
}

/** The entries a save sends: changed cells only; a cleared cell that had a figure sends null to remove it. */
export function changedEntries(edits: Edits, stored: ReadonlyMap<string, StoredCell>): PeopleServedEntry[] {
  const entries: PeopleServedEntry[] = [];
  for (const [key, { cell, text }] of edits) {
    if (!isChange(text, stored.get(key))) continue;
    const served = parseServed(text);
    if (served === 'invalid') continue;
    entries.push({ serviceId: cell.serviceId, channel: cell.channel, day: cell.day, served });
  }
  return entries;
}

/** Cells whose text is not a figure, in the order they were typed. */
export function invalidCells(edits: Edits): CellId[] {
  return [...edits.values()].filter((e) => parseServed(e.text) === 'invalid').map((e) => e.cell);
}

/** votes / served; undefined when it cannot be told (no figure, or nobody served). */
export function participation(votes: number | undefined, served: number | null | undefined): number | undefined {
  if (votes === undefined || served === null || served === undefined || served === 0) return undefined;
  return votes / served;
}

/** The figures of a group of cells: like the report, only days with a figure count, on both sides. */
export function sumCells(cells: readonly (StoredCell | undefined)[]): { served: number; votes: number; days: number } {
  let served = 0;
  let votes = 0;
  let days = 0;
  for (const c of cells) {
    if (!c || c.served === null) continue;
    served += c.served;
    votes += c.votes;
    days += 1;
  }
  return { served, votes, days };
}

/**
 * The collector's refusal of a save, cell by cell: `/entries/3/day` names the fourth entry sent.
 * Problems that name no entry are returned apart, for the form's own error box.
 */
export function problemsByCell(problems: readonly FieldProblem[], sent: readonly PeopleServedEntry[]): { byCell: Map<string, { cell: CellId; reasons: string[] }>; other: FieldProblem[] } {
  const byCell = new Map<string, { cell: CellId; reasons: string[] }>();
  const other: FieldProblem[] = [];
  for (const p of problems) {
    const m = /^\/entries\/(\d+)(?:\/|$)/.exec(p.field);
    const entry = m ? sent[Number(m[1])] : undefined;
    if (!entry) {
      other.push(p);
      continue;
    }
    const cell: CellId = { serviceId: entry.serviceId, channel: entry.channel ?? 'sportello', day: entry.day };
    const key = cellKey(cell);
    byCell.set(key, { cell, reasons: [...(byCell.get(key)?.reasons ?? []), p.reason] });
  }
  return { byCell, other };
}
