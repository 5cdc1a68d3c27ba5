// The public transparency page, its open data, its badge and their shared files: no sign-in, cacheable, embeddable, silent about unpublished administrations.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { OPEN_DATA_SCHEMA_VERSION, PUBLIC_BASE, PUBLIC_SHARED, publicPaths } from '../contract/public-page';
import {
  OpenDataSchema,
  openDataJsonSchema,
  PublicBadgeQuerySchema,
  PublicDataParamsSchema,
  PublicDataQuerySchema,
  PublicPageQuerySchema,
  PublicParamsSchema,
  type OpenData,
} from '../contract/public-page-schemas';
import { AppError } from '../http/app-error';
import { ApiErrorSchema } from '../http/error-schema';
import type { Say } from '../http/words/error-words';
import type { Db } from '../store/database';
import { loadPublicAssets } from './assets';
import { buildPublicFigures } from './data/build-open-data';
import { openDataCsv } from './data/open-data-csv';
import { allowAnyOrigin, BADGE_HEADERS, FILE_HEADERS, PAGE_HEADERS } from './embed-headers';
import { answerCached, weakEtag } from './http-cache';
import { cacheableBaseUrl } from './links';
import { renderBadge } from './render/badge';
import { renderPage } from './render/page';
import { findPublished, type PublishedPage } from './settings';
import { badgeMonth, dataWindow, pageWindow } from './window';

export interface PublicDeps {
  db: Db;
  now: () => Date;
  /** REPORT_MIN_VOTES: cells with fewer votes are published without their figures. */
  minSample: number;
  /** PUBLIC_URL when set: the open data name their schema by it; else by the address asked, and say so in Vary. */
  publicUrl?: string;
}

/**
 * Fresh for a few minutes: the figures are of complete months and change only when a late vote
 * arrives, while switching the page off should take effect soon. The badge sits on other sites'
 * pages, loaded by every visitor: a longer life spares the collector.
 */
const PAGE_MAX_AGE = 300;
const BADGE_MAX_AGE = 900;
/** Per address; a browser revalidates cheaply (304) and shares the rest through its cache. */
const RATE_LIMIT = { max: 120, timeWindow: '1 minute' };
/** Bumped when the page, CSV or badge is drawn differently, so that cached copies are refetched. */
const RENDER_VERSION = 1;

/** The one answer for an unknown, unpublished or archived administration: nothing in it depends on which (only on the language asked for). */
const NOTHING_PUBLISHED: Say = (w) => w.nothingPublished;

const Errors = { 400: ApiErrorSchema, 404: ApiErrorSchema, 429: ApiErrorSchema };
const tags = ['public'];
const NO_STORE = async (_request: FastifyRequest, reply: FastifyReply) => {
  // Errors are not cached: a page switched on shows at once, and unknown and unpublished look alike here too.
  void reply.header('cache-control', 'no-store');
};

export const publicRoutes: FastifyPluginAsyncTypebox<PublicDeps> = async (app, { db, now, minSample, publicUrl }) => {
  const assets = loadPublicAssets();
  const publicAccess = { access: { public: true as const }, rateLimit: RATE_LIMIT };

  async function published(administrationId: string): Promise<PublishedPage> {
    const page = await findPublished(db, administrationId);
    if (!page) throw new AppError('not_found', NOTHING_PUBLISHED);
    return page;
  }

  app.get(
    `${PUBLIC_BASE}/:administrationId`,
    {
      config: publicAccess,
      helmet: PAGE_HEADERS,
      onRequest: NO_STORE,
      schema: {
        tags,
        summary: 'An administration\'s public transparency page (HTML, Italian, no script; embeddable)',
        description:
          'Share positive and index per month for the last 12 complete months: all services, per contact channel, per service, with participation where known. ' +
          'A cell with fewer votes than the minimum sample shows "campione insufficiente"; see docs/metrics.md, "Public page". ' +
          'An administration that has not switched its page on answers exactly like an unknown one (404).',
        params: PublicParamsSchema,
        querystring: PublicPageQuerySchema,
        response: { 200: { description: 'The page', content: { 'text/html': { schema: Type.String() } } }, 304: { description: 'Not modified', type: 'null' }, ...Errors },
      },
    },
    async (request, reply) => {
      const window = pageWindow(now(), request.query.to);
      const page = await published(request.params.administrationId);
      const figures = await buildPublicFigures(db, page.id, window, minSample);
      const links = { stylesheet: assets.stylesheet, csv: publicPaths.data(page.id, 'csv'), json: publicPaths.data(page.id, 'json'), schema: publicPaths.schema };
      if (answerCached(request, reply, weakEtag('page', RENDER_VERSION, page, figures, links), PAGE_MAX_AGE)) return reply;
      return reply.type('text/html; charset=utf-8').send(renderPage(page, figures, links, now()));
    },
  );

  // A link written with a slash at the end still arrives.
  app.get(`${PUBLIC_BASE}/:administrationId/`, { config: publicAccess, helmet: PAGE_HEADERS, schema: { hide: true, params: PublicParamsSchema } }, async (request, reply) =>
    reply.redirect(publicPaths.page(request.params.administrationId), 301),
  );

  app.get(
    `${PUBLIC_BASE}/:administrationId/dati.:format`,
    {
      config: publicAccess,
      helmet: FILE_HEADERS,
      onRequest: [NO_STORE, allowAnyOrigin],
      schema: {
        tags,
        summary: 'Open data of an administration\'s public page: CSV or JSON (schema at /pubblico/-/schema/dati-v1.json)',
        description: 'Rows per month: the month\'s total, each contact channel, each service; suppressed as on the page. Fields, types and licence: docs/open-data.md.',
        params: PublicDataParamsSchema,
        querystring: PublicDataQuerySchema,
        response: {
          200: { description: 'The data', content: { 'application/json': { schema: OpenDataSchema }, 'text/csv': { schema: Type.String() } } },
          304: { description: 'Not modified', type: 'null' },
          ...Errors,
        },
      },
    },
    async (request, reply) => {
      const window = dataWindow(now(), request.query);
      const page = await published(request.params.administrationId);
      const figures = await buildPublicFigures(db, page.id, window, minSample);
      const { format } = request.params;
      // Only the JSON names an address (its schema's). Its tag holds it: a cache that revalidates
      // one host's copy must not be told that another host's is current.
      const schema = format === 'json' ? `${cacheableBaseUrl(request, reply, publicUrl)}${publicPaths.schema}` : null;
      if (answerCached(request, reply, weakEtag('data', format, RENDER_VERSION, page, figures, schema), PAGE_MAX_AGE)) return reply;
      const file = `gradimento-${page.id}-${window.from}-${window.to}.${format}`;
      if (format === 'csv') {
        return reply.type('text/csv; charset=utf-8; header=present').header('content-disposition', `attachment; filename="${file}"`).send(openDataCsv(figures.rows));
      }
      const data: OpenData = {
        schemaVersion: OPEN_DATA_SCHEMA_VERSION,
        schema: schema!,
        title: `Soddisfazione degli utenti per servizio e mese · ${page.name}`,
        publisher: { id: page.id, name: page.name },
        licence: { id: page.licence.id, name: page.licence.name, url: page.licence.url },
        note: page.note || null,
        period: { from: window.from, to: window.to },
        generatedAt: now().toISOString(),
        minSample,
        rows: figures.rows,
      };
      return reply.type('application/json; charset=utf-8').header('content-disposition', `inline; filename="${file}"`).send(`${JSON.stringify(data, null, 2)}\n`);
    },
  );

  app.get(
    `${PUBLIC_BASE}/:administrationId/badge.svg`,
    {
      config: publicAccess,
      helmet: BADGE_HEADERS,
      onRequest: [NO_STORE, allowAnyOrigin],
      schema: {
        tags,
        summary: 'An embeddable badge (SVG, 240 x 72): the administration\'s share positive in a month with its count, or "dati insufficienti"',
        params: PublicParamsSchema,
        querystring: PublicBadgeQuerySchema,
        response: { 200: { description: 'The badge', content: { 'image/svg+xml': { schema: Type.String() } } }, 304: { description: 'Not modified', type: 'null' }, ...Errors },
      },
    },
    async (request, reply) => {
      const month = badgeMonth(now(), request.query.month);
      const page = await published(request.params.administrationId);
      const figures = await buildPublicFigures(db, page.id, { from: month, to: month, months: [month] }, minSample);
      const cell = figures.rows.find((r) => r.group === 'all')!;
      if (answerCached(request, reply, weakEtag('badge', RENDER_VERSION, page.name, month, cell), BADGE_MAX_AGE)) return reply;
      return reply.type('image/svg+xml; charset=utf-8').send(renderBadge(page.name, month, cell));
    },
  );

  app.get(
    publicPaths.schema,
    {
      config: publicAccess,
      helmet: FILE_HEADERS,
      onRequest: [NO_STORE, allowAnyOrigin],
      schema: { tags, summary: 'The JSON Schema of the open data (dati.json), version 1', response: { 200: { description: 'JSON Schema', content: { 'application/schema+json': { schema: Type.Unknown() } } } } },
    },
    async (request, reply) => {
      const text = `${JSON.stringify(openDataJsonSchema(), null, 2)}\n`;
      if (answerCached(request, reply, weakEtag('schema', text), 86_400)) return reply;
      return reply.type('application/schema+json; charset=utf-8').send(text);
    },
  );

  app.get(
    `${PUBLIC_SHARED}/:asset`,
    {
      config: { access: { public: true }, rateLimit: { max: 600, timeWindow: '1 minute' } },
      helmet: FILE_HEADERS,
      schema: { hide: true, params: Type.Object({ asset: Type.String({ maxLength: 100 }) }) },
    },
    async (request, reply) => {
      const asset = assets.find(request.params.asset);
      if (!asset) throw new AppError('not_found', (w) => w.noSuchFile);
      // The name carries a hash of the content: a new version is a new address.
      return reply.type(asset.type).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body);
    },
  );
};

