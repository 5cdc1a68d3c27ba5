// The operator's page: the rating a caller gave at the end of a phone call, stored as a vote of channel telefono.
import type { PhoneVote } from '../../contract/channel-schemas';
import { AppError } from '../../http/app-error';
import { findLivePoint } from '../points';
import { storeChannelVote, type ChannelVoteDeps } from '../store-channel-vote';

export async function recordPhoneVote(deps: ChannelVoteDeps, pointId: string, vote: PhoneVote): Promise<{ id: string; storedAt: string }> {
  const point = await findLivePoint(deps.db, pointId, 'phone');
  const service = await deps.db.selectFrom('services').select('archived_at').where('id', '=', vote.serviceId).where('administration_id', '=', point.administrationId).executeTakeFirst();
  if (!service || service.archived_at) {
    throw new AppError('validation_failed', (w) => w.phoneServiceGone, [{ field: '/serviceId', reason: (w) => w.serviceUnknownOrArchived(vote.serviceId) }]);
  }
  const stored = await storeChannelVote(deps, point, vote.serviceId, vote.face);
  return { id: stored.id, storedAt: stored.at.toISOString() };
}
