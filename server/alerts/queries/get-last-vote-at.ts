// When the last vote cast on the office's terminals (or for a service there) was counted, misuse included: a tap proves the terminal works.
// Not the votes cast on the collector's own pages and so dated at their arrival (time_source 'arrival': the website's
// ratings, the QR codes' votes from the citizen's phone, the operator's phone page): they say nothing of the terminals.
import type { Db } from '../../store/database';
import type { AlertScope } from '../scope';

export async function getLastVoteAt(db: Db, scope: AlertScope): Promise<Date | null> {
  let q = db.selectFrom('votes').select('counted_at').where('administration_id', '=', scope.administrationId).where('time_source', '!=', 'arrival');
  if (scope.officeId) q = q.where('office_id', '=', scope.officeId);
  if (scope.serviceId) q = q.where('service_id', '=', scope.serviceId);
  const row = await q.orderBy('counted_at', 'desc').limit(1).executeTakeFirst();
  return row ? new Date(row.counted_at) : null;
}
