// POST /api/v1/votes: the one door through which votes enter, for our kiosk and third-party terminals.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MAX_BATCH_BYTES, VoteBatchReceiptSchema, VoteBatchSchema } from '../contract/vote';
import { terminalCacheOf } from '../auth/terminal-cache';
import { answerWords } from '../http/answer-language';
import { AppError } from '../http/app-error';
import { ApiErrorSchema } from '../http/error-schema';
import type { Say } from '../http/words/error-words';
import type { CollectorMetrics } from '../metrics/registry';
import { ingestBatch, type IngestDeps } from './pipeline';

export interface IngestRouteDeps extends IngestDeps {
  metrics: CollectorMetrics;
  /** Batches per minute per terminal (TERMINAL_RATE_LIMIT). */
  terminalRateLimit: number;
}

/** The outcome label of a batch's answer, for /metrics. */
function outcome(status: number): string {
  if (status < 300) return 'stored';
  if (status === 400) return 'invalid';
  if (status === 409) return 'conflict';
  if (status < 500) return 'refused';
  // The database's state (store/store-failure.ts): the terminal keeps the votes and sends them again.
  return status === 503 ? 'unavailable' : 'error';
}

export const ingestRoutes: FastifyPluginAsyncTypebox<IngestRouteDeps> = async (app, deps) => {
  const { metrics } = deps;
  // The same cache as the token check's (access: cached), cleared by the same writes.
  const cache = terminalCacheOf(deps.db);
  app.addHook('onResponse', async (_request, reply) => {
    metrics.batches.inc({ outcome: outcome(reply.statusCode) });
    metrics.ingestSeconds.observe(reply.elapsedTime / 1000);
  });
  app.addHook('onError', async (_request, _reply, error) => {
    if (error instanceof AppError && (error.code === 'votes_invalid' || error.code === 'vote_conflict')) {
      metrics.votesRejected.inc({ reason: error.code === 'vote_conflict' ? 'conflict' : 'invalid' }, new Set(error.problems?.map((p) => p.voteId ?? p.field)).size);
    }
  });
  // Votes come as JSON only: anything else is a 415 (app.ts took away Fastify's text/plain parser).
  app.post(
    '/votes',
    {
      bodyLimit: MAX_BATCH_BYTES,
      config: {
        access: { terminal: true, cached: true },
        // Per terminal, after its token was checked (preHandler): a real office sends a few batches
        // a minute, a terminal back from days offline a few hundred votes a second; a flood, more.
        rateLimit: {
          max: deps.terminalRateLimit,
          timeWindow: 60_000,
          hook: 'preHandler',
          keyGenerator: (request) => `terminal:${request.terminal?.id ?? request.ip}`,
          errorResponseBuilder: (_request, context) =>
            new AppError(
              'rate_limited',
              (w) => w.terminalTooManyBatches(context.max, Math.ceil(context.ttl / 1000)),
              undefined,
              Math.ceil(context.ttl / 1000),
            ),
        },
      },
      schema: {
        security: [{ deviceToken: [] }],
        tags: ['votes'],
        summary: 'Store a batch of votes',
        description:
          'Idempotent on each vote\'s id: the same vote sent again is not stored twice, and its receipt says "already-stored". ' +
          'An id already stored for another vote (other content, or another terminal) is refused with 409 vote_conflict naming it, nothing stored. ' +
          'All or nothing: if any vote is invalid, nothing is stored and the 400 answer lists every problem with the vote\'s id; ' +
          'a body that does not match the schema is answered with its first problem, by JSON pointer. ' +
          'A vote stored re-dated (its castAt implausible) carries countedAt in its receipt. ' +
          'More batches a minute than TERMINAL_RATE_LIMIT from one terminal are answered 429 rate_limited with Retry-After; nothing of them is stored, and the terminal sends them again later.',
        body: VoteBatchSchema,
        response: { 200: VoteBatchReceiptSchema, 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema, 413: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.terminal!;
      if (request.body.terminalId !== id) {
        throw new AppError('forbidden', (w) => w.tokenOfOtherTerminal(id, request.body.terminalId));
      }
      // The language is read only for a receipt that names a conflict, never for a batch stored as sent.
      const say = (s: Say) => s(answerWords(request, reply).words);
      return ingestBatch({ ...deps, cache, log: request.log, say }, request.terminal!, request.body);
    },
  );
};
