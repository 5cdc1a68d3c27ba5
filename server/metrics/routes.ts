// GET /metrics in Prometheus' text format: open from this machine, or anywhere with METRICS_TOKEN.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sameSecret } from '../auth/tokens';
import { AppError } from '../http/app-error';
import { forwardingHeaders } from '../http/proxy-notices';
import type { WriteBuffer } from '../ingest/write-buffer';
import type { Realtime } from '../realtime/socket';
import type { Db } from '../store/database';
import { storeFailure } from '../store/store-failure';
import { oldestQueuedAgeSeconds } from '../terminals/heartbeat';
import type { CollectorMetrics } from './registry';

export interface MetricsDeps {
  db: Db;
  metrics: CollectorMetrics;
  writer: WriteBuffer;
  realtime: Pick<Realtime, 'connectedTerminals'>;
  token: string | null;
  now: () => Date;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * How long a scrape waits for the database. A frozen PostgreSQL (stopped by a signal, a host that
 * hangs, a lock never released) answers nothing and fails nothing, and the pool has no query time
 * limit (a report or a migration may rightly take long): without this the scrape would hang past
 * Prometheus' own timeout (10 s by default) just when the database is what it should report.
 */
export const DATABASE_WAIT_MS = 2_000;

/**
 * Loopback only when the request came straight from this machine: one relayed by a reverse proxy
 * on the same machine carries X-Forwarded-For, Forwarded or X-Real-IP (a proxy may send only one of
 * them), and then needs the token like any other.
 */
function mayRead(request: FastifyRequest, token: string | null): boolean {
  const header = request.headers.authorization ?? '';
  const sent = /^bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (token && sent && sameSecret(sent, token)) return true;
  return LOOPBACK.has(request.socket.remoteAddress ?? '') && forwardingHeaders(request).length === 0;
}

export async function metricsRoutes(app: FastifyInstance, deps: MetricsDeps): Promise<void> {
  // One question to the database at a time: scrapes during a freeze wait on the same one instead of
  // each taking another connection of the pool (and holding it until the database answers).
  let asking: Promise<number> | null = null;
  const oldestAge = (): Promise<number> => {
    if (!asking) {
      const question = oldestQueuedAgeSeconds(deps.db, deps.now());
      asking = question;
      // Settled after the scrapes gave up on it: nobody else handles its failure.
      void question
        .catch(() => {})
        .finally(() => {
          if (asking === question) asking = null;
        });
    }
    return asking;
  };

  app.get('/metrics', { config: { access: { public: true } }, schema: { hide: true } }, async (request, reply) => {
    if (!mayRead(request, deps.token)) {
      throw new AppError('forbidden', (w) => w.metricsClosed);
    }
    const m = deps.metrics;
    m.connectedTerminals.set(deps.realtime.connectedTerminals());
    // The database down is when monitoring matters most: the collector's own figures are still
    // answered, with the database said unreachable and what only it knows unknown.
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), DATABASE_WAIT_MS)));
    try {
      const age = await Promise.race([oldestAge(), gaveUp]);
      if (age === null) request.log.warn(`the database did not answer the metrics scrape within ${DATABASE_WAIT_MS} ms: reported unreachable`);
      m.oldestQueuedVoteSeconds.set(age ?? Number.NaN);
      m.databaseReachable.set(age === null ? 0 : 1);
    } catch (err) {
      if (!storeFailure(err)) throw err;
      m.oldestQueuedVoteSeconds.set(Number.NaN);
      m.databaseReachable.set(0);
    } finally {
      clearTimeout(timer);
    }
    m.groupCommitTransactions.set(deps.writer.stats.transactions);
    m.groupCommitRequests.set(deps.writer.stats.requests);
    return reply.type(m.registry.contentType).send(await m.registry.metrics());
  });
}
