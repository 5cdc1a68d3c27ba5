// When a message that failed is tried again: exponential backoff, capped.
import { MAX_DELIVERY_ATTEMPTS } from '../contract/delivery';

const MINUTE = 60_000;
/** The first retry comes a minute after the first failure; each next one waits twice as long. */
export const FIRST_RETRY_MS = MINUTE;
/** No wait longer than this: a receiver back after a night's maintenance hears within hours. */
export const MAX_RETRY_MS = 4 * 60 * MINUTE;

/**
 * The wait after `attempts` failed attempts (1 = the first failed), or null when there is no
 * attempt left. 1, 2, 4 ... 256 minutes: the tenth and last attempt comes about 8.5 hours after
 * the first, long enough for a mail server's maintenance window, short enough for a daily report.
 */
export function retryDelayMs(attempts: number): number | null {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return null;
  return Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), MAX_RETRY_MS);
}
