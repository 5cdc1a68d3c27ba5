// Reads people in the contract's shape, with their roles: one, or everyone (never their password hashes).
import type { Grant } from '../../contract/auth';
import type { User } from '../../contract/admin';
import type { Db } from '../../store/database';
import { byCodePoint } from '../../store/text-order';
import { digestVersion } from '../item-version';

const COLUMNS = ['id', 'email', 'name', 'disabled_at', 'created_at', 'last_sign_in_at'] as const;

async function withGrants(db: Db, rows: { id: string; email: string; name: string; disabled_at: string | null; created_at: string; last_sign_in_at: string | null }[]): Promise<User[]> {
  if (rows.length === 0) return [];
  const grants = await db
    .selectFrom('grants')
    .select(['user_id', 'role', 'administration_id', 'office_id'])
    .where('user_id', 'in', rows.map((r) => r.id))
    .orderBy('role', byCodePoint)
    // NULLS FIRST spelled out: SQLite's default for ascending order, PostgreSQL's is last.
    .orderBy('administration_id', (ob) => byCodePoint(ob).nullsFirst())
    .orderBy('office_id', (ob) => byCodePoint(ob).nullsFirst())
    .execute();
  return rows.map((r) => {
    const own = grants.filter((g) => g.user_id === r.id).map((g) => ({ role: g.role as Grant['role'], administrationId: g.administration_id, officeId: g.office_id }));
    return {
      id: r.id,
      email: r.email,
      name: r.name,
      grants: own,
      disabledAt: r.disabled_at,
      createdAt: r.created_at,
      lastSignInAt: r.last_sign_in_at,
      // What the person form and its buttons edit, as stored (roles in the order read above): a change by
      // someone else changes it (save-user.ts checks it); a sign-in or a password change does not.
      version: digestVersion([r.name, own, r.disabled_at]),
    };
  });
}

export async function getUser(db: Db, userId: string): Promise<User | null> {
  const row = await db.selectFrom('users').select(COLUMNS).where('id', '=', userId).executeTakeFirst();
  return row ? (await withGrants(db, [row]))[0]! : null;
}

export async function listUsers(db: Db): Promise<User[]> {
  return withGrants(db, await db.selectFrom('users').select(COLUMNS).orderBy('email', byCodePoint).execute());
}
