// One webhook call: POST the stored JSON body with its signature and timestamp; 2xx is delivered.
import { WEBHOOK_HEADERS } from '../contract/delivery';
import type { WebhookPayload } from './outbox';
import { signWebhook } from './webhook-signature';

const TIMEOUT_MS = 10_000;

/** Throws with a message an admin can act on when the receiver does not answer 2xx. */
export async function sendWebhook(url: string, secret: string, payload: WebhookPayload, deliveryId: string, now: Date): Promise<void> {
  // Signed at each attempt with that attempt's time: a receiver refusing old calls still takes a late retry.
  const timestamp = Math.floor(now.getTime() / 1000);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'gradimento-webhook',
        [WEBHOOK_HEADERS.signature]: signWebhook(secret, timestamp, payload.body),
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.event]: payload.event,
        [WEBHOOK_HEADERS.delivery]: deliveryId,
      },
      body: payload.body,
      // A redirect would send the body somewhere nobody configured: the URL must be the final one.
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    if ((err as Error).name === 'TimeoutError') throw new Error(`no answer within ${TIMEOUT_MS / 1000} s from ${url}`);
    throw new Error(`cannot reach ${url}: ${cause?.code ?? cause?.message ?? (err as Error).message}`);
  }
  const text = await res.text().catch(() => '');
  if (res.status >= 300 && res.status < 400) throw new Error(`${url} answered ${res.status} (a redirect): give the webhook its final URL`);
  if (!res.ok) throw new Error(`${url} answered ${res.status}${text ? `: ${text.replace(/\s+/g, ' ').slice(0, 200)}` : ''}`);
}
