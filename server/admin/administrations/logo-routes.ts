// An administration's logo for the header of its PDF reports: upload (PNG or JPEG, the file as the body), look, remove.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { LOGO_MEDIA_TYPES, MAX_LOGO_BYTES, MAX_LOGO_SIDE, type LogoMediaType } from '../../contract/exports';
import { AppError } from '../../http/app-error';
import { ApiErrorSchema } from '../../http/error-schema';
import { getAdministrationLogo } from '../../reports/queries/get-administration-logo';
import type { AdminDeps } from '../deps';
import { actorOf, over } from '../scope';
import { checkLogo } from './logo-image';
import { removeLogo, saveLogo } from './save-logo';

const Params = Type.Object({ administrationId: Type.String({ minLength: 1, maxLength: 64 }) });
const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema };
const tags = ['administrations'];
const READ_LIMIT = 8 * 1024 * 1024;

const LogoSchema = Type.Object({
  mediaType: Type.String(),
  bytes: Type.Integer(),
  width: Type.Integer(),
  height: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: Type.String({ format: 'date-time' }),
  dataUrl: Type.String({ description: 'the image itself as a data: URL, for a preview (at most ~270 KB)' }),
});
const LogoStateSchema = Type.Object({ logo: Type.Union([LogoSchema, Type.Null()], { description: 'null: the PDF reports show the administration\'s name alone' }) });

export const logoRoutes: FastifyPluginAsyncTypebox<AdminDeps> = async (app, { db, now }) => {
  const manage = over.administration('administration:manage');
  const state = async (administrationId: string) => {
    const logo = await getAdministrationLogo(db, administrationId);
    return { logo: logo && { mediaType: logo.mediaType, bytes: logo.data.length, width: logo.width, height: logo.height, sha256: logo.sha256, uploadedAt: logo.uploadedAt, dataUrl: `data:${logo.mediaType};base64,${logo.data.toString('base64')}` } };
  };

  app.get(
    '/administrations/:administrationId/logo',
    {
      config: { access: manage },
      schema: { tags, summary: 'Whether the administration has a logo for its PDF reports, with its type, size, checksum and the image itself (a data: URL)', params: Params, response: { 200: LogoStateSchema, ...Errors } },
    },
    async (request) => state(request.params.administrationId),
  );

  // The body is the image itself: a parser of its own, in its own scope, reading bytes.
  const upload: FastifyPluginAsyncTypebox = async (scope) => {
    // Up to 8 MiB reaches the handler, which then says how large the file is and what the limit is
    // (a photo straight from a camera); Fastify's own answer to anything larger speaks of votes.
    // Any other type is read too, so the answer can name the two accepted ones instead of Fastify's generic 415.
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: READ_LIMIT }, (_request, body, done) => done(null, body));
    scope.put(
      '/administrations/:administrationId/logo',
      {
        bodyLimit: READ_LIMIT,
        config: { access: manage },
        schema: {
          tags,
          summary: `Set the logo printed at the top of the administration's PDF reports: the PNG or JPEG file as the body (Content-Type image/png or image/jpeg), at most ${MAX_LOGO_BYTES / 1024} KiB and ${MAX_LOGO_SIDE} pixels a side; replaces the previous one`,
          description: 'The file is checked before it is stored (its header must match the Content-Type, and it must decode); a refused file leaves the previous logo in place. Audited.',
          consumes: [...LOGO_MEDIA_TYPES],
          params: Params,
          response: { 200: LogoStateSchema, ...Errors, 413: ApiErrorSchema, 415: ApiErrorSchema },
        },
      },
      async (request) => {
        const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (!(LOGO_MEDIA_TYPES as readonly string[]).includes(type) || !Buffer.isBuffer(request.body)) {
          throw new AppError('unsupported_media_type', (w) => w.logoMediaType(type));
        }
        const image = await checkLogo(request.body, type as LogoMediaType);
        await saveLogo(db, request.params.administrationId, request.body, image, actorOf(request), now());
        return state(request.params.administrationId);
      },
    );
  };
  await app.register(upload);

  app.delete(
    '/administrations/:administrationId/logo',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: 'Remove the logo: the PDF reports then show the administration\'s name alone. `removed` says whether there was one',
        params: Params,
        response: { 200: Type.Object({ removed: Type.Boolean() }), ...Errors },
      },
    },
    async (request) => ({ removed: await removeLogo(db, request.params.administrationId, actorOf(request), now()) }),
  );
};
