// The office and period live in the address (?office=..&from=..&to=..) so a manager can bookmark or share a report.
import { isLocalDate, type Period } from './period';

export interface UrlState {
  office?: string;
  period?: Period;
}

/** Reads what the address asks for; a half or broken period is ignored rather than half-applied. */
export function readUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const office = q.get('office') || undefined;
  const from = q.get('from') ?? '';
  const to = q.get('to') ?? '';
  const period = isLocalDate(from) && isLocalDate(to) ? { from, to } : undefined;
  return { office, period };
}

/** The query string for a state, keeping any other parameter the address already had. */
export function writeUrlState(search: string, state: { office: string; period: Period }): string {
  const q = new URLSearchParams(search);
  q.set('office', state.office);
  q.set('from', state.period.from);
  q.set('to', state.period.to);
  return `?${q.toString()}`;
}
