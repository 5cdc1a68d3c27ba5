// Installation admins' page: the administrations (comuni, consortium members) this installation serves, created, renamed and archived here.
import { useState } from 'preact/hooks';
import type { Administration } from '../../../server/contract/admin';
import { archiveAdministration, createAdministration } from '../admin-api';
import { ArchiveButton, reloadAfter } from './confirm-button';
import { differences, type ShownField } from './differences';
import { formatWhen } from './format-when';
import { A } from './admin-labels';
import { ArchivedName, DataTable, LoadError } from './list-parts';
import { NameForm } from './name-form';
import { StaleNotice } from './stale-notice';
import { S } from './stale-labels';
import { useFreshCopy } from './use-fresh-copy';
import type { Loaded } from './use-load';
import { getAdministration, renameAdministration } from './versioned-api';

const SHOWN: readonly ShownField<Administration>[] = [{ key: 'name', label: A.name, show: String }];

/**
 * Renaming in place: the name goes with the version the row was read at, so a rename someone made
 * meanwhile is not undone without a word; refused, the notice offers their name beside the one typed.
 */
function RenameForm({ administration, onDone }: { administration: Administration; onDone: (saved: boolean) => void }) {
  const fresh = useFreshCopy(administration, () => getAdministration(administration.id));
  return (
    <NameForm
      id={`administration-rename-${administration.id}`}
      label={A.name}
      initial={administration.name}
      submitLabel={A.save}
      onSubmit={async (name) => {
        // The same name as stored: nothing to send. After a refusal that is the colleague's name, not the
        // one first opened: typing the old name back then undoes their rename, as the notice says.
        if (name !== (fresh.theirs ?? administration).name) await renameAdministration(administration.id, name, fresh.version);
        onDone(true);
      }}
      onCancel={() => onDone(false)}
      stale={(error) => (
        <StaleNotice what="administration" error={error} fresh={fresh} theirs={fresh.theirs && differences(administration, fresh.theirs, SHOWN)} after={S.renameAgain} testId="administration-stale" />
      )}
    />
  );
}

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
                  <RenameForm
                    administration={a}
                    onDone={(saved) => {
                      setRenaming(undefined);
                      if (saved) reload();
                    }}
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
                    <ArchiveButton
                      name={a.name}
                      testId="administration-archive"
                      also={A.administrationArchiveAlso}
                      onArchive={() => reloadAfter(() => archiveAdministration(a.id, a.version), reload)}
                      stale="administration"
                    />
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
