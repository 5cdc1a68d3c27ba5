// The people-served figures of an office over a period, with the votes of the same days, for the dashboard's grid:
// days with a figure, and days with votes but no figure yet (served null), so the grid shows what to compare with.
import type { PeopleServedRow } from '../contract/participation';
import type { Db } from '../store/database';

export async function getPeopleServed(db: Db, officeId: string, from: string, to: string): Promise<PeopleServedRow[]> {
  const rows = await db
    .selectFrom('participation_day')
    .select(['service_id', 'day', 'channel', 'served', 'votes', 'served_source', 'served_at', 'served_by'])
    .where('office_id', '=', officeId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .where((eb) => eb.or([eb('served', 'is not', null), eb('votes', '>', 0)]))
    .orderBy('day')
    .orderBy('service_id')
    .orderBy('channel')
    .execute();
  return rows.map((r) => ({
    serviceId: r.service_id,
    day: r.day,
    channel: r.channel,
    served: r.served === null ? null : Number(r.served),
    votes: Number(r.votes),
    source: r.served === null ? null : r.served_source,
    at: r.served === null ? null : r.served_at,
    by: r.served_by,
  }));
}
