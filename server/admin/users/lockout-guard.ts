// Refuses changes that would lock people out: disabling oneself, dropping one's own admin role, losing the last installation admin.
import type { Grant } from '../../contract/auth';
import { AppError } from '../../http/app-error';
import type { Db } from '../../store/database';

const ADMIN_ROLES: readonly Grant['role'][] = ['installation_admin', 'administration_admin'];

export interface PendingChange {
  userId: string;
  grants?: readonly Grant[];
  disabled?: boolean;
}

export async function guardAgainstLockout(db: Db, actorId: string, actorGrants: readonly Grant[], change: PendingChange): Promise<void> {
  if (change.userId === actorId) {
    if (change.disabled === true) throw new AppError('conflict', (w) => w.cannotDisableSelf);
    const wasAdmin = actorGrants.some((g) => ADMIN_ROLES.includes(g.role));
    if (change.grants && wasAdmin && !change.grants.some((g) => ADMIN_ROLES.includes(g.role))) {
      throw new AppError('conflict', (w) => w.cannotDropOwnAdmin);
    }
  }
  // Whoever does it, the installation must keep one enabled installation admin, or nobody could ever add one again.
  const losesRole = change.grants !== undefined && !change.grants.some((g) => g.role === 'installation_admin');
  if (!losesRole && change.disabled !== true) return;
  const others = await db
    .selectFrom('grants')
    .innerJoin('users', 'users.id', 'grants.user_id')
    .select('users.id')
    .where('grants.role', '=', 'installation_admin')
    .where('users.disabled_at', 'is', null)
    .where('users.id', '!=', change.userId)
    .executeTakeFirst();
  if (others) return;
  const isOne = await db.selectFrom('grants').select('user_id').where('user_id', '=', change.userId).where('role', '=', 'installation_admin').executeTakeFirst();
  if (isOne) throw new AppError('conflict', (w) => w.lastInstallationAdmin);
}
