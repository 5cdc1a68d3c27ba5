// What the report shows lives in the address (?level=..&office=..&administration=..&from=..&to=..&view=bulletin&month=..) so a manager can bookmark or share it.
import { isLocalDate, type Period } from './period';

/** The report's levels: one office, an administration's offices side by side, the installation's administrations side by side. */
export const LEVELS = ['office', 'administration', 'installation'] as const;
export type Level = (typeof LEVELS)[number];

/** Above an office: the period's report, or the national programme's bulletin of a month or a year. */
export type View = 'report' | 'bulletin';
export type BulletinPeriod = { kind: 'month'; month: string } | { kind: 'year'; year: string };

export interface UrlState {
  level?: Level;
  office?: string;
  administration?: string;
  period?: Period;
  view?: View;
  bulletin?: BulletinPeriod;
}

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR_RE = /^\d{4}$/;

/** Reads what the address asks for; a half or broken period is ignored rather than half-applied. */
export function readUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const office = q.get('office') || undefined;
  const administration = q.get('administration') || undefined;
  const from = q.get('from') ?? '';
  const to = q.get('to') ?? '';
  const period = isLocalDate(from) && isLocalDate(to) ? { from, to } : undefined;
  const level = (LEVELS as readonly string[]).includes(q.get('level') ?? '') ? (q.get('level') as Level) : undefined;
  const month = q.get('month') ?? '';
  const year = q.get('year') ?? '';
  const bulletin: BulletinPeriod | undefined = MONTH_RE.test(month) ? { kind: 'month', month } : YEAR_RE.test(year) ? { kind: 'year', year } : undefined;
  const view: View | undefined = q.get('view') === 'bulletin' ? 'bulletin' : undefined;
  const state: UrlState = { office, period };
  if (level) state.level = level;
  if (administration) state.administration = administration;
  if (view) state.view = view;
  if (bulletin) state.bulletin = bulletin;
  return state;
}

/**
 * The query string for a state, keeping any other parameter the address already had. The office's
 * report is the default level and writes no `level`; an office or administration left undefined
 * keeps the one already there, so switching level and back returns to the same one.
 */
export function writeUrlState(search: string, state: { level?: Level; office?: string; administration?: string; period?: Period; view?: View; bulletin?: BulletinPeriod }): string {
  const q = new URLSearchParams(search);
  if (!state.level || state.level === 'office') q.delete('level');
  else q.set('level', state.level);
  if (state.office) q.set('office', state.office);
  if (state.administration) q.set('administration', state.administration);
  if (state.period) {
    q.set('from', state.period.from);
    q.set('to', state.period.to);
  }
  q.delete('month');
  q.delete('year');
  if (state.view === 'bulletin' && state.level && state.level !== 'office') {
    q.set('view', 'bulletin');
    if (state.bulletin?.kind === 'month') q.set('month', state.bulletin.month);
    if (state.bulletin?.kind === 'year') q.set('year', state.bulletin.year);
  } else q.delete('view');
  return `?${q.toString()}`;
}
