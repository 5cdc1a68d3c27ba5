// Server-side sessions in the database: created at sign-in, found by cookie, ended one by one or all at once.
import type { Grant } from '../contract/auth';
import type { Db } from '../store/database';
import { randomToken, sha256 } from './tokens';

/** A session left unused this long ends; using it pushes the end further. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** However much it is used, a session ends this long after sign-in. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** Sliding the expiry costs a write: do it at most this often per session. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  grants: Grant[];
  sessionHash: string;
  csrfToken: string;
  expiresAt: string;
}

export async function getGrants(db: Db, userId: string): Promise<Grant[]> {
  const rows = await db.selectFrom('grants').select(['role', 'administration_id', 'office_id']).where('user_id', '=', userId).execute();
  return rows.map((r) => ({ role: r.role as Grant['role'], administrationId: r.administration_id, officeId: r.office_id }));
}

export async function createSession(db: Db, userId: string, userAgent: string, now: Date): Promise<{ cookieValue: string; expiresAt: string }> {
  const cookieValue = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS).toISOString();
  // Expired sessions are refused when used; this sweep, at each sign-in, keeps them from piling up.
  await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
  await db
    .insertInto('sessions')
    .values({
      id_hash: sha256(cookieValue),
      user_id: userId,
      csrf_token: randomToken(),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt,
      user_agent: userAgent.slice(0, 300),
    })
    .execute();
  return { cookieValue, expiresAt };
}

/** The signed-in user behind a cookie value, or null (unknown, expired, or the user was disabled). */
export async function findSession(db: Db, cookieValue: string, now: Date): Promise<SignedInUser | null> {
  const idHash = sha256(cookieValue);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id_hash', 'sessions.csrf_token', 'sessions.created_at', 'sessions.last_seen_at', 'sessions.expires_at', 'users.id', 'users.email', 'users.name', 'users.disabled_at'])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return null;
  if (row.disabled_at !== null || row.expires_at <= now.toISOString()) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return null;
  }
  let expiresAt = row.expires_at;
  if (now.getTime() - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    const cap = Date.parse(row.created_at) + SESSION_MAX_MS;
    expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, cap)).toISOString();
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString(), expires_at: expiresAt }).where('id_hash', '=', idHash).execute();
  }
  return { id: row.id, email: row.email, name: row.name, grants: await getGrants(db, row.id), sessionHash: idHash, csrfToken: row.csrf_token, expiresAt };
}

export async function endSession(db: Db, sessionHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', sessionHash).execute();
}

/** Sign-out everywhere, password change, disabling: every session of the user ends (but `keep`, if given). */
export async function endUserSessions(db: Db, userId: string, keep?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep) q = q.where('id_hash', '!=', keep);
  await q.execute();
}
