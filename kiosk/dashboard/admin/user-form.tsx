// Creating a person (e-mail, name, initial password, roles) or editing one (name, roles, a new password); an edit sends only what changed, with the version it was opened at.
import { useState } from 'preact/hooks';
import type { Administration, User } from '../../../server/contract/admin';
import type { Grant } from '../../../server/contract/auth';
import type { OfficeSummary } from '../../../server/contract/report';
import { createUser } from '../admin-api';
import { NewPasswordField, TextField } from '../components/form-field';
import { MIN_PASSWORD } from '../components/setup-form';
import { useSave } from '../use-save';
import { AdminForm } from './admin-form';
import { A } from './admin-labels';
import { changedFields, differences, type ShownField } from './differences';
import { firstLive, GrantEditor, reshape } from './grant-editor';
import { grantText } from './grant-text';
import { StaleNotice } from './stale-notice';
import { useFreshCopy } from './use-fresh-copy';
import { changeUser, getUser } from './versioned-api';

/** The person's fields as the stale notice names them: roles in the page's words, and whether they may sign in. */
function shownFields(administrations: readonly Administration[], offices: readonly OfficeSummary[]): ShownField<User>[] {
  return [
    { key: 'name', label: A.name, show: String },
    { key: 'grants', label: A.roles, show: (v) => v.map((g) => grantText(g, administrations, offices)).join('; ') },
    { key: 'disabledAt', label: A.status, show: (v) => (v ? A.disabled : A.active) },
  ];
}

interface Props {
  actor: readonly Grant[];
  /** Archived ones too, to name the places of roles held since before (the role editor offers live ones only). */
  administrations: readonly Administration[];
  /** The offices the reader may see, to name those of roles in the stale notice. */
  offices: readonly OfficeSummary[];
  user?: User;
  onDone: (saved: boolean) => void;
}

export function UserForm({ actor, administrations, offices, user, onDone }: Props) {
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [password, setPassword] = useState('');
  const [grants, setGrants] = useState<Grant[]>(() => user?.grants ?? [reshape({ role: 'viewer', administrationId: null, officeId: null }, 'viewer', firstLive(administrations))]);
  const save = useSave();
  const { problem } = save;
  const fresh = useFreshCopy(user, () => getUser(user!.id));
  const short = password.length > 0 && password.length < MIN_PASSWORD;

  const send = async () => {
    if (!user) return createUser({ email: email.trim(), name: name.trim(), password, grants });
    // Only what this person changed: roles someone else gave meanwhile are not taken back by a rename.
    const change = { ...changedFields(user, { name: name.trim(), grants }, ['name', 'grants'] as const), ...(password ? { password } : {}) };
    if (Object.keys(change).length > 0) await changeUser(user.id, { ...change, version: fresh.version });
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
      stale={<StaleNotice what="person" error={save.error} fresh={fresh} theirs={user && fresh.theirs && differences(user, fresh.theirs, shownFields(administrations, offices))} testId="user-stale" />}
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
