// Checks an e-mail and password, with a lockout after repeated failures, and opens a session.
import { AppError } from '../http/app-error';
import type { Db } from '../store/database';
import { DUMMY_HASH_PROMISE, verifyPassword } from './passwords';
import { createSession } from './sessions';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

function lockedOut(until: string, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AppError(
    'locked_out',
    `Too many wrong passwords: this account is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}. Wait, or ask an administrator to set a new password.`,
    undefined,
    seconds,
  );
}

export async function signIn(db: Db, email: string, password: string, userAgent: string, now: Date): Promise<{ cookieValue: string; expiresAt: string; userId: string }> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'locked_until', 'disabled_at'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  const wrong = new AppError('unauthenticated', 'Wrong e-mail or password.');
  if (!user) {
    await verifyPassword(password, await DUMMY_HASH_PROMISE);
    throw wrong;
  }
  if (user.locked_until && user.locked_until > now.toISOString()) throw lockedOut(user.locked_until, now);
  const ok = await verifyPassword(password, user.password_hash);
  if (!ok) {
    // Counted in the database, not from the row read above: guesses sent all at once each count.
    const { failed_sign_ins: failed } = await db
      .updateTable('users')
      .set((eb) => ({ failed_sign_ins: eb('failed_sign_ins', '+', 1) }))
      .where('id', '=', user.id)
      .returning('failed_sign_ins')
      .executeTakeFirstOrThrow();
    if (failed < MAX_FAILED_SIGN_INS) throw wrong;
    const lock = new Date(now.getTime() + LOCKOUT_MS).toISOString();
    await db.updateTable('users').set({ failed_sign_ins: 0, locked_until: lock }).where('id', '=', user.id).execute();
    throw lockedOut(lock, now);
  }
  if (user.disabled_at) throw new AppError('forbidden', 'This account is disabled: ask an administrator.');
  await db.updateTable('users').set({ failed_sign_ins: 0, locked_until: null, last_sign_in_at: now.toISOString() }).where('id', '=', user.id).execute();
  return { ...(await createSession(db, user.id, userAgent, now)), userId: user.id };
}
