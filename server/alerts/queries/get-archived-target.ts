// What of a rule's administration, office or service is archived, if any: an archived office's terminals
// are gone, and its rule would count their silence as news (alerts by e-mail about a closed office).
import type { Db } from '../../store/database';
import type { AlertScope } from '../scope';

export type ArchivedTarget = 'administration' | 'office' | 'service';

export async function getArchivedTarget(db: Db, scope: AlertScope): Promise<ArchivedTarget | null> {
  const administration = await db.selectFrom('administrations').select('archived_at').where('id', '=', scope.administrationId).executeTakeFirst();
  if (administration?.archived_at) return 'administration';
  if (scope.officeId) {
    const office = await db.selectFrom('offices').select('archived_at').where('id', '=', scope.officeId).executeTakeFirst();
    if (office?.archived_at) return 'office';
  }
  if (scope.serviceId) {
    const service = await db.selectFrom('services').select('archived_at').where('id', '=', scope.serviceId).executeTakeFirst();
    if (service?.archived_at) return 'service';
  }
  return null;
}
