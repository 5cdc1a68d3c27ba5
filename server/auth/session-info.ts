// Builds the SessionInfo answer, sets or clears the session cookie, and sets the known-device cookie.
import type { FastifyReply } from 'fastify';
import { apiPaths } from '../contract/api';
import { DEVICE_COOKIE, SESSION_COOKIE, type SessionInfo } from '../contract/auth';
import { KNOWN_DEVICE_MS } from './known-device';
import type { SignedInUser } from './sessions';

export function sessionInfo(user: SignedInUser): SessionInfo {
  return { user: { id: user.id, email: user.email, name: user.name }, grants: user.grants, csrfToken: user.csrfToken, expiresAt: user.expiresAt };
}

/** httpOnly: scripts never see it; SameSite=Strict: no other site can make the browser send it. */
export function setSessionCookie(reply: FastifyReply, value: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

/**
 * The known-device cookie (known-device.ts), as private as the session's, and sent only to the
 * session's routes (its path), of which only the sign-in reads it. It outlives the session on purpose (signing out does not make the browser
 * unknown); it proves only that its person signed in here, and opens nothing by itself.
 */
export function setDeviceCookie(reply: FastifyReply, value: string, secure: boolean): void {
  reply.setCookie(DEVICE_COOKIE, value, { path: apiPaths.session, httpOnly: true, sameSite: 'strict', secure, maxAge: KNOWN_DEVICE_MS / 1000 });
}
