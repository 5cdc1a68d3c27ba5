// Participation = votes / people served, folded per service, per contact channel and in total.
import type { Participation } from '../../contract/report';
import type { ParticipationRow } from '../queries/get-participation';

interface Sum {
  served: number;
  votes: number;
  days: number;
  any: boolean;
}

function toParticipation(s: Sum | undefined): Participation {
  if (!s || !s.any) return { served: null, votes: 0, rate: null, daysCovered: 0 };
  return { served: s.served, votes: s.votes, rate: s.served > 0 ? Math.round((s.votes / s.served) * 1e6) / 1e6 : null, daysCovered: s.days };
}

/**
 * daysCovered of a group is the most days any of its (service, channel) rows has a figure for:
 * month rollups keep a count of days, not the days themselves, so a union cannot be had.
 */
export function foldParticipation(rows: readonly ParticipationRow[]) {
  const byService = new Map<string, Sum>();
  const byChannel = new Map<string, Sum>();
  const total: Sum = { served: 0, votes: 0, days: 0, any: false };
  const add = (map: Map<string, Sum>, key: string, r: ParticipationRow) => {
    const s = map.get(key) ?? { served: 0, votes: 0, days: 0, any: false };
    s.served += r.served;
    s.votes += r.votes;
    s.days = Math.max(s.days, r.days);
    s.any = true;
    map.set(key, s);
  };
  for (const r of rows) {
    add(byService, r.service_id, r);
    add(byChannel, r.channel, r);
    total.served += r.served;
    total.votes += r.votes;
    total.days = Math.max(total.days, r.days);
    total.any = true;
  }
  return {
    total: toParticipation(total),
    service: (id: string) => toParticipation(byService.get(id)),
    byChannel: [...byChannel.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([channel, s]) => ({ channel, participation: toParticipation(s) })),
  };
}
