// People and their roles: list, read, create, update (name, roles, disabled, password reset).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { UserCreateSchema, UserSchema, UserUpdateSchema, type User } from '../../contract/admin';
import { allows } from '../../contract/permissions';
import { ApiErrorSchema } from '../../http/error-schema';
import type { AdminDeps } from '../deps';
import { over } from '../scope';
import { strict } from '../strict';
import { getUser, listUsers } from './get-users';
import { addUser, changeUser } from './save-user';

const UserParams = Type.Object({ userId: Type.String({ minLength: 1, maxLength: 64 }) });
const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema };
const tags = ['people'];

export const userRoutes: FastifyPluginAsyncTypebox<AdminDeps> = async (app, { db, now, realtime }) => {
  app.get(
    '/users',
    {
      config: { access: { permission: 'users:manage', target: 'somewhere' } },
      schema: {
        tags,
        summary: 'People the signed-in person may manage: those whose roles all lie within their scope',
        querystring: Type.Object({
          administrationId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Only people holding a role in this administration, or over the whole installation (which covers it)' })),
        }),
        response: { 200: Type.Array(UserSchema), 401: ApiErrorSchema, 403: ApiErrorSchema },
      },
    },
    async (request) => {
      const { grants } = request.user!;
      const { administrationId } = request.query;
      // Installation admins hold a role there too: the E-mail page offers them as subscribers of its reports.
      const inIt = (u: User) => u.grants.some((g) => g.administrationId === administrationId || g.role === 'installation_admin');
      const people = (await listUsers(db)).filter((u) => !administrationId || inIt(u));
      // The same rule as the per-person routes (userTarget), decided on the roles already read: the list
      // never shows someone one cannot open, and costs the same two queries for 3 people or 300.
      return people.filter((u) => allows(grants, 'users:manage', { kind: 'person', grants: u.grants }));
    },
  );

  app.post(
    '/users',
    {
      // Each role handed out is checked against the giver's scope (mayGrant) in the handler.
      config: { access: { permission: 'users:manage', target: 'somewhere' } },
      schema: {
        tags,
        summary: 'Create a person with an initial password and their roles',
        description:
          'E-mail addresses are unique in the installation. When the address is already a person\'s, the answer is 409 conflict with a problem on `/email`, and what it says depends on who asks: ' +
          'if you manage that person (every role of theirs lies within your scope, as in `GET /users`), it names them, so that you open them and change their roles instead; ' +
          'otherwise (a person of another administration, one shared with another, an installation admin) it is one neutral answer, the same for all of them, ' +
          'that the address cannot be used for a new person here, naming no person and no administration. It does not tell those cases apart: ' +
          'that the address is taken somewhere in the installation is all it tells, as a free one creates the person. ' +
          'An installation admin, who manages everyone, always gets the first answer. Roles beyond your scope are refused (403) before the address is looked at.',
        body: UserCreateSchema,
        response: { 201: UserSchema, ...Errors },
      },
    },
    async (request, reply) => reply.status(201).send(await addUser(db, request.user!, request.body, now())),
  );

  app.get(
    '/users/:userId',
    {
      config: { access: over.user('users:manage') },
      schema: { tags, summary: 'One person with their roles', params: UserParams, response: { 200: UserSchema, ...Errors } },
    },
    async (request) => (await getUser(db, request.params.userId))!,
  );

  app.patch(
    '/users/:userId',
    {
      config: { access: over.user('users:manage') },
      schema: {
        tags,
        summary: 'Change a person: name, roles, disabled (ends their sessions), password reset (ends their sessions)',
        description:
          'Send only the fields you change, with the `version` of the person you read: if someone changed their name, roles or disabled state since, the answer is 409 stale and nothing is stored. ' +
          'Without `version` the change is applied to the person as stored now (scripts, API clients).',
        params: UserParams,
        body: strict(UserUpdateSchema),
        response: { 200: UserSchema, ...Errors },
      },
    },
    async (request) => {
      const { user, endSockets } = await changeUser(db, request.user!, request.params.userId, request.body, now());
      // Live rooms were joined under the old roles: reconnecting re-checks them.
      if (endSockets) realtime.endUserSockets(user.id);
      return user;
    },
  );
};
