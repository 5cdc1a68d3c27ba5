// Participation = votes / people served, folded by whatever a report groups by (service, channel, office, administration).
import type { Participation } from '../../contract/report';

/** One (office, service, channel) row: served and votes over its days with a figure, and how many days. */
export interface ParticipationFacts {
  served: number;
  votes: number;
  days: number;
}

export const NO_PARTICIPATION: Participation = { served: null, votes: 0, rate: null, daysCovered: 0 };

/**
 * daysCovered of a group is the most days any of its rows has a figure for: month rollups keep a
 * count of days, not the days themselves, so a union cannot be had. A row with no day left (every
 * figure of a month removed) has no figure and does not count.
 */
export function participationOf(rows: Iterable<ParticipationFacts>): Participation {
  let served = 0;
  let votes = 0;
  let days = 0;
  for (const r of rows) {
    if (r.days <= 0) continue;
    served += r.served;
    votes += r.votes;
    days = Math.max(days, r.days);
  }
  if (days === 0) return NO_PARTICIPATION;
  return { served, votes, rate: served > 0 ? Math.round((votes / served) * 1e6) / 1e6 : null, daysCovered: days };
}

export function participationBy<R extends ParticipationFacts>(rows: readonly R[], key: (row: R) => string): Map<string, Participation> {
  const groups = new Map<string, R[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return new Map([...groups].map(([k, list]) => [k, participationOf(list)]));
}

/** Per channel, in a stable order, for the reports' lists. */
export function participationByChannel<R extends ParticipationFacts & { channel: string }>(rows: readonly R[]) {
  return [...participationBy(rows, (r) => r.channel)].sort(([a], [b]) => a.localeCompare(b)).map(([channel, participation]) => ({ channel, participation }));
}
