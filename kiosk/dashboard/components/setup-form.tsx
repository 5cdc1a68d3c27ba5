// The first-run screen: creates the installation's first admin while no person exists, then signs them in.
import { useState } from 'preact/hooks';
import type { SessionInfo } from '../../../server/contract/auth';
import { MIN_PASSWORD_LENGTH } from '../../../server/contract/limits';
import { DashboardApiError } from '../api';
import { SESSION_LABELS as L } from '../session-labels';
import { setUp } from '../session-api';
import { useSave } from '../use-save';
import { FormError, NewPasswordField, TextField } from './form-field';
import { useTabTitle } from './use-tab-title';

// Checked against the contract's literal; the contract module itself carries TypeBox.
export const MIN_PASSWORD = MIN_PASSWORD_LENGTH;

interface Props {
  onSignedIn: (session: SessionInfo) => void;
  /** Someone else finished the setup first: go to sign-in. */
  onAlreadyDone: () => void;
}

export function SetupForm({ onSignedIn, onAlreadyDone }: Props) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const save = useSave();
  const { error, problem } = save;
  useTabTitle(L.setupTitle);

  const tooShort = password.length > 0 && password.length < MIN_PASSWORD;
  const differs = confirm.length > 0 && confirm !== password;

  const submit = (e: Event) => {
    e.preventDefault();
    if (password.length < MIN_PASSWORD || password !== confirm) return save.fail(new Error(password !== confirm ? L.passwordsDiffer : L.passwordTooShort(MIN_PASSWORD)));
    void save.run(async () => {
      try {
        onSignedIn(await setUp({ setupCode: code.trim(), name: name.trim(), email: email.trim(), password }));
      } catch (err) {
        // Not a refusal to show: someone else created the first admin meanwhile.
        if (err instanceof DashboardApiError && err.code === 'setup_done') return onAlreadyDone();
        throw err;
      }
    });
  };

  return (
    <main class="auth-card card">
      <h1>{L.setupTitle}</h1>
      <p class="muted">{L.setupIntro}</p>
      <form onSubmit={submit} data-testid="setup-form">
        <TextField id="setup-code" testId="setup-code" label={L.setupCode} hint={L.setupCodeHint} value={code} onInput={setCode} required maxLength={32} autoComplete="off" problem={problem('/setupCode')} />
        <TextField id="setup-name" testId="setup-name" label={L.name} value={name} onInput={setName} required maxLength={200} autoComplete="name" problem={problem('/name')} />
        <TextField id="setup-email" testId="setup-email" label={L.email} type="email" value={email} onInput={setEmail} required autoComplete="username" problem={problem('/email')} />
        <NewPasswordField
          id="setup-password"
          testId="setup-password"
          label={L.password}
          value={password}
          onInput={setPassword}
          hint={L.passwordHint(MIN_PASSWORD)}
          problem={tooShort ? L.passwordTooShort(MIN_PASSWORD) : problem('/password')}
        />
        <NewPasswordField id="setup-password-confirm" testId="setup-password-confirm" label={L.confirmPassword} value={confirm} onInput={setConfirm} problem={differs ? L.passwordsDiffer : undefined} />
        <FormError error={error} fields={['/setupCode', '/name', '/email', '/password']} testId="setup-error" />
        <button type="submit" class="primary" data-testid="setup-submit" disabled={save.busy}>
          {L.createAdmin}
        </button>
      </form>
    </main>
  );
}
