// Requests that arrive while the collector stops (SIGTERM), on a connection kept alive from before:
// refused in the API's error shape, with Retry-After, so a terminal keeps its votes and sends them
// again. Fastify's own refusal (return503OnClosing) answered with its default body instead,
// which no client of this API knows how to read.
import type { FastifyInstance } from 'fastify';
import { AppError } from './app-error';

/** What the refusal asks the client to wait: about what a restart takes. */
export const CLOSING_RETRY_SECONDS = 5;

/** Needs Fastify's own return503OnClosing off (buildApp), or Fastify answers before this hook runs. */
export function installClosingRefusal(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!closing) return;
    // The connection goes too: the next request should find another collector, or this one restarted.
    void reply.header('connection', 'close');
    throw new AppError('service_unavailable', (w) => w.stopping(CLOSING_RETRY_SECONDS), undefined, CLOSING_RETRY_SECONDS);
  });
}
