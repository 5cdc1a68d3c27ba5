// Builds the collector (HTTP API, socket.io, static front-ends) without listening: main.ts listens.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config';
import { API_BASE, apiPaths, PAGES } from './contract/api';
import { adminRoutes } from './admin/admin-routes';
import { installAccessControl, type RouteAccess } from './auth/access';
import { sessionRoutes } from './auth/session-routes';
import { sharedRateLimitStore } from './auth/shared-rate-limit';
import { requestAddressKey } from './http/address-key';
import { AppError } from './http/app-error';
import { installClosingRefusal } from './http/closing';
import { frameworkErrors, installErrorHandler } from './http/errors';
import { installNulCheck } from './http/reject-nul';
import { installProxyNotices } from './http/proxy-notices';
import { requestLogFields } from './http/request-log';
import { trustFunction } from './http/origin';
import { registerCompression } from './http/compression';
import { compilersFactory } from './http/schema-compilers';
import { registerSecurityHeaders } from './http/security-headers';
import { registerOpenApi } from './http/openapi';
import { frontEndBuilt, serveFrontEnd } from './http/static';
import { ingestRoutes } from './ingest/routes';
import { WriteBuffer } from './ingest/write-buffer';
import { createMetrics } from './metrics/registry';
import { metricsRoutes } from './metrics/routes';
import { attachRealtime, type Realtime } from './realtime/socket';
import { participationRoutes } from './participation/routes';
import { publicRoutes } from './public/routes';
import { channelManageRoutes } from './channels/manage-routes';
import { mobileRoutes } from './channels/qr/mobile-routes';
import { webChannelRoutes } from './channels/web/routes';
import { publicSettingsRoutes } from './public/settings-routes';
import { exportRoutes } from './reports/exports-routes';
import { levelRoutes } from './reports/level-routes';
import { reportRoutes } from './reports/routes';
import type { Store } from './store/database';
import { terminalRoutes } from './terminals/routes';
import { collectorJobs } from './jobs/jobs';
import { createDelivery } from './delivery/delivery';
import { deliveryRoutes } from './delivery/routes';
import { startScheduler, type Scheduler } from './jobs/scheduler';
import { subscriptionJobs } from './subscriptions/jobs';
import { subscriptionRoutes } from './subscriptions/routes';
import { alertJobs } from './alerts/jobs';
import { releaseWebhook } from './alerts/release-webhook';
import { alertRoutes } from './alerts/routes';
import { StoreHealth } from './store/store-health';

const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

export interface AppDeps {
  store: Store;
  /** The collector's clock; tests pass a fixed one. */
  now?: () => Date;
  /** false: no background jobs on a timer (tests run them with scheduler.tick()). */
  jobsOnTimer?: boolean;
  /** Where the log goes instead of standard output (tests that read it). */
  logStream?: NodeJS.WritableStream;
}

export interface App {
  app: FastifyInstance;
  realtime: Realtime;
  /** Every API route with its declared access, for the authorization tests. */
  routes: readonly RouteAccess[];
  /** Background jobs (sweeps, retention): each runs in one process at a time. */
  scheduler: Scheduler;
}

export async function buildApp(config: Readonly<Config>, deps: AppDeps): Promise<App> {
  const now = deps.now ?? (() => new Date());
  const app = Fastify({
    // Registering every route compiles its schemas: on a busy 2-core machine that outlasted
    // Fastify's 10 s per plugin, and a slow start is no reason to refuse to start.
    pluginTimeout: 60_000,
    // Request lines without the citizen's address on the rating channels (request-log.ts). A test may read the lines.
    logger: { level: config.logLevel, serializers: { req: requestLogFields }, ...(deps.logStream ? { stream: deps.logStream } : {}) },
    // Terminals retry on their own; a slow or stalled client must not hold a connection for long.
    // Node checks these timeouts only every connectionsCheckingInterval (30 s by default), which
    // let a stalled request live 60-80 s against a 30 s setting: check every second instead.
    serverFactory: (handler) =>
      createServer(
        { requestTimeout: config.requestTimeoutMs, headersTimeout: config.requestTimeoutMs, connectionsCheckingInterval: Math.min(1000, config.requestTimeoutMs) },
        handler,
      ),
    // X-Forwarded-* only from the proxies TRUST_PROXY names (request.ip, host and protocol).
    trustProxy: trustFunction(config.trustProxy),
    // No coercion: a terminal that sends "reasons": "x" or a numeric id has a bug to hear about.
    ajv: { customOptions: { allErrors: false, removeAdditional: false, coerceTypes: false } },
    // Compiled schemas are shared by every collector this process builds (schema-compilers.ts).
    schemaController: { compilersFactory },
    // A malformed address or an overlong path segment: answered in the API's error shape too.
    frameworkErrors,
    // Requests during a stop are refused by installClosingRefusal, in the API's error shape.
    return503OnClosing: false,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // What /healthz says of the database's writes, which its `select 1` cannot see (a full disk).
  const storeHealth = new StoreHealth(now);
  installErrorHandler(app, (failure) => storeHealth.failed(failure));
  installClosingRefusal(app);
  installNulCheck(app);
  // A proxy the collector does not trust, or one that forwards no address: said in the log (proxy-notices.ts).
  installProxyNotices(app, config.trustProxy, now);
  // Fastify parses text/plain by default, which turned JSON sent with the wrong type into a puzzling
  // "/: must be object" on every JSON route; the API takes JSON as JSON. Routes that take text (the
  // people-served CSV import) add their own parser, in their own scope.
  app.removeContentTypeParser('text/plain');
  await registerCompression(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    // One SQLite file has one collector process, so counting in memory is enough; on PostgreSQL
    // several processes share the counters in the database.
    ...(deps.store.dialect === 'postgres' ? { store: sharedRateLimitStore(deps.store.db) as unknown as FastifyRateLimitStoreCtor } : {}),
    // Per client address, an IPv6 one by its /64 (server/http/address-key.ts); routes counting otherwise say so.
    keyGenerator: (request) => requestAddressKey(request),
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', (w) => w.tooManyRequests(Math.ceil(context.ttl / 1000)), undefined, Math.ceil(context.ttl / 1000)),
  });
  const { db } = deps.store;
  const routes: RouteAccess[] = [];
  installAccessControl(app, db, now, routes, config.publicUrl, config.trustProxy);
  await registerSecurityHeaders(app, config.publicUrl);
  await registerOpenApi(app, VERSION);

  const realtime = attachRealtime(app.server, db, app.log, now, {
    databaseUrl: deps.store.dialect === 'postgres' ? config.databaseUrl : null,
    publicOrigin: URL.canParse(config.publicUrl) ? new URL(config.publicUrl).origin : '',
    trustProxy: config.trustProxy,
    socketsPerAddress: config.socketsPerAddress,
  });
  app.addHook('preClose', async () => realtime.close());

  const secureCookies = config.publicUrl.startsWith('https://');
  await app.register(sessionRoutes, { prefix: API_BASE, db, now, secureCookies, endUserSockets: realtime.endUserSockets });
  const writer = new WriteBuffer(db, undefined, () => storeHealth.wrote());
  const metrics = createMetrics();
  // Votes already accepted are written before the database closes.
  app.addHook('onClose', async () => writer.flushed());
  await app.register(ingestRoutes, { prefix: API_BASE, db, writer, metrics, broadcast: realtime.broadcast, now, terminalRateLimit: config.terminalRateLimit });
  await metricsRoutes(app, { db, metrics, writer, realtime, token: config.metricsToken, now });
  await app.register(terminalRoutes, { prefix: API_BASE, db, now, realtime });
  await app.register(reportRoutes, { prefix: API_BASE, db, now, minSample: config.reportMinVotes });
  await app.register(levelRoutes, { prefix: API_BASE, db, now, minSample: config.reportMinVotes });
  // Issue 8: the report files (XLSX, PDF, the administration's CSV, the yearly report).
  await app.register(exportRoutes, { prefix: API_BASE, db, now, minSample: config.reportMinVotes });
  await app.register(participationRoutes, { prefix: API_BASE, db, now });
  await app.register(adminRoutes, { prefix: API_BASE, db, now, realtime, publicUrl: config.publicUrlSet ? config.publicUrl : undefined });
  // Issue 8: an administration's public page (server/public/): its settings under the API, the page, open data and badge under /pubblico.
  await app.register(publicSettingsRoutes, { prefix: API_BASE, db, now, publicUrl: config.publicUrlSet ? config.publicUrl : undefined });
  await app.register(publicRoutes, { db, now, minSample: config.reportMinVotes, publicUrl: config.publicUrlSet ? config.publicUrl : undefined });
  // Issue 9: channels beyond the terminals (server/channels/): the web widget and the QR codes' mobile page
  // in public under /canali, the points, code sheets, phone votes and web comments under the API.
  const channelDeps = { db, now, broadcast: realtime.broadcast, metrics };
  await app.register(webChannelRoutes, channelDeps);
  await app.register(mobileRoutes, channelDeps);
  await app.register(channelManageRoutes, { prefix: API_BASE, ...channelDeps, publicUrl: config.publicUrlSet ? config.publicUrl : undefined });

  // Issue 8: what the collector sends out. `live`: messages go as soon as they are queued; tests that
  // drive jobs with scheduler.tick() (jobsOnTimer false) send only at their ticks.
  const live = deps.jobsOnTimer !== false;
  const delivery = createDelivery(config, db, app.log, now, live);
  app.addHook('onClose', async () => delivery.outbox.close());
  await app.register(deliveryRoutes, { prefix: API_BASE, db, now, outbox: delivery.outbox, mailFrom: delivery.mailFrom, webhookPrivateNetworks: config.webhookPrivateNetworks, onWebhookDeleted: releaseWebhook });
  // Issue 8: scheduled report e-mails (server/subscriptions/), sent through the outbox while e-mail is on.
  const emailOn = config.mail !== null;
  await app.register(subscriptionRoutes, { prefix: API_BASE, db, now, emailOn });
  const reportMailJobs = subscriptionJobs({ db, minSample: config.reportMinVotes, publicUrl: config.publicUrl, outbox: delivery.outbox, log: app.log, emailOn });
  // Issue 8: alert rules and the alerts they open (server/alerts/), live to people in scope, noticed through the outbox.
  const alertChanged = (alert: Parameters<Realtime['alertChanged']>[0]) => realtime.alertChanged(alert);
  await app.register(alertRoutes, { prefix: API_BASE, db, now, emailOn, alertChanged });
  const alertEvaluation = alertJobs({ db, outbox: delivery.outbox, log: app.log, alertChanged, dashboardUrl: `${config.publicUrl}${PAGES.dashboard}#/alerts` });

  app.get(apiPaths.health, { config: { access: { public: true } }, schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(db);
    } catch {
      return reply.status(503).send({ status: 'database unavailable', version: VERSION });
    }
    // The database reads, but its last write was refused for a full disk or a disk error.
    const problem = storeHealth.problem();
    if (problem) {
      const seconds = Math.max(1, Math.ceil((problem.at.getTime() + problem.retryAfterSeconds * 1000 - now().getTime()) / 1000));
      void reply.header('retry-after', String(seconds));
      return reply.status(503).send({ status: problem.kind === 'full' ? 'database disk full' : 'database disk error', since: problem.at.toISOString(), version: VERSION });
    }
    return { status: 'ok', version: VERSION };
  });

  if (frontEndBuilt(config.distDir)) await serveFrontEnd(app, config.distDir);
  else app.log.warn({ distDir: config.distDir }, 'front-ends not built: only the API is served (run npm run build)');

  // Reports are queued before the outbox job of the same tick sends them.
  const scheduler = startScheduler(db, [...collectorJobs(config, deps.store), ...reportMailJobs, ...alertEvaluation, ...delivery.jobs], app.log, now, deps.jobsOnTimer === false ? 0 : undefined);
  app.addHook('onClose', async () => scheduler.stop());

  return { app, realtime, routes, scheduler };
}
