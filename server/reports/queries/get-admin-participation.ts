// People served and the votes of the same days for whole administrations (or the installation), per office, service and contact channel.
import type { Db } from '../../store/database';
import { readPlanned, toCount } from './read-planned';

export interface AdminParticipationRow {
  administration_id: string;
  office_id: string;
  service_id: string;
  channel: string;
  served: number;
  votes: number;
  days: number;
}

/** Rows per (office, service, channel), whole months and edge days summed: the callers fold them by what they show. */
export async function getAdminParticipation(db: Db, administrationIds: readonly string[] | null, from: string, to: string): Promise<AdminParticipationRow[]> {
  if (administrationIds?.length === 0) return [];
  const keys = ['offices.administration_id', 'offices.id as office_id'] as const;
  const rows = await readPlanned(
    from,
    to,
    (m) => {
      let q = db
        .selectFrom('participation_month')
        .innerJoin('offices', 'offices.id', 'participation_month.office_id')
        .select((eb) => [
          ...keys,
          'participation_month.service_id',
          'participation_month.channel',
          eb.fn.sum<number | string>('participation_month.served').as('served'),
          eb.fn.sum<number | string>('participation_month.votes').as('votes'),
          eb.fn.sum<number | string>('participation_month.days').as('days'),
        ])
        .where('participation_month.month', '>=', m.from)
        .where('participation_month.month', '<=', m.to);
      if (administrationIds) q = q.where('offices.administration_id', 'in', [...administrationIds]);
      return q.groupBy(['offices.administration_id', 'offices.id', 'participation_month.service_id', 'participation_month.channel']).execute();
    },
    (d) => {
      let q = db
        .selectFrom('participation_day')
        .innerJoin('offices', 'offices.id', 'participation_day.office_id')
        .select((eb) => [
          ...keys,
          'participation_day.service_id',
          'participation_day.channel',
          eb.fn.sum<number | string>('participation_day.served').as('served'),
          eb.fn.sum<number | string>('participation_day.votes').as('votes'),
          eb.fn.countAll<number | string>().as('days'),
        ])
        .where('participation_day.day', '>=', d.from)
        .where('participation_day.day', '<=', d.to)
        .where('participation_day.served', 'is not', null);
      if (administrationIds) q = q.where('offices.administration_id', 'in', [...administrationIds]);
      return q.groupBy(['offices.administration_id', 'offices.id', 'participation_day.service_id', 'participation_day.channel']).execute();
    },
  );
  const out = new Map<string, AdminParticipationRow>();
  for (const r of rows) {
    const k = `${r.office_id}\u0000${r.service_id}\u0000${r.channel}`;
    const row = out.get(k) ?? { administration_id: r.administration_id, office_id: r.office_id, service_id: r.service_id, channel: r.channel, served: 0, votes: 0, days: 0 };
    row.served += toCount(r.served);
    row.votes += toCount(r.votes);
    row.days += toCount(r.days);
    out.set(k, row);
  }
  return [...out.values()];
}
