// The sign-in screen: e-mail and password, with wrong-password, lockout and rate-limit messages a person can act on.
import { useState } from 'preact/hooks';
import type { SessionInfo } from '../../../server/contract/auth';
import { DashboardApiError } from '../api';
import { SESSION_LABELS as L } from '../session-labels';
import { signIn } from '../session-api';
import { useTabTitle } from './use-tab-title';

interface Props {
  onSignedIn: (session: SessionInfo) => void;
  /** Why the person is here again (session ended, signed out), shown above the form. */
  notice?: string;
}

const minutes = (seconds: number | undefined) => Math.max(1, Math.ceil((seconds ?? 60) / 60));

/**
 * What to tell the person, in the dashboard's words for the refusals sign-in knows (with the wait in
 * minutes), else the collector's own message, which comes in the dashboard's language too.
 */
export function signInProblem(err: unknown): { text: string } {
  if (!(err instanceof DashboardApiError)) return { text: err instanceof Error ? err.message : String(err) };
  switch (err.code) {
    case 'unauthenticated':
      return { text: L.wrongCredentials };
    case 'locked_out':
      return { text: L.lockedOut(minutes(err.retryAfterSeconds)) };
    case 'rate_limited':
      return { text: L.rateLimited(minutes(err.retryAfterSeconds)) };
    case 'forbidden':
      return { text: L.disabled };
    default:
      return { text: err.message };
  }
}

export function SignInForm({ onSignedIn, notice }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ text: string }>();
  useTabTitle(L.signInTitle);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      onSignedIn(await signIn(email.trim(), password));
    } catch (err) {
      setProblem(signInProblem(err));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="auth-card card">
      <h1>{L.signInTitle}</h1>
      {notice && (
        <p class="notice" role="status" data-testid="signin-notice">
          {notice}
        </p>
      )}
      <form onSubmit={submit} data-testid="signin-form">
        <div class="field">
          <label for="signin-email">{L.email}</label>
          <input id="signin-email" data-testid="signin-email" type="email" autoComplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="signin-password">{L.password}</label>
          <input
            id="signin-password"
            data-testid="signin-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </div>
        {/* Always in the page, so screen readers announce the message when it appears. */}
        <div class="form-error" role="alert" data-testid="signin-error" hidden={!problem}>
          {problem && <p>{problem.text}</p>}
        </div>
        <button type="submit" class="primary" data-testid="signin-submit" disabled={busy}>
          {busy ? L.signingIn : L.signIn}
        </button>
      </form>
    </main>
  );
}
