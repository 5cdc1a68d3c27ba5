// Creating a person (e-mail, name, initial password, roles) or editing one (name, roles, a new password).
import { useState } from 'preact/hooks';
import type { Administration, User } from '../../../server/contract/admin';
import type { Grant } from '../../../server/contract/auth';
import { createUser, updateUser } from '../admin-api';
import { FormError, problemAt, TextField } from '../components/form-field';
import { MIN_PASSWORD } from '../components/setup-form';
import { A } from './admin-labels';
import { GrantEditor, reshape } from './grant-editor';

interface Props {
  actor: readonly Grant[];
  administrations: readonly Administration[];
  user?: User;
  onDone: (saved: boolean) => void;
}

export function UserForm({ actor, administrations, user, onDone }: Props) {
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [password, setPassword] = useState('');
  const [grants, setGrants] = useState<Grant[]>(() => user?.grants ?? [reshape({ role: 'viewer', administrationId: null, officeId: null }, 'viewer', administrations[0]?.id)]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const short = password.length > 0 && password.length < MIN_PASSWORD;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (short || (!user && password.length < MIN_PASSWORD)) return;
    setBusy(true);
    setError(undefined);
    try {
      if (user) await updateUser(user.id, { name: name.trim(), grants, ...(password ? { password } : {}) });
      else await createUser({ email: email.trim(), name: name.trim(), password, grants });
      onDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card admin-form" onSubmit={submit} data-testid="user-form">
      <h3>{user ? `${A.edit}: ${user.name}` : A.newPerson}</h3>
      {user ? (
        <p class="muted">{user.email}</p>
      ) : (
        <TextField id="user-email" testId="user-email" label={A.email} type="email" value={email} onInput={setEmail} required autoComplete="off" problem={problemAt(error, '/email')} />
      )}
      <TextField id="user-name" testId="user-name" label={A.name} value={name} onInput={setName} required maxLength={200} problem={problemAt(error, '/name')} />
      <TextField
        id="user-password"
        testId="user-password"
        label={user ? A.resetPassword : A.initialPassword}
        type="password"
        value={password}
        onInput={setPassword}
        required={!user}
        autoComplete="new-password"
        hint={A.initialPasswordHint}
        problem={short ? `${A.initialPasswordHint}` : problemAt(error, '/password')}
      />
      <GrantEditor actor={actor} administrations={administrations} value={grants} onChange={setGrants} problem={problemAt(error, '/grants')} />
      <FormError error={error} fields={['/email', '/name', '/password', '/grants']} testId="user-error" />
      <div class="actions">
        <button type="submit" class="primary" data-testid="user-save" disabled={busy}>
          {busy ? A.saving : user ? A.save : A.create}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {A.cancel}
        </button>
      </div>
    </form>
  );
}
