// The last office-local day an office (or a service there) counted a terminal's vote, from the day rollups: they
// outlive retention, which removes the raw votes getLastVoteAt reads. The rollups know a vote's channel, not where
// it was cast: the website's ratings (web) and the phone page's (telefono) are left out by channel, but a QR code's
// vote shares the counters' channel (sportello) and is counted here. It only decides whether the alert adds «no
// vote since the rule was made» (measure-rule.ts), so a QR vote can at worst leave that remark out.
import type { Db } from '../../store/database';
import { CHANNEL_OF_MODE } from '../../admin/terminals/check-terminal-services';
import type { AlertScope } from '../scope';

/** The channels terminals vote in (counter: sportello, totem: totem). */
const TERMINAL_CHANNELS = [...new Set(Object.values(CHANNEL_OF_MODE))];

export async function getLastVoteDay(db: Db, scope: AlertScope): Promise<string | null> {
  let q = db
    .selectFrom('tally_day')
    .innerJoin('services', 'services.id', 'tally_day.service_id')
    .select('tally_day.day')
    .where('services.administration_id', '=', scope.administrationId)
    .where('tally_day.channel', 'in', TERMINAL_CHANNELS)
    .where('tally_day.votes', '>', 0);
  if (scope.officeId) q = q.where('tally_day.office_id', '=', scope.officeId);
  if (scope.serviceId) q = q.where('tally_day.service_id', '=', scope.serviceId);
  const row = await q.orderBy('tally_day.day', 'desc').limit(1).executeTakeFirst();
  return row?.day ?? null;
}
