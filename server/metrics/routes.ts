// GET /metrics in Prometheus' text format: open from this machine, or anywhere with METRICS_TOKEN.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sameSecret } from '../auth/tokens';
import { AppError } from '../http/app-error';
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
 * Loopback only when the request came straight from this machine: one relayed by a reverse proxy
 * on the same machine carries X-Forwarded-For, and then needs the token like any other.
 */
function mayRead(request: FastifyRequest, token: string | null): boolean {
  const header = request.headers.authorization ?? '';
  const sent = /^bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (token && sent && sameSecret(sent, token)) return true;
  return LOOPBACK.has(request.socket.remoteAddress ?? '') && request.headers['x-forwarded-for'] === undefined;
}

export async function metricsRoutes(app: FastifyInstance, deps: MetricsDeps): Promise<void> {
  app.get('/metrics', { config: { access: { public: true } }, schema: { hide: true } }, async (request, reply) => {
    if (!mayRead(request, deps.token)) {
      throw new AppError('forbidden', (w) => w.metricsClosed);
    }
    const m = deps.metrics;
    m.connectedTerminals.set(deps.realtime.connectedTerminals());
    // The database down is when monitoring matters most: the collector's own figures are still
    // answered, with the database said unreachable and what only it knows unknown.
    try {
      m.oldestQueuedVoteSeconds.set(await oldestQueuedAgeSeconds(deps.db, deps.now()));
      m.databaseReachable.set(1);
    } catch (err) {
      if (!storeFailure(err)) throw err;
      m.oldestQueuedVoteSeconds.set(Number.NaN);
      m.databaseReachable.set(0);
    }
    m.groupCommitTransactions.set(deps.writer.stats.transactions);
    m.groupCommitRequests.set(deps.writer.stats.requests);
    return reply.type(m.registry.contentType).send(await m.registry.metrics());
  });
}
