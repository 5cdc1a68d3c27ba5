// Installation admins' page: the administrations (comuni, consortium members) this installation serves, created, renamed and archived here.
import { useState } from 'preact/hooks';
import type { Administration } from '../../../server/contract/admin';
import { archiveAdministration, createAdministration, renameAdministration } from '../admin-api';
import { ArchiveButton } from './confirm-button';
import { formatWhen } from './format-when';
import { A } from './admin-labels';
import { ArchivedName, DataTable, LoadError } from './list-parts';
import { NameForm } from './name-form';
import type { Loaded } from './use-load';

export function AdministrationsPage({ administrations }: { administrations: Loaded<Administration[]> }) {
  const [renaming, setRenaming] = useState<string>();
  const { data, error, reload } = administrations;
  return (
    <section class="admin-page" data-testid="page-administrations">
      <div class="admin-head">
        <h2>{A.administrationsTitle}</h2>
      </div>
      <p class="muted">{A.administrationsIntro}</p>
      <div class="card">
        <NameForm id="administration-new" label={A.newAdministration} submitLabel={A.create} onSubmit={async (name) => (await createAdministration(name), reload())} />
      </div>
      {error && <LoadError error={error} onRetry={reload} />}
      {data?.length === 0 && <p class="card note">{A.noAdministrationsListed}</p>}
      {!!data?.length && (
        <DataTable headers={[A.name, A.createdAt, A.actions]}>
          {data.map((a) => (
            <tr key={a.id} data-testid="administration-row" data-administration-id={a.id} class={a.archivedAt ? 'is-archived' : undefined}>
              <td>
                {renaming === a.id ? (
                  <NameForm
                    id={`administration-rename-${a.id}`}
                    label={A.name}
                    initial={a.name}
                    submitLabel={A.save}
                    onSubmit={async (name) => {
                      await renameAdministration(a.id, name);
                      setRenaming(undefined);
                      reload();
                    }}
                    onCancel={() => setRenaming(undefined)}
                  />
                ) : (
                  <ArchivedName name={a.name} archivedAt={a.archivedAt} />
                )}
              </td>
              <td>{formatWhen(a.createdAt)}</td>
              <td class="row-actions">
                {renaming !== a.id && !a.archivedAt && (
                  <>
                    <button type="button" data-testid="administration-rename" onClick={() => setRenaming(a.id)}>
                      {A.rename}
                    </button>
                    <ArchiveButton name={a.name} testId="administration-archive" also={A.administrationArchiveAlso} onArchive={async () => (await archiveAdministration(a.id), reload())} />
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
