// One webhook call: POST the stored JSON body with its signature and timestamp; 2xx is delivered.
import { fetch, type Response } from 'undici';
import { WEBHOOK_HEADERS } from '../contract/delivery';
import type { WebhookPayload } from './outbox';
import { ForbiddenAddressError, forbiddenKind, literalAddress, type WebhookNetwork } from './webhook-address';
import { signWebhook } from './webhook-signature';

const TIMEOUT_MS = 10_000;

/**
 * Throws with a message an admin can act on when the receiver does not answer 2xx, and
 * ForbiddenAddressError when the URL is or resolves only to an address the installation keeps
 * webhooks from (WEBHOOK_PRIVATE_NETWORKS): the network's lookup drops those for host names.
 */
export async function sendWebhook(url: string, secret: string, payload: WebhookPayload, deliveryId: string, now: Date, network: WebhookNetwork): Promise<void> {
  // Node connects to a literal IP without a lookup: that one is judged here.
  const literal = URL.canParse(url) ? literalAddress(new URL(url)) : null;
  const kind = literal ? forbiddenKind(literal, network.setting) : null;
  if (literal && kind) throw new ForbiddenAddressError(literal, kind);
  // Signed at each attempt with that attempt's time: a receiver refusing old calls still takes a late retry.
  const timestamp = Math.floor(now.getTime() / 1000);
  let res: Response;
  try {
    // undici's own fetch, the one Node's global fetch is built on: it takes the network's dispatcher.
    res = await fetch(url, {
      dispatcher: network.dispatcher,
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
    if (cause instanceof ForbiddenAddressError) throw cause;
    if ((err as Error).name === 'TimeoutError') throw new Error(`no answer within ${TIMEOUT_MS / 1000} s from ${url}`);
    throw new Error(`cannot reach ${url}: ${cause?.code ?? cause?.message ?? (err as Error).message}`);
  }
  const text = await res.text().catch(() => '');
  if (res.status >= 300 && res.status < 400) throw new Error(`${url} answered ${res.status} (a redirect): give the webhook its final URL`);
  if (!res.ok) throw new Error(`${url} answered ${res.status}${text ? `: ${text.replace(/\s+/g, ' ').slice(0, 200)}` : ''}`);
}
