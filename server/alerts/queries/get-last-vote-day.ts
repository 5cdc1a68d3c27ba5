// The last office-local day an office (or a service there) counted a vote, from the day rollups: they
// outlive retention, which removes the raw votes getLastVoteAt reads. Not the website's ratings (channels.ts).
import { WITHOUT_OPENING_HOURS } from '../../contract/channels';
import type { Db } from '../../store/database';
import type { AlertScope } from '../scope';

export async function getLastVoteDay(db: Db, scope: AlertScope): Promise<string | null> {
  let q = db
    .selectFrom('tally_day')
    .innerJoin('services', 'services.id', 'tally_day.service_id')
    .select('tally_day.day')
    .where('services.administration_id', '=', scope.administrationId)
    .where('tally_day.channel', 'not in', [...WITHOUT_OPENING_HOURS])
    .where('tally_day.votes', '>', 0);
  if (scope.officeId) q = q.where('tally_day.office_id', '=', scope.officeId);
  if (scope.serviceId) q = q.where('tally_day.service_id', '=', scope.serviceId);
  const row = await q.orderBy('tally_day.day', 'desc').limit(1).executeTakeFirst();
  return row?.day ?? null;
}
