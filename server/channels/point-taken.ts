// One live point of a kind per office (per service for web and QR): a second one would bear the same
// name (createPoint names it by kind and service), so it could not be told apart on the «Canali» page,
// in the QR sheets or on the phone page, and it would add nothing: one web point's embed code goes on
// any number of pages, one QR point prints any number of sheets, one phone point serves every
// operator, and the reports never split by point.
import type { ChannelPointKind } from '../contract/channel-points';
import { AppError } from '../http/app-error';
import type { Db } from '../store/database';

/**
 * Refuses a new point when the office already has a live one of that kind (and service): 409 naming
 * it, so its code is reused. An archived point frees the place. `db` must be the creating transaction,
 * after lockAdministrationOfOffice: two creations at once on PostgreSQL would otherwise each read
 * before the other's row is committed, and both store.
 */
export async function refuseSecondPoint(db: Db, officeId: string, kind: ChannelPointKind, serviceId: string | undefined, serviceName: string | null): Promise<void> {
  let query = db.selectFrom('channel_points').select('id').where('office_id', '=', officeId).where('kind', '=', kind).where('archived_at', 'is', null);
  if (serviceId !== undefined) query = query.where('service_id', '=', serviceId);
  const taken = await query.orderBy('created_at').orderBy('id').executeTakeFirst();
  if (!taken) return;
  throw new AppError('conflict', (w) => w.pointTaken(kind, serviceName, taken.id), [{ field: kind === 'phone' ? '/kind' : '/serviceId', reason: (w) => w.pointTakenBy(taken.id) }]);
}
