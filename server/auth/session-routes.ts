// Sign-in, who am I, sign-out (here or everywhere), password change, and the first-run screen's setup.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CredentialsSchema, DEVICE_COOKIE, PasswordChangeSchema, SESSION_COOKIE, SessionInfoSchema, SetupSchema, SetupStatusSchema, WhoAmISchema } from '../contract/auth';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../http/app-error';
import { ApiErrorSchema } from '../http/error-schema';
import type { SessionScope } from '../realtime/socket';
import type { Db } from '../store/database';
import { createUser } from '../store/create-user';
import { hashPassword, verifyPassword } from './passwords';
import { clearSessionCookie, sessionInfo, setDeviceCookie, setSessionCookie } from './session-info';
import { endSession, endUserSessions, findSession } from './sessions';
import { requestAddressKey } from '../http/address-key';
import { isSetupCode, setupCode } from './setup-code';
import { signIn } from './sign-in';
import { refuseWeakPassword } from './weak-password';

export interface SessionRouteDeps {
  db: Db;
  now: () => Date;
  secureCookies: boolean;
  /** Drops the person's live connections when their sessions end (all, one, or all but one). */
  endUserSockets: (userId: string, sessions?: SessionScope) => void;
}

const Errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 409: ApiErrorSchema, 429: ApiErrorSchema };
/** Per address, on top of the per-account lockout: slows guessing across many accounts. */
const SIGN_IN_LIMIT = { max: 20, timeWindow: '1 minute' };

export const sessionRoutes: FastifyPluginAsyncTypebox<SessionRouteDeps> = async (app, { db, now, secureCookies, endUserSockets }) => {
  app.post(
    '/session',
    {
      config: { access: { public: true }, rateLimit: SIGN_IN_LIMIT },
      schema: { tags: ['session'], summary: 'Sign in', body: CredentialsSchema, response: { 200: SessionInfoSchema, ...Errors } },
    },
    async (request, reply) => {
      const { cookieValue, device } = await signIn(db, request.body.email, request.body.password, request.headers['user-agent'] ?? '', now(), requestAddressKey(request), request.cookies[DEVICE_COOKIE]);
      setSessionCookie(reply, cookieValue, secureCookies);
      setDeviceCookie(reply, device, secureCookies);
      return sessionInfo((await findSession(db, cookieValue, now()))!);
    },
  );

  // Public, so that "nobody" is an answer (200, user null) and not an error: the dashboard asks
  // this first on every visit, and a 401 there was an error in the console of every sign-in page.
  app.get(
    '/session',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['session'],
        summary: 'Who is signed in, their roles and CSRF token; {"user": null} when nobody is',
        description:
          'Answers 200 either way: the session of the cookie sent, or `{"user": null}` without a cookie or with one whose session ended or expired (that cookie is then cleared). Every other route that needs a session answers 401 without one.',
        response: { 200: WhoAmISchema },
      },
    },
    async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      const user = cookie ? await findSession(db, cookie, now()) : null;
      if (user) return sessionInfo(user);
      if (cookie) clearSessionCookie(reply, secureCookies);
      return { user: null };
    },
  );

  app.delete(
    '/session',
    { config: { access: { signedIn: true } }, schema: { tags: ['session'], summary: 'Sign out', response: { 204: Type.Null(), ...Errors } } },
    async (request, reply) => {
      await endSession(db, request.user!.sessionHash);
      // A dashboard left open must not keep receiving live updates once its session is over.
      endUserSockets(request.user!.id, { only: request.user!.sessionHash });
      clearSessionCookie(reply, secureCookies);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/session/everywhere',
    { config: { access: { signedIn: true } }, schema: { tags: ['session'], summary: 'Sign out on every device', response: { 204: Type.Null(), ...Errors } } },
    async (request, reply) => {
      await endUserSessions(db, request.user!.id);
      endUserSockets(request.user!.id);
      clearSessionCookie(reply, secureCookies);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/session/password',
    {
      // Whoever holds a session must not get unlimited guesses at the current password.
      config: { access: { signedIn: true }, rateLimit: { max: 5, timeWindow: '15 minutes' } },
      schema: { tags: ['session'], summary: 'Change one\'s own password; other sessions end', body: PasswordChangeSchema, response: { 204: Type.Null(), ...Errors } },
    },
    async (request, reply) => {
      const user = request.user!;
      const row = await db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
      if (!(await verifyPassword(request.body.currentPassword, row.password_hash))) {
        throw new AppError('validation_failed', (w) => w.wrongCurrentPassword, [{ field: '/currentPassword', reason: (w) => w.doesNotMatch }]);
      }
      refuseWeakPassword(request.body.newPassword, user, '/newPassword');
      const hash = await hashPassword(request.body.newPassword);
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', user.id).execute();
        await recordAudit(trx, { actor: user, administrationId: null, action: 'user.password_change', targetType: 'user', targetId: user.id }, now());
      });
      await endUserSessions(db, user.id, user.sessionHash);
      endUserSockets(user.id, { except: user.sessionHash });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/setup',
    { config: { access: { public: true } }, schema: { tags: ['session'], summary: 'Whether the first-run screen is needed', response: { 200: SetupStatusSchema } } },
    async () => ({ needed: !(await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) }),
  );

  app.post(
    '/setup',
    {
      config: { access: { public: true }, rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: ['session'],
        summary: 'First run: create the installation admin (only while no user exists, with the set-up code the collector printed) and sign in',
        body: SetupSchema,
        response: { 200: SessionInfoSchema, ...Errors },
      },
    },
    async (request, reply) => {
      const { email, name, password, setupCode: typed } = request.body;
      // Checked first: a wrong code learns nothing, not even whether the installation still needs setting up.
      if (!isSetupCode(typed, await setupCode(db, now()))) {
        throw new AppError('validation_failed', (w) => w.setupCodeWrong, [{ field: '/setupCode', reason: (w) => w.setupCodeWrongField }]);
      }
      refuseWeakPassword(password, { email, name }, '/password');
      await createUser(db, { email, name, password, grants: [{ role: 'installation_admin', administrationId: null, officeId: null }] }, null, now(), {
        via: 'first-run screen',
        onlyIfFirst: true,
      });
      const { cookieValue, device } = await signIn(db, email, password, request.headers['user-agent'] ?? '', now(), requestAddressKey(request));
      setSessionCookie(reply, cookieValue, secureCookies);
      setDeviceCookie(reply, device, secureCookies);
      return sessionInfo((await findSession(db, cookieValue, now()))!);
    },
  );
};
