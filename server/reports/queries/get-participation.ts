// People served and the votes of the same days, per service and contact channel, for offices over a period.
import type { Db } from '../../store/database';
import { readPlanned, toCount } from './read-planned';

export interface ParticipationRow {
  service_id: string;
  channel: string;
  served: number;
  votes: number;
  days: number;
}

/** Only days with a people-served figure: whole months are pre-summed that way, edge days filtered. */
export async function getParticipation(db: Db, officeIds: readonly string[], from: string, to: string): Promise<ParticipationRow[]> {
  if (officeIds.length === 0) return [];
  const rows = await readPlanned(
    from,
    to,
    (m) =>
      db
        .selectFrom('participation_month')
        .select((eb) => ['service_id', 'channel', eb.fn.sum<number | string>('served').as('served'), eb.fn.sum<number | string>('votes').as('votes'), eb.fn.sum<number | string>('days').as('days')])
        .where('office_id', 'in', [...officeIds])
        .where('month', '>=', m.from)
        .where('month', '<=', m.to)
        .groupBy(['service_id', 'channel'])
        .execute(),
    (d) =>
      db
        .selectFrom('participation_day')
        .select((eb) => ['service_id', 'channel', eb.fn.sum<number | string>('served').as('served'), eb.fn.sum<number | string>('votes').as('votes'), eb.fn.countAll<number | string>().as('days')])
        .where('office_id', 'in', [...officeIds])
        .where('day', '>=', d.from)
        .where('day', '<=', d.to)
        .where('served', 'is not', null)
        .groupBy(['service_id', 'channel'])
        .execute(),
  );
  const out = new Map<string, ParticipationRow>();
  for (const r of rows) {
    const key = `${r.service_id}\u0000${r.channel}`;
    const row = out.get(key) ?? { service_id: r.service_id, channel: r.channel, served: 0, votes: 0, days: 0 };
    row.served += toCount(r.served);
    row.votes += toCount(r.votes);
    row.days += toCount(r.days);
    out.set(key, row);
  }
  return [...out.values()];
}
