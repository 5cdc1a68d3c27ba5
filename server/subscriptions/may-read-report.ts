// Whether a subscriber may read the report they subscribed to, today: the sending job sends it only
// then (roles change), and the lists show the subscription paused otherwise.
import { getGrants } from '../auth/sessions';
import { allows, type Target } from '../contract/permissions';
import type { Db } from '../store/database';

export async function mayReadReport(db: Db, userId: string, administrationId: string, officeId: string | null): Promise<boolean> {
  const target: Target = officeId ? { kind: 'office', administrationId, officeId } : { kind: 'administration', administrationId };
  return allows(await getGrants(db, userId), 'reports:read', target);
}
