// Creates a person with their roles (and an audit entry) in one transaction.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Grant } from '../contract/auth';
import { recordAudit, type Actor } from '../audit/record-audit';
import { hashPassword } from '../auth/passwords';
import { AppError } from '../http/app-error';
import type { Database } from './schema';
import { takeLease } from '../jobs/lease';

/** Held by the first-run setup that got there first, for as long as a setup could take. */
const FIRST_RUN_LEASE = 'first-run-setup';
const FIRST_RUN_LEASE_MS = 60_000;

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
  if (user.grants.length === 0) throw new AppError('validation_failed', (w) => w.needsRole, [{ field: '/grants', reason: (w) => w.noGrants }]);
  const email = user.email.trim().toLowerCase();
  const hash = await hashPassword(user.password);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    // Two first-run screens at once on PostgreSQL: each transaction saw no user and both created one.
    // The lease's row makes the second wait for the first to commit, then refuses it; SQLite runs
    // one transaction at a time anyway. (It expires by itself: the users check below is what lasts.)
    if (onlyIfFirst && !(await takeLease(trx, FIRST_RUN_LEASE, FIRST_RUN_LEASE_MS, now, id))) {
      throw new AppError('setup_done', (w) => w.alreadySetUp);
    }
    if (onlyIfFirst && (await trx.selectFrom('users').select('id').limit(1).executeTakeFirst())) {
      throw new AppError('setup_done', (w) => w.alreadySetUp);
    }
    if (await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) {
      throw new AppError('conflict', (w) => w.emailTaken(email), [{ field: '/email', reason: (w) => w.emailInUse }]);
    }
    // The same e-mail sent twice at once on PostgreSQL: both passed the check above, and the second
    // insert failed on the unique e-mail (a 500). It waits for the first's commit here, then inserts nothing.
    const inserted = await trx
      .insertInto('users')
      .values({ id, email, name: user.name, password_hash: hash, created_at: now.toISOString() })
      .onConflict((oc) => oc.column('email').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw new AppError('conflict', (w) => w.emailTaken(email), [{ field: '/email', reason: (w) => w.emailInUse }]);
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
