// The signature of a webhook call: HMAC-SHA256 over the timestamp and the exact body, so a receiver
// can tell the call is ours, unchanged, and recent (a replayed call carries an old timestamp).
import { createHmac, timingSafeEqual } from 'node:crypto';

/** `sha256=` and the hex HMAC-SHA256 of `${timestamp}.${body}` keyed with the webhook's secret. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** How old a call may be when a receiver checks it (what the README recommends). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * What a receiver does, for tests and as the reference the README describes: the signature must
 * match (compared in constant time) and the timestamp be within the tolerance of the receiver's clock.
 */
export function verifyWebhook(secret: string, signature: string | undefined, timestamp: string | undefined, body: string, nowSeconds: number): boolean {
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > WEBHOOK_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signWebhook(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
