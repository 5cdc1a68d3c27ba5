// Checks an e-mail and password and opens a session; repeated wrong passwords lock the e-mail for
// the address they came from only, and an unknown e-mail answers exactly like a known one.
import { AppError } from '../http/app-error';
import type { Db } from '../store/database';
import { DUMMY_HASH_PROMISE, verifyPassword } from './passwords';
import { createSession } from './sessions';
import { clearFailures, lockedUntil, recordFailure } from './sign-in-throttle';

export { LOCKOUT_MS, MAX_FAILED_SIGN_INS } from './sign-in-throttle';

function lockedOut(until: string, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AppError('locked_out', (w) => w.lockedOut(minutes), undefined, seconds);
}

/** `address` is the client's (request.ip: the proxy's X-Forwarded-For only when TRUST_PROXY names it). */
export async function signIn(db: Db, email: string, password: string, userAgent: string, now: Date, address: string): Promise<{ cookieValue: string; expiresAt: string; userId: string }> {
  const typed = email.trim().toLowerCase();
  const lock = await lockedUntil(db, typed, address, now);
  if (lock) throw lockedOut(lock, now);
  const user = await db.selectFrom('users').select(['id', 'password_hash', 'disabled_at']).where('email', '=', typed).executeTakeFirst();
  // An unknown e-mail costs the same scrypt as a known one, and is counted the same way.
  const ok = await verifyPassword(password, user?.password_hash ?? (await DUMMY_HASH_PROMISE));
  if (!user || !ok) {
    const until = await recordFailure(db, typed, address, now);
    if (until) throw lockedOut(until, now);
    throw new AppError('unauthenticated', (w) => w.wrongCredentials);
  }
  if (user.disabled_at) throw new AppError('forbidden', (w) => w.accountDisabled);
  await clearFailures(db, typed, address);
  await db.updateTable('users').set({ last_sign_in_at: now.toISOString() }).where('id', '=', user.id).execute();
  return { ...(await createSession(db, user.id, userAgent, now)), userId: user.id };
}
