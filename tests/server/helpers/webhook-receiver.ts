// A real webhook receiver for tests (node:http on 127.0.0.1, a free port): checks each call's
// HMAC-SHA256 signature itself (not with the collector's code), and can fail the first calls.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The collector's environment for calling this receiver: it listens on 127.0.0.1, which webhooks may
 * reach only with WEBHOOK_PRIVATE_NETWORKS=allow-loopback (for tests and development; see docs/deploy.md).
 */
export const RECEIVER_ENV = { WEBHOOK_PRIVATE_NETWORKS: 'allow-loopback' } as const;

export interface ReceivedCall {
  headers: IncomingHttpHeaders;
  body: string;
  /** Whether the signature matched `${timestamp}.${body}` under the secret. */
  signatureValid: boolean;
  /** What the receiver answered. */
  status: number;
}

export interface WebhookReceiver {
  url: string;
  calls: ReceivedCall[];
  /** The secret to check signatures with (known once the webhook is created). */
  setSecret(secret: string): void;
  /** The next `n` calls are answered 500. */
  failNext(n: number): void;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedCall[]>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const calls: ReceivedCall[] = [];
  let secret = '';
  let failures = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const timestamp = String(req.headers['x-gradimento-timestamp'] ?? '');
      const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
      const signatureValid = secret !== '' && req.headers['x-gradimento-signature'] === expected;
      let status = 204;
      if (!signatureValid) status = 401;
      else if (failures > 0) {
        failures -= 1;
        status = 500;
      }
      calls.push({ headers: req.headers, body, signatureValid, status });
      res.statusCode = status;
      res.end(status === 500 ? 'receiver down for maintenance' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/gradimento`,
    calls,
    setSecret: (s) => (secret = s),
    failNext: (n) => (failures = n),
    async waitFor(count, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (calls.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} calls, got ${calls.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return calls;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
