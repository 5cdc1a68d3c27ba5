// Changing one's own password: the current one, the new one twice; the collector closes the other sessions.
import { useState } from 'preact/hooks';
import { SESSION_LABELS as L } from '../session-labels';
import { changePassword } from '../session-api';
import { FormError, problemAt, TextField } from './form-field';
import { MIN_PASSWORD } from './setup-form';

export function PasswordForm({ onDone }: { onDone: (changed: boolean) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (e: Event) => {
    e.preventDefault();
    if (next.length < MIN_PASSWORD) return setError(new Error(L.passwordTooShort(MIN_PASSWORD)));
    if (next !== confirm) return setError(new Error(L.passwordsDiffer));
    setBusy(true);
    setError(undefined);
    try {
      await changePassword(current, next);
      onDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card password-form" onSubmit={submit} data-testid="password-form" aria-labelledby="password-form-title">
      <h2 id="password-form-title">{L.changePassword}</h2>
      <TextField id="password-current" label={L.currentPassword} type="password" value={current} onInput={setCurrent} required autoComplete="current-password" problem={problemAt(error, '/currentPassword')} />
      <TextField
        id="password-new"
        label={L.newPassword}
        type="password"
        value={next}
        onInput={setNext}
        required
        autoComplete="new-password"
        hint={L.passwordHint(MIN_PASSWORD)}
        problem={problemAt(error, '/newPassword')}
      />
      <TextField id="password-confirm" label={L.confirmPassword} type="password" value={confirm} onInput={setConfirm} required autoComplete="new-password" />
      <FormError error={error} fields={['/currentPassword', '/newPassword']} testId="password-error" />
      <div class="actions">
        <button type="submit" class="primary" data-testid="password-save" disabled={busy}>
          {L.savePassword}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {L.cancel}
        </button>
      </div>
    </form>
  );
}
