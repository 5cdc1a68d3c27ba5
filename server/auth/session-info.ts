// Builds the SessionInfo answer and sets or clears the session cookie.
import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE, type SessionInfo } from '../contract/auth';
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
