// The people of the administrations one manages: their roles, last sign-in, create, edit, disable or enable.
import type { Administration, User } from '../../../server/contract/admin';
import type { SessionInfo } from '../../../server/contract/auth';
import { listUsers } from '../admin-api';
import { getOffices } from '../api';
import { mayGrant } from '../grants';
import { PAGE_LABELS } from '../session-labels';
import { A } from './admin-labels';
import { grantText } from './grant-text';
import { ActionButton, ConfirmButton, reloadAfter } from './confirm-button';
import { formatWhen } from './format-when';
import { DataTable, EditButton, ListToolbar, LoadError } from './list-parts';
import { useEditor } from './use-editor';
import { UserForm } from './user-form';
import { useLoad } from './use-load';
import { changeUser } from './versioned-api';

interface Props {
  session: SessionInfo;
  /** Administrations where the signed-in person manages people, archived ones too (roles held since before name them). */
  administrations: readonly Administration[];
}

export function PeoplePage({ session, administrations }: Props) {
  const users = useLoad(listUsers, 'users');
  // The offices one may read, only to name the offices in people's roles.
  const offices = useLoad(getOffices, 'offices');
  const editor = useEditor<User>(users.reload);
  const actor = session.grants;
  // The collector lets one edit only people whose every role one could hand out: offer the buttons on those rows only.
  const editable = (u: User) => u.id !== session.user.id && u.grants.every((g) => mayGrant(actor, g));

  return (
    <section class="admin-page" data-testid="page-people">
      <div class="admin-head">
        <h2>{PAGE_LABELS.people}</h2>
      </div>
      <ListToolbar newLabel={A.newPerson} newTestId="user-new" onNew={editor.startNew} />
      {editor.open && <UserForm key={editor.key} actor={actor} administrations={administrations} offices={offices.data ?? []} user={editor.item} onDone={editor.done} />}
      {users.error ? <LoadError error={users.error} onRetry={users.reload} /> : null}
      {users.data && (
        <DataTable headers={[A.name, A.roles, A.status, A.lastSignIn, A.actions]}>
          {users.data.map((u) => (
            <tr key={u.id} data-testid="user-row" data-user-id={u.id} class={u.disabledAt ? 'is-archived' : undefined}>
              <td>
                <strong>{u.name}</strong>
                <div class="muted small-text">{u.email}</div>
              </td>
              <td class="small-text">
                {u.grants.map((g, i) => (
                  <div key={i}>{grantText(g, administrations, offices.data ?? [])}</div>
                ))}
              </td>
              <td>{u.disabledAt ? <span class="status status-revoked">{A.disabled}</span> : <span class="status status-enrolled">{A.active}</span>}</td>
              <td>{u.lastSignInAt ? formatWhen(u.lastSignInAt) : A.never}</td>
              <td class="row-actions">
                {editable(u) && (
                  <>
                    <EditButton testId="user-edit" onClick={() => editor.edit(u)} name={u.name} />
                    {/* With the version the list showed: a change made since (a rename, other roles) refuses it, said here. */}
                    {u.disabledAt ? (
                      <ActionButton
                        label={A.enable}
                        itemName={u.name}
                        testId="user-enable"
                        onClick={() => reloadAfter(() => changeUser(u.id, { disabled: false, version: u.version }), users.reload)}
                        stale="person"
                      />
                    ) : (
                      <ConfirmButton
                        label={A.disable}
                        itemName={u.name}
                        question={A.confirmDisable(u.name)}
                        testId="user-disable"
                        onConfirm={() => reloadAfter(() => changeUser(u.id, { disabled: true, version: u.version }), users.reload)}
                        stale="person"
                      />
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
