// The mobile voting page a QR code opens, and its two requests: what the code is for, and the one vote it takes.
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { serviceTranslations } from '../../admin/translations/read-translations';
import { CHANNEL_BASE, channelPaths } from '../../contract/channel-points';
import { MobileCodeInfoSchema, MobileLookupSchema, MobileVoteReceiptSchema, MobileVoteSchema } from '../../contract/channel-schemas';
import { DEFAULT_LANGUAGE, languageInfo, TERMINAL_LANGUAGES } from '../../contract/languages';
import { AppError } from '../../http/app-error';
import { ApiErrorSchema } from '../../http/error-schema';
import { answerCached, weakEtag } from '../../public/http-cache';
import { storeChannelVote, type ChannelVoteDeps } from '../store-channel-vote';
import { livePointOfCode, spendCode, spentRecently } from './codes';
import { renderMobilePage } from './mobile-page';
import { LANGUAGE_PARAMETER, mobileLanguage } from './mobile-words';

/** Per address: a phone looks a code up once and votes once; a guessing script is cut off fast. */
const RATE_LIMIT = { max: 30, timeWindow: '1 minute' };
/**
 * Declared cross-site like the web widget's votes (auth/access.ts): no session here, the code is the
 * credential. The page sends no Referer (mobile-page.ts), and under that policy some browsers send
 * `Origin: null` on its own same-origin POSTs, which the check for session routes refuses.
 */
const ACCESS = { public: true, crossSite: true } as const;
const Errors = { 400: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema, 410: ApiErrorSchema, 429: ApiErrorSchema };
const tags = ['channels'];

function asset(file: string, type: string) {
  const body = readFileSync(new URL(`./${file}`, import.meta.url));
  return { body, type, etag: weakEtag(file, body.toString('base64')) };
}

export const mobileRoutes: FastifyPluginAsyncTypebox<ChannelVoteDeps> = async (app, deps) => {
  const files = { 'voto.js': asset('mobile.js', 'text/javascript; charset=utf-8'), 'voto.css': asset('mobile.css', 'text/css; charset=utf-8') };
  // Each page names its script and stylesheet with their version, so a new page never runs a script
  // a phone cached from before an upgrade (mobile.js copes with the reverse: an old page, a new script).
  const version = (file: keyof typeof files) => encodeURIComponent(files[file].etag.replace(/^W\/"|"$/g, '').slice(0, 12));
  const assets = { script: `${CHANNEL_BASE}/-/voto.js?v=${version('voto.js')}`, stylesheet: `${CHANNEL_BASE}/-/voto.css?v=${version('voto.css')}` };
  const pages = new Map(
    TERMINAL_LANGUAGES.map((language) => {
      const body = renderMobilePage(assets, language);
      return [language, { body, etag: weakEtag('voto', body) }] as const;
    }),
  );

  app.get(
    channelPaths.mobilePage,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'The mobile voting page a QR code opens (the code travels in the fragment), in the language picked on it, else the phone\'s first language a terminal speaks, else Italian',
        querystring: Type.Object({ [LANGUAGE_PARAMETER]: Type.Optional(Type.String({ description: 'the language picked on the page (it, de, fr, sl, en, ro, sq, ar, zh, uk, es); any other value is ignored' })) }),
      },
    },
    async (request, reply) => {
      const language = mobileLanguage(request, request.query[LANGUAGE_PARAMETER]);
      const page = pages.get(language)!;
      void reply.header('content-language', languageInfo(language).htmlLang).header('vary', 'accept-language');
      if (answerCached(request, reply, page.etag, 300)) return reply;
      return reply.type('text/html; charset=utf-8').send(page.body);
    },
  );
  app.get(
    `${CHANNEL_BASE}/-/:file`,
    { config: { access: { public: true } }, schema: { hide: true, params: Type.Object({ file: Type.Enum(['voto.js', 'voto.css']) }) } },
    async (request, reply) => {
      const file = files[request.params.file];
      if (answerCached(request, reply, file.etag, 300)) return reply;
      return reply.type(file.type).send(file.body);
    },
  );

  app.post(
    `${channelPaths.mobileVotes}/codice`,
    {
      config: { access: ACCESS, rateLimit: RATE_LIMIT },
      schema: {
        tags,
        summary: 'What a QR code is for: the administration, office and service it rates; refused if unknown (404), used (409), expired (410 vote_code_expired) or withdrawn (410 vote_code_withdrawn: its point, service, office or administration archived since it was printed)',
        body: MobileLookupSchema,
        response: { 200: MobileCodeInfoSchema, ...Errors },
      },
    },
    async (request) => {
      const point = await livePointOfCode(deps.db, request.body.code, deps.now());
      const language = request.body.language ?? DEFAULT_LANGUAGE;
      const translated = language === 'it' ? undefined : (await serviceTranslations(deps.db, [point.serviceId!])).get(point.serviceId!)?.[language];
      return { administration: point.administrationName, office: point.officeName, service: translated ?? point.serviceName!, serviceLanguage: translated ? language : DEFAULT_LANGUAGE };
    },
  );

  app.post(
    channelPaths.mobileVotes,
    {
      config: { access: ACCESS, rateLimit: RATE_LIMIT },
      schema: {
        tags,
        summary:
          'The one vote a QR code takes (three faces, counted with the counter\'s votes): 201 when stored; the same face again with the same code soon after ' +
          '(a phone retrying after losing the answer) 200 with alreadyStored, whatever the face (the answer must not tell which face was chosen), nothing stored twice or changed; later, 409 vote_code_used; refused as the lookup is otherwise',
        body: MobileVoteSchema,
        response: { 200: MobileVoteReceiptSchema, 201: MobileVoteReceiptSchema, ...Errors },
      },
    },
    async (request, reply) => {
      const { code, face } = request.body;
      const again = () => reply.status(200).send({ stored: true as const, alreadyStored: true as const });
      if (await spentRecently(deps.db, code, deps.now())) return again();
      try {
        // Inside the try: the first of two racing sends may spend the code between the look above and this one.
        const point = await livePointOfCode(deps.db, code, deps.now());
        await storeChannelVote(deps, point, point.serviceId!, face, (trx, voteId, at) => spendCode(trx, code, voteId, at));
      } catch (err) {
        // Two sends racing (a double tap, a retry while the first was still on its way): the first spent the code.
        if (err instanceof AppError && err.code === 'vote_code_used' && (await spentRecently(deps.db, code, deps.now()))) return again();
        throw err;
      }
      return reply.status(201).send({ stored: true as const });
    },
  );
};
