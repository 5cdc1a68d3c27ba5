// The session's requests: first-run setup, sign-in, who am I, sign-out (here or everywhere), password change.
import { apiPaths } from '../../server/contract/api';
import type { SessionInfo, WhoAmI } from '../../server/contract/auth';
import { forgetSession, rememberSession, request } from './api';

/** Whether no person exists yet, so the first-run screen may create the installation admin. */
export async function getSetupNeeded(signal?: AbortSignal): Promise<boolean> {
  return (await request<{ needed: boolean }>('GET', apiPaths.setup, { signal })).needed;
}

/** First run: creates the installation admin and signs them in. */
export async function setUp(input: { setupCode: string; email: string; name: string; password: string }): Promise<SessionInfo> {
  return rememberSession(await request<SessionInfo>('POST', apiPaths.setup, { body: input }));
}

export async function signIn(email: string, password: string): Promise<SessionInfo> {
  return rememberSession(await request<SessionInfo>('POST', apiPaths.session, { body: { email, password } }));
}

/** The session this browser holds, or undefined when nobody is signed in. */
export async function getSession(signal?: AbortSignal): Promise<SessionInfo | undefined> {
  const answer = await request<WhoAmI>('GET', apiPaths.session, { signal });
  if (answer.user !== null) return rememberSession(answer);
  // Expired or ended elsewhere since the last visit: the next page load must not ask for reports early.
  forgetSession();
  return undefined;
}

/** Signs out here, or on every device; the token is forgotten even if the collector cannot be reached. */
export async function signOut(everywhere = false): Promise<void> {
  try {
    await request<void>('DELETE', everywhere ? apiPaths.sessionsEverywhere : apiPaths.session);
  } finally {
    forgetSession();
  }
}

/** Changes one's own password; the collector ends the person's other sessions. */
export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return request<void>('PUT', apiPaths.password, { body: { currentPassword, newPassword } });
}
