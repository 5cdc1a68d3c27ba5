// Creates a person or changes one (name, roles, disabled, password reset), with the audit entry; ends sessions where needed.
import type { Grant } from '../../contract/auth';
import type { User } from '../../contract/admin';
import { recordAudit } from '../../audit/record-audit';
import { hashPassword } from '../../auth/passwords';
import { clearFailures } from '../../auth/sign-in-throttle';
import { refuseWeakPassword } from '../../auth/weak-password';
import { endUserSessions, type SignedInUser } from '../../auth/sessions';
import type { Db } from '../../store/database';
import { createUser } from '../../store/create-user';
import { cleanName, Problems } from '../checks';
import { checkGrants } from './check-grants';
import { getUser } from './get-users';
import { guardAgainstLockout } from './lockout-guard';
import { refuseStale } from '../item-version';
import { getLastUserChange } from './get-last-user-change';
import { emailTakenError } from './email-taken';
import { AppError } from '../../http/app-error';

export interface UserChange {
  name?: string;
  grants?: Grant[];
  disabled?: boolean;
  password?: string;
  /** The person as the admin read them: a change made meanwhile by someone else refuses this one (409 stale). */
  version?: string;
}

export async function addUser(db: Db, actor: SignedInUser, input: { email: string; name: string; password: string; grants: Grant[] }, now: Date): Promise<User> {
  const problems = new Problems();
  const name = cleanName(input.name, '/name', problems);
  problems.throwIfAny();
  refuseWeakPassword(input.password, { email: input.email, name }, '/password');
  const grants = await checkGrants(db, actor.grants, input.grants);
  try {
    const id = await createUser(db, { email: input.email, name, password: input.password, grants }, actor, now);
    return (await getUser(db, id))!;
  } catch (error) {
    // createUser's own words say a person with the e-mail exists: said only to whom may know (email-taken.ts).
    if (error instanceof AppError && error.code === 'conflict' && error.problems?.some((p) => p.field === '/email')) throw await emailTakenError(db, actor, input.email);
    throw error;
  }
}

/** The stored person, and whether the route must still drop their live sockets (rooms are re-checked on reconnect). */
export interface UserChangeEffects {
  user: User;
  endSockets: boolean;
}

export async function changeUser(db: Db, actor: SignedInUser, userId: string, change: UserChange, now: Date): Promise<UserChangeEffects> {
  const problems = new Problems();
  const name = change.name === undefined ? undefined : cleanName(change.name, '/name', problems);
  problems.throwIfAny();
  const before = (await getUser(db, userId))!;
  // An admin's reset too: a password given to a person must be as hard to guess as one they choose.
  if (change.password !== undefined) refuseWeakPassword(change.password, { email: before.email, name: name ?? before.name }, '/password');
  const grants = change.grants === undefined ? undefined : await checkGrants(db, actor.grants, change.grants, before.grants);
  await guardAgainstLockout(db, actor.id, actor.grants, { userId, grants, disabled: change.disabled });
  const hash = change.password === undefined ? undefined : await hashPassword(change.password);
  const at = now.toISOString();

  await db.transaction().execute(async (trx) => {
    // On PostgreSQL two changes of people at once each read before the other committed: the same roles
    // given twice were stored twice (each deleted the rows it saw, then inserted its own), and two admins
    // taking the role from each other left nobody. This person's row and every installation admin's are
    // locked first, in one order (no deadlock), so the second change waits and checks again once the
    // first committed. SQLite leaves the clause out (store/row-locks.ts).
    await trx
      .selectFrom('users')
      .select('id')
      .where((eb) => eb.or([eb('id', '=', userId), eb('id', 'in', eb.selectFrom('grants').select('user_id').where('role', '=', 'installation_admin'))]))
      .orderBy('id')
      .forUpdate()
      .execute();
    // The person as they are now, read again under the lock: a change committed while this one waited
    // is what the audit must name as before (its roles), not the person as first read, and refuses a
    // change made from an older copy before anything is written.
    const current = (await getUser(trx, userId))!;
    await refuseStale(change.version, current.version!, 'person', () => getLastUserChange(trx, userId, current.grants));
    await guardAgainstLockout(trx, actor.id, actor.grants, { userId, grants, disabled: change.disabled });
    const columns = {
      ...(name !== undefined ? { name } : {}),
      ...(change.disabled !== undefined ? { disabled_at: change.disabled ? (current.disabledAt ?? at) : null } : {}),
      ...(hash !== undefined ? { password_hash: hash } : {}),
    };
    if (Object.keys(columns).length) await trx.updateTable('users').set(columns).where('id', '=', userId).execute();
    // Enabled again: their scheduled e-mails resume with the next report, as for a new subscriber. The
    // reports that fell due while the account was off are not owed (up to 31 daily ones in one morning).
    if (change.disabled === false && current.disabledAt) {
      await trx.updateTable('subscriptions').set({ frequency_since: at }).where('user_id', '=', userId).where('cancelled_at', 'is', null).execute();
    }
    // An admin's reset is how a locked-out person gets back in: every lock on the e-mail goes with the old password.
    if (hash !== undefined) await clearFailures(trx, current.email);
    if (grants) {
      await trx.deleteFrom('grants').where('user_id', '=', userId).execute();
      await trx.insertInto('grants').values(grants.map((g) => ({ user_id: userId, role: g.role, administration_id: g.administrationId, office_id: g.officeId }))).execute();
    }
    const administrations = [...new Set([...current.grants, ...(grants ?? [])].map((g) => g.administrationId))];
    await recordAudit(
      trx,
      {
        actor,
        administrationId: administrations.length === 1 ? administrations[0]! : null,
        action: 'user.update',
        targetType: 'user',
        targetId: userId,
        details: {
          ...(name !== undefined ? { name } : {}),
          ...(grants ? { grants, previousGrants: current.grants } : {}),
          ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
          ...(hash !== undefined ? { reset: 'password' } : {}),
        },
      },
      now,
    );
  });

  // A disabled person, or one whose password was reset, must sign in again everywhere (the actor resetting
  // their own keeps this session, as with a password change).
  if (change.disabled === true || hash !== undefined) await endUserSessions(db, userId, userId === actor.id ? actor.sessionHash : undefined);
  const endSockets = change.disabled === true || hash !== undefined || grants !== undefined;
  return { user: (await getUser(db, userId))!, endSockets };
}
