// «Consegne» (issue 8): an administration's e-mails and webhook calls, those failed or waiting first,
// each with its attempts, last error in plain words and next try; a failed one can be sent again.
import type { Delivery } from '../../../server/contract/delivery';
import { formatWhen } from '../admin/format-when';
import { DataTable, Loading, LoadError } from '../admin/list-parts';
import { useLoad } from '../admin/use-load';
import { ActionButton } from '../admin/confirm-button';
import { D, plainError, sourceLabel } from './delivery-labels';
import { listOutbox, retryDelivery } from './deliveries-api';

type State = 'failed' | 'retrying' | 'queued' | 'sent';
const stateOf = (d: Delivery): State => (d.status === 'pending' ? (d.attempts > 0 ? 'retrying' : 'queued') : d.status);
const STATE_CLASS: Record<State, string> = { failed: 'status-revoked', retrying: 'status-pending', queued: 'status-pending', sent: 'status-enrolled' };

export function DeliveriesPage({ administrationId }: { administrationId: string }) {
  const outbox = useLoad((signal) => listOutbox(administrationId, signal), administrationId);
  if (outbox.error) return <LoadError error={outbox.error} onRetry={outbox.reload} />;
  if (!outbox.data) return <Loading />;
  const troubled = outbox.data.filter((d) => stateOf(d) === 'failed' || stateOf(d) === 'retrying').length;

  return (
    <>
      <p class="muted">{D.intro}</p>
      {outbox.data.length === 0 ? (
        <p class="card note" data-testid="deliveries-empty">
          {D.empty}
        </p>
      ) : (
        <>
          <p class={troubled > 0 ? 'card error' : 'card note'} data-testid="deliveries-summary" role={troubled > 0 ? 'status' : undefined}>
            {troubled > 0 ? D.problems(troubled) : D.allGood}{' '}
            <button type="button" data-testid="deliveries-reload" onClick={outbox.reload}>
              {D.reload}
            </button>
          </p>
          <DataTable headers={D.headers} testId="deliveries">
            {outbox.data.map((d) => (
              <DeliveryRow key={d.id} delivery={d} onRetried={outbox.reload} />
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}

function DeliveryRow({ delivery: d, onRetried }: { delivery: Delivery; onRetried: () => void }) {
  const state = stateOf(d);
  const next =
    state === 'sent' ? (d.sentAt ? D.sentAt(formatWhen(d.sentAt)) : '—') : state === 'failed' ? D.noRetry : d.nextAttemptAt ? formatWhen(d.nextAttemptAt) : D.soon;

  return (
    <tr data-testid="delivery-row" data-delivery-id={d.id} data-state={state}>
      <td>
        <span class={`status ${STATE_CLASS[state]}`} data-testid="delivery-state">
          {D[state]}
        </span>
        {state === 'failed' && d.failedAt && <div class="muted small-text">{D.failedAt(formatWhen(d.failedAt))}</div>}
      </td>
      <td>{d.kind === 'email' ? D.email : D.webhook}</td>
      <td data-testid="delivery-recipient" style={{ overflowWrap: 'break-word' }}>
        {d.recipient}
      </td>
      <td>
        {sourceLabel(d)}
        <div class="muted small-text">{d.subject}</div>
        <div class="muted small-text">{D.createdAt(formatWhen(d.createdAt))}</div>
      </td>
      <td data-testid="delivery-attempts">{d.attempts}</td>
      <td data-testid="delivery-error" title={d.lastError ?? undefined} style={{ overflowWrap: 'break-word' }}>
        {plainError(d.lastError)}
      </td>
      <td data-testid="delivery-next">{next}</td>
      <td class="row-actions">
        {state === 'failed' && (
          <ActionButton
            label={D.retry}
            testId="delivery-retry"
            onClick={async () => {
              await retryDelivery(d.id);
              onRetried();
            }}
          />
        )}
      </td>
    </tr>
  );
}
