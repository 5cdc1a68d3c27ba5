// Changing one's own password: the current one, the new one twice; the collector closes the other sessions.
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { passwordWeakness, type PasswordOwner } from '../../../server/contract/password-rules';
import { SESSION_LABELS as L } from '../session-labels';
import { changePassword } from '../session-api';
import { useSave } from '../use-save';
import { FormError, NewPasswordField, TextField } from './form-field';
import { MIN_PASSWORD } from './setup-form';

interface Props {
  /** Whose password: their e-mail and name may not be in it (server/contract/password-rules.ts). */
  owner: PasswordOwner;
  onDone: (changed: boolean) => void;
  /** The heading, which takes the focus when the form opens (app.tsx, use-edit-focus.ts). */
  headingRef?: RefObject<HTMLHeadingElement>;
}

export function PasswordForm({ owner, onDone, headingRef }: Props) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const save = useSave();
  const { error, problem } = save;
  // Said next to the field as soon as the password is long enough to be judged, as the collector would refuse it.
  const weak = next.length >= MIN_PASSWORD ? passwordWeakness(next, owner) : null;

  const submit = (e: Event) => {
    e.preventDefault();
    if (next.length < MIN_PASSWORD) return save.fail(new Error(L.passwordTooShort(MIN_PASSWORD)));
    if (weak) return save.fail(new Error(L.weakPassword));
    if (next !== confirm) return save.fail(new Error(L.passwordsDiffer));
    void save.run(async () => {
      await changePassword(current, next);
      onDone(true);
    });
  };

  return (
    <form
      class="card password-form"
      onSubmit={submit}
      data-testid="password-form"
      aria-labelledby="password-form-title"
      // Escape closes it as «Annulla» does, unless a save is under way.
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || save.busy) return;
        e.preventDefault();
        onDone(false);
      }}
    >
      <h2 id="password-form-title" tabIndex={-1} ref={headingRef}>
        {L.changePassword}
      </h2>
      <TextField id="password-current" label={L.currentPassword} type="password" value={current} onInput={setCurrent} required autoComplete="current-password" problem={problem('/currentPassword')} />
      <NewPasswordField id="password-new" label={L.newPassword} value={next} onInput={setNext} hint={L.passwordHint(MIN_PASSWORD)} problem={weak ? L.weakPasswordField[weak] : problem('/newPassword')} />
      <NewPasswordField id="password-confirm" label={L.confirmPassword} value={confirm} onInput={setConfirm} />
      <FormError error={error} fields={['/currentPassword', '/newPassword']} testId="password-error" />
      <div class="actions">
        <button type="submit" class="primary" data-testid="password-save" disabled={save.busy}>
          {L.savePassword}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {L.cancel}
        </button>
      </div>
    </form>
  );
}
