// The sign-in screen: e-mail and password, with wrong-password, lockout and rate-limit messages a person can act on.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
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
export function signInProblem(err: unknown): { text: string; field: 'email' | 'password' } {
  if (!(err instanceof DashboardApiError)) return { text: err instanceof Error ? err.message : String(err), field: 'password' };
  switch (err.code) {
    case 'unauthenticated':
      return { text: L.wrongCredentials, field: 'password' };
    case 'locked_out':
      return { text: L.lockedOut(minutes(err.retryAfterSeconds)), field: 'password' };
    case 'rate_limited':
      return { text: L.rateLimited(minutes(err.retryAfterSeconds)), field: 'password' };
    // The account itself is refused: another password will not help, another e-mail may.
    case 'forbidden':
      return { text: L.disabled, field: 'email' };
    default:
      return { text: err.message, field: 'password' };
  }
}

export function SignInForm({ onSignedIn, notice }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ReturnType<typeof signInProblem>>();
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  useTabTitle(L.signInTitle);
  // After a refusal the button had been disabled and the password emptied, and the focus fell to the
  // page's top: it goes to the field to type again, once the render has enabled the form again.
  const refused = useRef(false);
  useLayoutEffect(() => {
    if (!refused.current || busy || !problem) return;
    refused.current = false;
    (problem.field === 'email' ? emailInput : passwordInput).current?.focus();
  }, [busy, problem]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      onSignedIn(await signIn(email.trim(), password));
    } catch (err) {
      refused.current = true;
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
          <input id="signin-email" ref={emailInput} data-testid="signin-email" type="email" autoComplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="signin-password">{L.password}</label>
          <input
            id="signin-password"
            ref={passwordInput}
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
