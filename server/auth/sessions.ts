// Server-side sessions in the database: created at sign-in, found by cookie, ended one by one or all at once.
import type { Grant } from '../contract/auth';
import type { Db } from '../store/database';
import { inCallersTime, sharedTime } from '../store/shared-clock';
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

/*
 * A session's times are set and compared by the clock every collector shares (server/store/shared-clock.ts:
 * PostgreSQL's; SQLite's one process uses `now`). Behind a balancer, by each collector's own, one whose
 * clock ran ahead ended sessions early (a manager signed out at random, at the request it happened to
 * answer) and one behind kept expired sessions alive. The end a session answers (`expiresAt`) is said in
 * the answering collector's time, as the throttle's locks are.
 */

export async function createSession(db: Db, userId: string, userAgent: string, now: Date): Promise<{ cookieValue: string; expiresAt: string }> {
  const cookieValue = randomToken();
  const at = sharedTime(db, now);
  // Expired sessions are refused when used; this sweep, at each sign-in, keeps them from piling up.
  await db.deleteFrom('sessions').where('expires_at', '<=', at).execute();
  const row = await db
    .insertInto('sessions')
    .values({
      id_hash: sha256(cookieValue),
      user_id: userId,
      csrf_token: randomToken(),
      created_at: at,
      last_seen_at: at,
      expires_at: sharedTime(db, now, SESSION_IDLE_MS),
      user_agent: userAgent.slice(0, 300),
    })
    .returning(['expires_at', at.as('now')])
    .executeTakeFirstOrThrow();
  return { cookieValue, expiresAt: inCallersTime(row.expires_at, row.now, now) };
}

/** The signed-in user behind a cookie value, or null (unknown, expired, or the user was disabled). */
export async function findSession(db: Db, cookieValue: string, now: Date): Promise<SignedInUser | null> {
  const idHash = sha256(cookieValue);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id_hash', 'sessions.csrf_token', 'sessions.created_at', 'sessions.last_seen_at', 'sessions.expires_at', 'users.id', 'users.email', 'users.name', 'users.disabled_at', sharedTime(db, now).as('now')])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return null;
  if (row.disabled_at !== null || row.expires_at <= row.now) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return null;
  }
  // From here on the shared clock as this statement read it: the write below follows within milliseconds.
  const sharedNow = Date.parse(row.now);
  let expiresAt = row.expires_at;
  if (sharedNow - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    const cap = Date.parse(row.created_at) + SESSION_MAX_MS;
    expiresAt = new Date(Math.min(sharedNow + SESSION_IDLE_MS, cap)).toISOString();
    await db.updateTable('sessions').set({ last_seen_at: row.now, expires_at: expiresAt }).where('id_hash', '=', idHash).execute();
  }
  return { id: row.id, email: row.email, name: row.name, grants: await getGrants(db, row.id), sessionHash: idHash, csrfToken: row.csrf_token, expiresAt: inCallersTime(expiresAt, row.now, now) };
}

/** Ended sessions go (the hourly sweep-sessions job): by the shared clock, as they are judged. */
export async function sweepSessions(db: Db, now: Date): Promise<number> {
  return Number((await db.deleteFrom('sessions').where('expires_at', '<=', sharedTime(db, now)).executeTakeFirst()).numDeletedRows);
}

/** Whether a session is still alive by the shared clock: the minute's check of live connections (realtime/socket.ts). */
export async function sessionAlive(db: Db, sessionHash: string, now: Date): Promise<boolean> {
  const row = await db.selectFrom('sessions').select('id_hash').where('id_hash', '=', sessionHash).where('expires_at', '>', sharedTime(db, now)).executeTakeFirst();
  return row !== undefined;
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
