// Creates a person with their roles (and an audit entry) in one transaction.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Grant } from '../contract/auth';
import { recordAudit, type Actor } from '../audit/record-audit';
import { hashPassword } from '../auth/passwords';
import { AppError } from '../http/app-error';
import type { Database } from './schema';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  grants: Grant[];
}

export interface CreateUserOptions {
  /** Recorded in the audit entry: "first-run screen", "command line"... */
  via?: string;
  /** First run: refuse (setup_done) if anyone exists, checked in the same transaction so two screens cannot both win. */
  onlyIfFirst?: boolean;
}

/** Throws conflict when the e-mail is taken. Returns the new id. */
export async function createUser(db: Kysely<Database>, user: NewUser, actor: Actor | null, now: Date, { via, onlyIfFirst }: CreateUserOptions = {}): Promise<string> {
  if (user.grants.length === 0) throw new AppError('validation_failed', 'A person needs at least one role.', [{ field: '/grants', reason: 'must not be empty' }]);
  const email = user.email.trim().toLowerCase();
  const hash = await hashPassword(user.password);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    if (onlyIfFirst && (await trx.selectFrom('users').select('id').limit(1).executeTakeFirst())) {
      throw new AppError('setup_done', 'The installation already has users: sign in instead.');
    }
    if (await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) {
      throw new AppError('conflict', `A person with the e-mail ${email} already exists.`, [{ field: '/email', reason: 'already in use' }]);
    }
    await trx.insertInto('users').values({ id, email, name: user.name, password_hash: hash, created_at: now.toISOString() }).execute();
    await trx
      .insertInto('grants')
      .values(user.grants.map((g) => ({ user_id: id, role: g.role, administration_id: g.administrationId, office_id: g.officeId })))
      .execute();
    const administrations = [...new Set(user.grants.map((g) => g.administrationId))];
    await recordAudit(
      trx,
      { actor, administrationId: administrations.length === 1 ? administrations[0]! : null, action: 'user.create', targetType: 'user', targetId: id, details: { email, name: user.name, grants: user.grants, ...(via ? { via } : {}) } },
      now,
    );
  });
  return id;
}
