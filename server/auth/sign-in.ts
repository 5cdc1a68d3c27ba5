// Checks an e-mail and password and opens a session. Repeated wrong passwords lock the e-mail for the
// address they came from (5), and for every address together (20), except from a browser its person
// signed in from before; an unknown e-mail answers exactly like a known one, locks included.
import { createHash } from 'node:crypto';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../http/app-error';
import type { Db } from '../store/database';
import { isKnownDevice, knownDeviceValue } from './known-device';
import { DUMMY_HASH_PROMISE, verifyPassword } from './passwords';
import { createSession } from './sessions';
import { ACCOUNT_LOCKOUT_MS, clearFailures, EVERY_ADDRESS, lockedUntil, recordAccountFailure, recordFailure } from './sign-in-throttle';

export { ACCOUNT_LOCKOUT_MS, ACCOUNT_MAX_FAILED_SIGN_INS, LOCKOUT_MS, MAX_FAILED_SIGN_INS } from './sign-in-throttle';

/** Both locks answer alike: the guesser learns neither which lock it met nor whether the e-mail exists. */
function lockedOut(until: string, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AppError('locked_out', (w) => w.lockedOut(minutes), undefined, seconds);
}

const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

export interface SignedIn {
  cookieValue: string;
  expiresAt: string;
  userId: string;
  /** The known-device cookie's new value (known-device.ts), renewed at each sign-in. */
  device: string;
}

/**
 * `address` is the client's (request.ip: the proxy's X-Forwarded-For only when TRUST_PROXY names it);
 * `device` the known-device cookie the browser sent, if any.
 */
export async function signIn(db: Db, email: string, password: string, userAgent: string, now: Date, address: string, device?: string): Promise<SignedIn> {
  const typed = email.trim().toLowerCase();
  const lock = await lockedUntil(db, typed, address, now);
  if (lock) throw lockedOut(lock, now);
  const user = await db.selectFrom('users').select(['id', 'password_hash', 'disabled_at']).where('email', '=', typed).executeTakeFirst();
  // An unknown e-mail has no browser that could prove it signed in before: locked like any other.
  const accountLock = await lockedUntil(db, typed, EVERY_ADDRESS, now);
  // A known browser's own failures are counted too, by its cookie (OWASP locks the device cookie
  // itself): whoever copied a cookie gets 5 guesses with it while the e-mail is locked, not 5 per address.
  const deviceKey = device ? `device:${createHash('sha256').update(device).digest('base64url').slice(0, 22)}` : null;
  if (accountLock) {
    const known = user && deviceKey && !(await lockedUntil(db, typed, deviceKey, now)) && (await isKnownDevice(db, device, user.id, now));
    if (!known) throw lockedOut(accountLock, now);
  }
  // An unknown e-mail costs the same scrypt as a known one, and is counted the same way.
  const ok = await verifyPassword(password, user?.password_hash ?? (await DUMMY_HASH_PROMISE));
  if (!user || !ok) {
    const until = later(await recordFailure(db, typed, address, now), accountLock && deviceKey ? await recordFailure(db, typed, deviceKey, now) : null);
    // A known browser's wrong passwords while the e-mail is locked count for its address and its cookie.
    const accountUntil = accountLock ? null : await recordAccountFailure(db, typed, now);
    if (accountUntil) {
      // Recorded for an unknown e-mail too (the person it names is the e-mail typed): the same work
      // either way, and the installation's administrators see the guessing whoever it aimed at.
      await recordAudit(
        db,
        { actor: null, administrationId: null, action: 'user.sign_in_lock', targetType: 'user', targetId: user?.id ?? typed, details: { email: typed, minutes: ACCOUNT_LOCKOUT_MS / 60_000 } },
        now,
      );
    }
    const shown = later(until, accountUntil);
    if (shown) throw lockedOut(shown, now);
    throw new AppError('unauthenticated', (w) => w.wrongCredentials);
  }
  if (user.disabled_at) throw new AppError('forbidden', (w) => w.accountDisabled);
  await clearFailures(db, typed, address);
  await db.updateTable('users').set({ last_sign_in_at: now.toISOString() }).where('id', '=', user.id).execute();
  return { ...(await createSession(db, user.id, userAgent, now)), userId: user.id, device: await knownDeviceValue(db, user.id, now) };
}
