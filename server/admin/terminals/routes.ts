// Terminals of an office: list, read, create, update, pairing code (with QR), revoke, archive.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { TerminalCreateSchema, TerminalSchema, TerminalUpdateSchema } from '../../contract/admin';
import { PairingCodeSchema } from '../../contract/auth';
import { ApiErrorSchema } from '../../http/error-schema';
import type { AdminDeps } from '../deps';
import { actorOf, over, overBody } from '../scope';
import { strict } from '../strict';
import { getTerminal, listOfficeTerminals } from './get-terminals';
import { createTerminal, updateTerminal } from './save-terminal';
import { ArchiveBodySchema, archiveDescription } from '../archive-body';
import { archiveTerminal, createPairingCode, revoke } from './terminal-lifecycle';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const TerminalParams = Type.Object({ terminalId: Id });
const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema };
const tags = ['terminals'];
/** Office managers set up the terminals of their own offices, as administration admins do for all of theirs. */
const MANAGE = 'terminals:manage';

export const terminalAdminRoutes: FastifyPluginAsyncTypebox<AdminDeps> = async (app, { db, now, realtime, publicUrl }) => {
  app.get(
    '/offices/:officeId/terminals',
    {
      config: { access: over.office(MANAGE) },
      schema: { tags, summary: 'Terminals of an office (archived ones too, with archivedAt), each with its last heartbeat and its votes re-dated lately (a wrong clock)', params: Type.Object({ officeId: Id }), response: { 200: Type.Array(TerminalSchema), ...Errors } },
    },
    async (request) => listOfficeTerminals(db, request.params.officeId, now()),
  );

  app.post(
    '/terminals',
    {
      config: { access: overBody.office(MANAGE) },
      schema: {
        tags,
        summary: 'Create a terminal: counter mode with one service, or totem mode with several; then ask for a pairing code',
        body: TerminalCreateSchema,
        response: { 201: TerminalSchema, ...Errors },
      },
    },
    async (request, reply) => {
      const { officeId, ...fields } = request.body;
      return reply.status(201).send(await createTerminal(db, officeId, fields, actorOf(request), now()));
    },
  );

  app.get(
    '/terminals/:terminalId',
    {
      config: { access: over.terminal(MANAGE) },
      schema: { tags, summary: 'One terminal, with whether it is enrolled', params: TerminalParams, response: { 200: TerminalSchema, ...Errors } },
    },
    async (request) => (await getTerminal(db, request.params.terminalId, now()))!,
  );

  app.patch(
    '/terminals/:terminalId',
    {
      config: { access: over.terminal(MANAGE) },
      schema: {
        tags,
        summary: 'Change a terminal\'s name, mode, services or scale; the terminal updates live',
        description:
          'Fields left out stay as they are: send only those you change (serviceIds replaces the whole list), with the `version` of the terminal you read; if someone changed it since, the answer is 409 stale and nothing is stored. ' +
          'Without `version` the change is applied to the terminal as stored now (scripts, API clients).',
        params: TerminalParams,
        body: strict(TerminalUpdateSchema),
        response: { 200: TerminalSchema, ...Errors },
      },
    },
    async (request) => {
      const { version, ...change } = request.body;
      const terminal = await updateTerminal(db, request.params.terminalId, change, actorOf(request), now(), version);
      await realtime.configChanged([terminal.id]);
      return terminal;
    },
  );

  app.post(
    '/terminals/:terminalId/pairing-code',
    {
      config: { access: over.terminal(MANAGE) },
      schema: {
        tags,
        summary: 'A short-lived pairing code, its kiosk URL and QR code: open the URL on the device to enrol it',
        params: TerminalParams,
        response: { 200: PairingCodeSchema, ...Errors },
      },
    },
    async (request, reply) => {
      // The code is a secret for its lifetime: no cache may keep this answer.
      reply.header('cache-control', 'no-store');
      // A QR code of "localhost" would send the tablet to itself: without PUBLIC_URL, use the
      // address the dashboard was reached at, which the terminal can reach too.
      const base = publicUrl ?? `${request.protocol}://${request.host}`;
      return createPairingCode(db, request.params.terminalId, base, actorOf(request), now());
    },
  );

  app.post(
    '/terminals/:terminalId/revoke',
    {
      config: { access: over.terminal(MANAGE) },
      schema: {
        tags,
        summary: 'Stop the terminal\'s device token at once; it keeps its queued votes until paired again',
        description:
          'This collector refuses the token from its next request. Other collectors on the same PostgreSQL hear of the revocation through it and refuse the token as soon as they do, and within 2 s at worst (docs/deploy.md).',
        params: TerminalParams,
        response: { 200: TerminalSchema, ...Errors },
      },
    },
    async (request) => {
      const terminal = await revoke(db, request.params.terminalId, actorOf(request), now());
      realtime.terminalRevoked(terminal.id);
      return terminal;
    },
  );

  app.post(
    '/terminals/:terminalId/archive',
    {
      config: { access: over.terminal(MANAGE) },
      schema: {
        tags,
        summary: 'Archive a terminal: its votes stay in the reports, its token stops',
        description: archiveDescription('terminal', 'settings (name, mode, services, scale, sound, misuse thresholds, PIN)'),
        params: TerminalParams,
        body: ArchiveBodySchema,
        response: { 200: TerminalSchema, ...Errors },
      },
    },
    async (request) => {
      const { terminal, changed } = await archiveTerminal(db, request.params.terminalId, actorOf(request), now(), request.body?.version);
      if (changed) realtime.terminalRevoked(terminal.id);
      return terminal;
    },
  );
};
