// When the last vote of an office (or of a service there) was counted, misuse included: a tap proves the terminal works.
// Not the website's ratings: given at any hour from anywhere, they say nothing of the office's terminals (channels.ts).
import { WITHOUT_OPENING_HOURS } from '../../contract/channels';
import type { Db } from '../../store/database';
import type { AlertScope } from '../scope';

export async function getLastVoteAt(db: Db, scope: AlertScope): Promise<Date | null> {
  let q = db.selectFrom('votes').select('counted_at').where('administration_id', '=', scope.administrationId).where('channel', 'not in', [...WITHOUT_OPENING_HOURS]);
  if (scope.officeId) q = q.where('office_id', '=', scope.officeId);
  if (scope.serviceId) q = q.where('service_id', '=', scope.serviceId);
  const row = await q.orderBy('counted_at', 'desc').limit(1).executeTakeFirst();
  return row ? new Date(row.counted_at) : null;
}
