// The web channel, public: the rating widget's script and stylesheet for a comune's pages, and the votes it sends (no cookie, limited per address).
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  CHANNEL_BASE,
  channelPaths,
  MAX_WEB_COMMENT,
  STAR_FACE,
  WEB_NEGATIVE_ANSWERS,
  WEB_NEGATIVE_QUESTION,
  WEB_NEGATIVE_UP_TO,
  WEB_POSITIVE_ANSWERS,
  WEB_POSITIVE_QUESTION,
  WEB_TITLE,
} from '../../contract/channel-points';
import { WebVoteParamsSchema, WebVoteReceiptSchema, WebVoteSchema } from '../../contract/channel-schemas';
import { requestAddressKey } from '../../http/address-key';
import { AppError } from '../../http/app-error';
import { ApiErrorSchema } from '../../http/error-schema';
import { answerCached, weakEtag } from '../../public/http-cache';
import { findLivePoint } from '../points';
import { storeChannelVote, type ChannelVoteDeps } from '../store-channel-vote';
import { insertWebFeedback } from './insert-web-feedback';
import { fitComment, redactComment } from './redact';
import { alreadyRated } from './resent-rating';

export interface WebChannelDeps extends ChannelVoteDeps {
  /** Ratings one client address may send in the window; VOTES_PER_ADDRESS unless a test asks for fewer. */
  votesPerAddress?: number;
}

/**
 * Per address, across every point: one person rates a page or two, an office's shared connection
 * a few more; a script that loops is stopped at the tenth vote in ten minutes.
 */
const VOTES_PER_ADDRESS = 10;
const WINDOW_MINUTES = 10;
const WINDOW = `${WINDOW_MINUTES} minutes`;

/** The widget's words come from the contract, so the script and the checks on its answers never disagree. */
function widgetScript(): string {
  const texts = {
    title: WEB_TITLE,
    legend: 'Valuta da 1 a 5 stelle',
    negativeUpTo: WEB_NEGATIVE_UP_TO,
    maxComment: MAX_WEB_COMMENT,
    negative: { question: WEB_NEGATIVE_QUESTION, answers: WEB_NEGATIVE_ANSWERS },
    positive: { question: WEB_POSITIVE_QUESTION, answers: WEB_POSITIVE_ANSWERS },
  };
  const source = readFileSync(new URL('./widget.js', import.meta.url), 'utf8');
  return source.replace('__GRADIMENTO_TEXTS__', JSON.stringify(texts));
}

/**
 * The comune's pages load the script and post votes from their own origin: the answers may be
 * read from anywhere (no credentials: nothing here depends on who asks), and the files may be
 * loaded cross-origin. Framing stays forbidden: nothing here is a page.
 */
const CROSS_ORIGIN_FILES = { crossOriginResourcePolicy: { policy: 'cross-origin' as const } };
async function anyOrigin(_request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  void reply.header('access-control-allow-origin', '*');
  return payload;
}

export const webChannelRoutes: FastifyPluginAsyncTypebox<WebChannelDeps> = async (app, deps) => {
  const script = Buffer.from(widgetScript());
  const stylesheet = readFileSync(new URL('./widget.css', import.meta.url));
  const scriptTag = weakEtag('widget.js', script.toString('base64'));
  const styleTag = weakEtag('widget.css', stylesheet.toString('base64'));
  // Every answer of this plugin, errors included, is readable by the page that asked.
  app.addHook('onSend', anyOrigin);
  const votesPerAddress = deps.votesPerAddress ?? VOTES_PER_ADDRESS;

  app.get(
    channelPaths.widgetScript,
    { config: { access: { public: true } }, helmet: CROSS_ORIGIN_FILES, schema: { tags: ['channels'], summary: 'The web rating widget\'s script, for a comune\'s pages (docs/channels.md)' } },
    async (request, reply) => {
      // A stable address (it is pasted into websites): an hour's freshness, then a cheap 304.
      if (answerCached(request, reply, scriptTag, 3600)) return reply;
      return reply.type('text/javascript; charset=utf-8').send(script);
    },
  );
  app.get(
    channelPaths.widgetStylesheet,
    { config: { access: { public: true } }, helmet: CROSS_ORIGIN_FILES, schema: { tags: ['channels'], summary: 'The web rating widget\'s stylesheet, for sites without the Designers Italia theme' } },
    async (request, reply) => {
      if (answerCached(request, reply, styleTag, 3600)) return reply;
      return reply.type('text/css; charset=utf-8').send(stylesheet);
    },
  );

  const votes = `${CHANNEL_BASE}/web/:pointId/voti`;
  // The preflight a browser sends before a cross-origin JSON POST.
  app.options(votes, { config: { access: { public: true } }, schema: { hide: true, params: WebVoteParamsSchema } }, async (_request, reply) =>
    reply
      .status(204)
      .header('access-control-allow-methods', 'POST')
      .header('access-control-allow-headers', 'content-type')
      .header('access-control-max-age', '86400')
      .send(),
  );

  app.post(
    votes,
    {
      bodyLimit: 4096,
      config: {
        access: { public: true, crossSite: true },
        rateLimit: {
          max: votesPerAddress,
          timeWindow: WINDOW,
          keyGenerator: (request) => `web-vote:${requestAddressKey(request)}`,
          errorResponseBuilder: (_request, context) =>
            new AppError('rate_limited', (w) => w.tooManyRatings(context.max, WINDOW_MINUTES, Math.ceil(context.ttl / 60_000)), undefined, Math.ceil(context.ttl / 1000)),
        },
      },
      schema: {
        tags: ['channels'],
        summary: 'A rating from the web widget: 1-5 stars, the follow-up answer, an optional comment (no cookie; limited per address)',
        description:
          'Stored as a vote of channel web on the five-face scale (5 stars = ottimo ... 1 = pessimo) for the point\'s office and service, so it counts in the same reports as the counters. ' +
          `At most ${VOTES_PER_ADDRESS} ratings per client address in ${WINDOW}. E-mail addresses, phone numbers, Italian tax codes (codice fiscale) and IBANs are removed from the comment before storage (docs/channels.md lists the spellings recognised); the answer's removed field says which kinds. ` +
          'The same rating sent again with its id (the widget lost the answer): 200 with alreadyStored, counted once; other content under that id: 409 vote_conflict. ' +
          'An unknown or archived point: 404.',
        params: WebVoteParamsSchema,
        body: WebVoteSchema,
        response: { 200: WebVoteReceiptSchema, 201: WebVoteReceiptSchema, 400: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema, 413: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      const { stars, answer } = request.body;
      const negative = stars <= WEB_NEGATIVE_UP_TO;
      const asked = (negative ? WEB_NEGATIVE_ANSWERS : WEB_POSITIVE_ANSWERS) as readonly { id: string }[];
      if (answer !== undefined && !asked.some((a) => a.id === answer)) {
        const question = negative ? WEB_NEGATIVE_QUESTION : WEB_POSITIVE_QUESTION;
        const answers = asked.map((a) => a.id);
        throw new AppError('validation_failed', (w) => w.answerNotAsked, [{ field: '/answer', reason: (w) => w.answerOfOtherQuestion(stars, question, answers) }]);
      }
      const point = await findLivePoint(deps.db, request.params.pointId, 'web');
      const redacted = redactComment(request.body.comment ?? '');
      const { removed } = redacted;
      const { text, shortened } = fitComment(redacted.text.trim(), MAX_WEB_COMMENT);
      const face = STAR_FACE[stars as 1 | 2 | 3 | 4 | 5];
      const feedback = { stars, answer: answer ?? null, comment: text || null, redacted: removed.length > 0 };
      // Without an id (a copy of the widget cached from before it sent one) the rating is new each time, as it always was.
      const { id } = request.body;
      const { stored } = await storeChannelVote(
        deps,
        point,
        point.serviceId!,
        face,
        async (trx, voteId, at) => {
          if (id !== undefined && (await alreadyRated(trx, voteId, point.id, face, feedback))) return;
          if (feedback.answer === null && feedback.comment === null) return;
          await insertWebFeedback(trx, point, voteId, feedback, at);
        },
        id,
      );
      // Stored before (or by a send racing this one, on another connection): thanked the same, counted once.
      const again = stored ? {} : { alreadyStored: true as const };
      return reply.status(stored ? 201 : 200).send({ stored: true as const, ...again, removed, ...(shortened ? { shortened: true as const } : {}) });
    },
  );
};
