// The dashboard's side of the public page: an administration's admins read and change its settings (audited).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { PublicPageChangeSchema, PublicPageInputSchema, PublicPageSettingsSchema, type PublicPageSettings } from '../contract/public-page-schemas';
import { actorOf, over } from '../admin/scope';
import { ApiErrorSchema } from '../http/error-schema';
import type { Db } from '../store/database';
import { baseUrl, publicLinks } from './links';
import { getSettings, saveSettings, type StoredSettings } from './settings';

export interface PublicSettingsDeps {
  db: Db;
  now: () => Date;
  /** PUBLIC_URL when set: the links and the embed snippet name the collector by it. */
  publicUrl?: string;
}

const Params = Type.Object({ administrationId: Type.String({ minLength: 1, maxLength: 64 }) });
const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema };
const tags = ['administrations'];
const VERSIONED =
  'With the `version` you read, settings changed by someone since are not overwritten: 409 stale, nothing stored. Without it, the save applies to the settings as stored now (scripts, API clients).';

export const publicSettingsRoutes: FastifyPluginAsyncTypebox<PublicSettingsDeps> = async (app, { db, now, publicUrl }) => {
  const withLinks = (s: StoredSettings, base: string): PublicPageSettings => ({ ...s, links: publicLinks(base, s.administrationId) });

  app.get(
    '/administrations/:administrationId/public-page',
    {
      config: { access: over.administration('administration:manage') },
      schema: { tags, summary: 'The public transparency page\'s settings, with the addresses of the page, its open data and its badge', params: Params, response: { 200: PublicPageSettingsSchema, ...Errors } },
    },
    async (request) => withLinks(await getSettings(db, request.params.administrationId), baseUrl(request, publicUrl)),
  );

  app.put(
    '/administrations/:administrationId/public-page',
    {
      config: { access: over.administration('administration:manage') },
      schema: {
        tags,
        summary: 'Switch the public transparency page on or off, choose the open data\'s licence, write its note (audited)',
        description: `Every setting; PATCH changes only those sent. ${VERSIONED}`,
        params: Params,
        body: PublicPageInputSchema,
        response: { 200: PublicPageSettingsSchema, ...Errors },
      },
    },
    async (request) => withLinks(await saveSettings(db, request.params.administrationId, request.body, actorOf(request), now()), baseUrl(request, publicUrl)),
  );

  app.patch(
    '/administrations/:administrationId/public-page',
    {
      config: { access: over.administration('administration:manage') },
      schema: {
        tags,
        summary: 'Change some of the public page\'s settings: those left out stay as they are (audited)',
        description: `What the dashboard sends: a note fixed alone never switches the page back on or off. ${VERSIONED}`,
        params: Params,
        body: PublicPageChangeSchema,
        response: { 200: PublicPageSettingsSchema, ...Errors },
      },
    },
    async (request) => withLinks(await saveSettings(db, request.params.administrationId, request.body, actorOf(request), now()), baseUrl(request, publicUrl)),
  );
};
