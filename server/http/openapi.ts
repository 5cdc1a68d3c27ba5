// Publishes every route's schema as an OpenAPI document, for third-party terminals and integrators.
import fastifySwagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { apiPaths } from '../contract/api';

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'gradimento collector API',
        version,
        description:
          'Votes from touch terminals, terminal configuration and per-office reports. Errors always have the shape ' +
          '{ "error": { "code", "message", "problems"? } }; codes are stable. Messages and problem reasons are in ' +
          'English, or in Italian for a request with "Accept-Language: it" (the answer\'s Content-Language says which); ' +
          'codes and field pointers are the same in both.',
        license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
      },
      components: {
        securitySchemes: {
          deviceToken: { type: 'http', scheme: 'bearer', description: 'A terminal\'s device token, from POST /api/v1/enrolment.' },
          session: { type: 'apiKey', in: 'cookie', name: 'gradimento_sid', description: 'Dashboard session; state-changing requests also need the x-csrf-token header.' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'An administration\'s API key (gk_...), created by its administrator on the dashboard; for queue-ticket systems.' },
        },
      },
      tags: [
        { name: 'session', description: 'Sign-in, sessions, first run' },
        { name: 'votes', description: 'Ingest of votes from terminals' },
        { name: 'terminals', description: 'What a terminal shows' },
        { name: 'reports', description: 'Read-only reports for office managers, administrations and the installation' },
        { name: 'participation', description: 'People served per service and day: participation = votes / people served' },
        { name: 'administrations', description: 'Administrations (enti) of the installation' },
        { name: 'offices', description: 'Offices (sedi): address, time zone, opening hours, holidays' },
        { name: 'services', description: 'Services per administration, with their charter standard' },
        { name: 'reasons', description: 'Reasons offered after a negative vote' },
        { name: 'people', description: 'People and their roles' },
        { name: 'audit', description: 'Who changed what' },
        // Issue 8: outside /api, no sign-in.
        { name: 'public', description: 'An administration\'s public transparency page, its open data and its badge (/pubblico/...): no sign-in' },
        // Issue 9: the web widget and the QR codes' mobile page (/canali/..., no sign-in), the points, code sheets and phone votes (API).
        { name: 'channels', description: 'Channels beyond the terminals: the web rating widget, single-use QR codes, the operator\'s phone votes, web comments (docs/channels.md)' },
      ],
    },
  });
  app.get(apiPaths.openapi, { config: { access: { public: true } }, schema: { hide: true } }, async () => app.swagger());
}
