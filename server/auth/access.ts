// Every route declares who may call it; these hooks check that declaration on every request.
// A route under /api without a declaration makes the app fail to build, so no route ships unguarded.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_HEADER, SESSION_COOKIE, TERMINAL_AUTH_SCHEME } from '../contract/auth';
import { AppError } from '../http/app-error';
import type { Db } from '../store/database';
import { allows, allowsSomewhere, reaches, type Permission, type Target } from '../contract/permissions';
import { findSession, type SignedInUser } from './sessions';
import { terminalCacheOf } from './terminal-cache';
import { findTerminalByToken, findTerminalByTokenCached, isArchivedTerminalToken, markTerminalSeen, type EnrolledTerminal } from './terminal-tokens';
import { sameSecret } from './tokens';
import { requestOrigin, sameOrigin, type TrustProxy } from '../http/origin';
import { findApiKey, type KeyHolder } from '../admin/api-keys/api-keys';

/**
 * public: anyone (health, sign-in, enrolment...). terminal: an enrolled terminal's device token.
 * crossSite: anyone, from any site's pages too (the web rating widget on a comune's website): such
 * a route holds no session and changes nothing but adding a vote, so there is no forgery to refuse.
 * apiKey: an administration's live API key (a queue-ticket system sending people served).
 * signedIn: any signed-in person (their own session and password).
 * permission: a signed-in person allowed `permission` over the target the request names;
 * `target: 'somewhere'` for lists, which then show only what the person may see.
 */
export type Access =
  | { public: true; crossSite?: true }
  /** cached: the token's answer may come from the terminal cache (terminal-cache.ts), for the hot path of votes. */
  | { terminal: true; cached?: true }
  | { apiKey: true }
  | { signedIn: true }
  | { permission: Permission; target: 'somewhere' | ((request: FastifyRequest, db: Db) => Promise<Target | null>) };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    user: SignedInUser | null;
    terminal: EnrolledTerminal | null;
    apiKey: KeyHolder | null;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Every route registered so far, with its access: the authorization tests enumerate these. */
export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

/** The token of an `Authorization: Bearer ...` header; the scheme's case does not matter (RFC 9110). */
function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization ?? '';
  const scheme = `${TERMINAL_AUTH_SCHEME.toLowerCase()} `;
  if (header.slice(0, scheme.length).toLowerCase() !== scheme) return null;
  return header.slice(scheme.length).trim() || null;
}

/**
 * Cross-site requests cannot carry our SameSite=Strict cookie; an Origin from elsewhere is refused
 * outright. Elsewhere means another scheme, host or port than the request's own (as a trusted
 * proxy reports it, see origin.ts) or PUBLIC_URL's; a malformed or "null" Origin is elsewhere too.
 */
function checkOrigin(request: FastifyRequest, publicOrigin: string, trust: TrustProxy): void {
  const origin = request.headers.origin;
  const own = requestOrigin(request.headers, request.socket.remoteAddress, Boolean((request.socket as { encrypted?: boolean }).encrypted), trust);
  if (!sameOrigin(origin, own, publicOrigin)) throw new AppError('csrf_failed', (w) => w.foreignOrigin(origin));
}

export function installAccessControl(app: FastifyInstance, db: Db, now: () => Date, routes: RouteAccess[], publicUrl = '', trust: TrustProxy = false): void {
  const publicOrigin = URL.canParse(publicUrl) ? new URL(publicUrl).origin : '';
  app.decorateRequest('user', null);
  app.decorateRequest('terminal', null);
  app.decorateRequest('apiKey', null);

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!access) {
      // Static files and the OpenAPI document are public by nature; everything under /api must say.
      if (route.url.startsWith('/api/v') || route.url.startsWith('/api/') && route.url !== '/api/openapi.json') {
        throw new Error(`Route ${methods.join(',')} ${route.url} declares no access (config.access): say who may call it.`);
      }
      return;
    }
    for (const method of methods) if (method !== 'HEAD') routes.push({ method, url: route.url, access });
  });

  // Who is calling: before validation, so a stranger learns nothing from validation errors.
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) return;
    // Terminals authenticate with a header a browser never adds by itself: no forgery to fear.
    if (UNSAFE_METHODS.has(request.method) && !('terminal' in access) && !('apiKey' in access) && !('crossSite' in access)) checkOrigin(request, publicOrigin, trust);
    if ('public' in access) return;
    if ('apiKey' in access) {
      const key = bearer(request);
      request.apiKey = key ? await findApiKey(db, key, now()) : null;
      if (!request.apiKey) throw new AppError('unauthenticated', (w) => w.apiKeyNeeded);
      // A queue system left running after its administration was archived: told why, not stored for a gone administration.
      if (request.apiKey.administrationArchived) throw new AppError('forbidden', (w) => w.apiKeyAdministrationArchived);
      return;
    }
    if ('terminal' in access) {
      const token = bearer(request);
      request.terminal = token ? await (access.cached ? findTerminalByTokenCached(db, token) : findTerminalByToken(db, token)) : null;
      if (!request.terminal) {
        if (token && (await isArchivedTerminalToken(db, token))) {
          throw new AppError('terminal_unknown', (w) => w.terminalArchived);
        }
        throw new AppError('terminal_not_enrolled', (w) => w.terminalNotEnrolled);
      }
      await markTerminalSeen(db, request.terminal, now());
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    request.user = cookie ? await findSession(db, cookie, now()) : null;
    if (!request.user) throw new AppError('unauthenticated', (w) => w.signInFirst);
    if (UNSAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, request.user.csrfToken)) {
        throw new AppError('csrf_failed', (w) => w.csrfHeader(CSRF_HEADER));
      }
    }
  });

  // Any change through this collector may concern a terminal, its office, services or reasons: the
  // cached answers go before the caller hears that it is done, so their next request sees the change.
  // Only the routes that store nothing a terminal's token or context is made of keep the cache.
  const cache = terminalCacheOf(db);
  app.addHook('onSend', async (request) => {
    if (!UNSAFE_METHODS.has(request.method)) return;
    const access = request.routeOptions.config?.access;
    if (access && ('terminal' in access || 'apiKey' in access || ('public' in access && access.crossSite))) return;
    cache.clear();
  });

  // May they: after validation, so the target is read from well-formed parameters.
  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || !('permission' in access) || !request.user) return;
    const { grants } = request.user;
    if (access.target === 'somewhere') {
      if (!allowsSomewhere(grants, access.permission)) throw new AppError('forbidden', (w) => w.roleForbids);
      return;
    }
    const target = await access.target(request, db);
    // Another administration's item is answered as one that does not exist: its id tells nothing.
    if (!target || !reaches(grants, target)) throw new AppError('not_found', (w) => w.noSuchItem);
    if (!allows(grants, access.permission, target)) throw new AppError('forbidden', (w) => w.outsideScope);
  });
}
