// An administration's API keys for its queue-ticket systems: who created each and when, when it was last used; create one (shown once), revoke one.
import { useState } from 'preact/hooks';
import { createApiKey, listApiKeys, revokeApiKey, type NewApiKey } from '../admin-api';
import { A } from './admin-labels';
import { ConfirmButton } from './confirm-button';
import { formatWhen } from './format-when';
import { DataTable, Loading, LoadError } from './list-parts';
import { NameForm } from './name-form';
import { NewKeyPanel } from './new-key-panel';
import { S } from './served-labels';
import { useLoad } from './use-load';

export function ApiKeysPage({ administrationId }: { administrationId: string }) {
  const keys = useLoad((signal) => listApiKeys(administrationId, signal), administrationId);
  const [created, setCreated] = useState<NewApiKey>();

  return (
    <>
      <p class="muted">{S.apiKeysIntro}</p>
      <div class="card api-key-create">
        <NameForm
          id="api-key-new"
          label={S.apiKeyName}
          hint={S.apiKeyNameHint}
          submitLabel={S.createApiKey}
          onSubmit={async (name) => {
            setCreated(await createApiKey(administrationId, name));
            keys.reload();
          }}
        />
      </div>
      {created && <NewKeyPanel key={created.id} apiKey={created} onClose={() => setCreated(undefined)} />}
      {keys.error ? <LoadError error={keys.error} onRetry={keys.reload} /> : !keys.data ? <Loading /> : null}
      {keys.data?.length === 0 && <p class="card note">{S.noApiKeys}</p>}
      {!!keys.data?.length && (
        <DataTable headers={[A.name, S.created, S.lastUsed, A.status, A.actions]} testId="api-key-table">
          {keys.data.map((k) => (
            <tr key={k.id} data-testid="api-key-row" data-api-key-id={k.id} class={k.revokedAt ? 'is-archived' : undefined}>
              <td>
                <strong>{k.name}</strong>
              </td>
              <td>{S.createdBy(formatWhen(k.createdAt), k.createdBy)}</td>
              <td>{k.lastUsedAt ? formatWhen(k.lastUsedAt) : A.never}</td>
              <td>
                <span class={`status ${k.revokedAt ? 'status-revoked' : 'status-enrolled'}`} data-testid="api-key-status">
                  {k.revokedAt ? S.keyRevoked(formatWhen(k.revokedAt)) : S.keyActive}
                </span>
              </td>
              <td class="row-actions">
                {!k.revokedAt && (
                  <ConfirmButton
                    label={A.revoke}
                    itemName={k.name}
                    question={S.confirmRevokeKey(k.name)}
                    testId="api-key-revoke"
                    onConfirm={async () => {
                      await revokeApiKey(k.id);
                      if (created?.id === k.id) setCreated(undefined);
                      keys.reload();
                    }}
                  />
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
