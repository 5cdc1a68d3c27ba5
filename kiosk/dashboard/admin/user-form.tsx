// Creating a person (e-mail, name, initial password, roles) or editing one (name, roles, a new password).
import { useState } from 'preact/hooks';
import type { Administration, User } from '../../../server/contract/admin';
import type { Grant } from '../../../server/contract/auth';
import { createUser, updateUser } from '../admin-api';
import { NewPasswordField, TextField } from '../components/form-field';
import { MIN_PASSWORD } from '../components/setup-form';
import { useSave } from '../use-save';
import { AdminForm } from './admin-form';
import { A } from './admin-labels';
import { firstLive, GrantEditor, reshape } from './grant-editor';

interface Props {
  actor: readonly Grant[];
  /** Archived ones too, to name the places of roles held since before (the role editor offers live ones only). */
  administrations: readonly Administration[];
  user?: User;
  onDone: (saved: boolean) => void;
}

export function UserForm({ actor, administrations, user, onDone }: Props) {
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [password, setPassword] = useState('');
  const [grants, setGrants] = useState<Grant[]>(() => user?.grants ?? [reshape({ role: 'viewer', administrationId: null, officeId: null }, 'viewer', firstLive(administrations))]);
  const save = useSave();
  const { problem } = save;
  const short = password.length > 0 && password.length < MIN_PASSWORD;

  const send = async () => {
    if (user) await updateUser(user.id, { name: name.trim(), grants, ...(password ? { password } : {}) });
    else await createUser({ email: email.trim(), name: name.trim(), password, grants });
  };

  // The save button stays enabled with a short password (unlike a service's bad standard): a click on it
  // must still let the browser point at an empty required password.
  return (
    <AdminForm
      name="user"
      itemName={user?.name}
      newTitle={A.newPerson}
      save={save}
      fields={['/email', '/name', '/password', '/grants']}
      onSave={send}
      onDone={onDone}
      ready={!short && (!!user || password.length >= MIN_PASSWORD)}
    >
      {user ? (
        <p class="muted">{user.email}</p>
      ) : (
        <TextField id="user-email" testId="user-email" label={A.email} type="email" value={email} onInput={setEmail} required autoComplete="off" problem={problem('/email')} />
      )}
      <TextField id="user-name" testId="user-name" label={A.name} value={name} onInput={setName} required maxLength={200} problem={problem('/name')} />
      <NewPasswordField
        id="user-password"
        testId="user-password"
        label={user ? A.resetPassword : A.initialPassword}
        value={password}
        onInput={setPassword}
        required={!user}
        hint={A.initialPasswordHint}
        problem={short ? `${A.initialPasswordHint}` : problem('/password')}
      />
      <GrantEditor actor={actor} administrations={administrations} value={grants} onChange={setGrants} problem={problem('/grants')} />
    </AdminForm>
  );
}
