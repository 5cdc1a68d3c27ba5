// The unsubscribe link's token: the subscription's id signed with the installation's secret, so it
// works without signing in, for that one subscription only, on every collector of the installation.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { installationSecret } from '../delivery/secrets';
import type { Db } from '../store/database';

const SECRET_NAME = 'unsubscribe-links';

function signature(secret: string, subscriptionId: string): string {
  return createHmac('sha256', secret).update(`unsubscribe:${subscriptionId}`).digest('base64url');
}

/** `<subscription id>.<HMAC-SHA256>`: no expiry, since an old e-mail's link must still stop the next ones. */
export async function unsubscribeToken(db: Db, subscriptionId: string, now: Date): Promise<string> {
  return `${subscriptionId}.${signature(await installationSecret(db, SECRET_NAME, now), subscriptionId)}`;
}

/** The subscription a token names, or null when it is malformed or its signature does not match. */
export async function subscriptionOfToken(db: Db, token: string, now: Date): Promise<string | null> {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const id = token.slice(0, dot);
  const expected = Buffer.from(signature(await installationSecret(db, SECRET_NAME, now), id));
  const given = Buffer.from(token.slice(dot + 1));
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}
