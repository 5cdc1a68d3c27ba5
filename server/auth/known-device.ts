// A browser's proof that its person signed in from it before: a "device cookie" (OWASP, Blocking
// Brute Force Attacks), signed with a secret of the installation, renewed at each sign-in.
//
// Why: an e-mail locked for every address (sign-in-throttle.ts, 20 failures) would otherwise lock its
// real person out too, wherever they are: a guesser could keep an installation admin out for good.
// The lock spares the browsers that prove their person signed in from them, so the person signs in
// from their usual PC as ever, and the guesser, who has no such cookie for that person, stays
// locked. A cookie, not an address: offices share one address behind their router, and the address
// of a laptop changes; the cookie is the browser's own, and cannot be read by scripts.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { installationSecret } from '../delivery/secrets';
import type { Db } from '../store/database';

/** How long a browser stays known without signing in: half a year, a manager's longest leave. */
export const KNOWN_DEVICE_MS = 180 * 24 * 60 * 60 * 1000;
const SECRET_NAME = 'known-device';

async function signature(db: Db, body: string, now: Date): Promise<string> {
  return createHmac('sha256', await installationSecret(db, SECRET_NAME, now)).update(body).digest('base64url');
}

/**
 * The cookie's value for a person who just signed in: their id, when, and the signature of both.
 * Dated by the collector's own clock: a skew of minutes between collectors is nothing in half a year.
 */
export async function knownDeviceValue(db: Db, userId: string, now: Date): Promise<string> {
  const body = `${userId}.${now.getTime()}`;
  return `${body}.${await signature(db, body, now)}`;
}

/** Whether the cookie sent proves this person signed in from this browser within KNOWN_DEVICE_MS. */
export async function isKnownDevice(db: Db, value: string | undefined, userId: string, now: Date): Promise<boolean> {
  const [id, issued, mac, ...rest] = (value ?? '').split('.');
  if (id !== userId || !issued || !mac || rest.length > 0) return false;
  // Either way: a collector whose clock runs behind may have dated it a little in the future.
  if (!(Math.abs(now.getTime() - Number(issued)) <= KNOWN_DEVICE_MS)) return false;
  const expected = Buffer.from(await signature(db, `${id}.${issued}`, now));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
