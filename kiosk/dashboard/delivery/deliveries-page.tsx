// «Consegne» (issue 8): an administration's e-mails and webhook calls, those failed or waiting first,
// each with its attempts, last error in plain words and next try; a failed one can be sent again.
import type { Delivery } from '../../../server/contract/delivery';
import { formatWhen } from '../admin/format-when';
import { DataTable, Loading, LoadError } from '../admin/list-parts';
import { useLoad } from '../admin/use-load';
import { ActionButton } from '../admin/confirm-button';
import { D, plainError, sourceLabel } from './delivery-labels';
import { useState } from 'preact/hooks';
import { DELIVERIES_MOST, DELIVERIES_PER_STATE, listOutbox, retryDelivery } from './deliveries-api';

type State = 'failed' | 'retrying' | 'queued' | 'sent';
const stateOf = (d: Delivery): State => (d.status === 'pending' ? (d.attempts > 0 ? 'retrying' : 'queued') : d.status);
const STATE_CLASS: Record<State, string> = { failed: 'status-revoked', retrying: 'status-pending', queued: 'status-pending', sent: 'status-enrolled' };

export function DeliveriesPage({ administrationId }: { administrationId: string }) {
  const [limit, setLimit] = useState(DELIVERIES_PER_STATE);
  const outbox = useLoad((signal) => listOutbox(administrationId, limit, signal), `${administrationId}\u0000${limit}`);
  if (outbox.error) return <LoadError error={outbox.error} onRetry={outbox.reload} />;
  if (!outbox.data) return <Loading />;
  const { items, counts } = outbox.data;
  // The totals, not the rows: 400 failed e-mails are 400, though the newest 50 are listed.
  const troubled = counts.failed + counts.retrying;
  const listed = (state: State) => items.filter((d) => stateOf(d) === state).length;
  const cut = (['failed', 'retrying', 'queued', 'sent'] as const).filter((state) => counts[state] > listed(state)).map((state) => ({ state, listed: listed(state), total: counts[state] }));

  return (
    <>
      <p class="muted">{D.intro}</p>
      {items.length === 0 ? (
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
            {items.map((d) => (
              <DeliveryRow key={d.id} delivery={d} onRetried={outbox.reload} />
            ))}
          </DataTable>
          {cut.length > 0 && (
            <p class="muted" data-testid="deliveries-cut">
              {D.listedOf(cut.map((c) => ({ state: D[c.state], listed: c.listed, total: c.total })))}{' '}
              {limit < DELIVERIES_MOST && (
                <button type="button" data-testid="deliveries-more" onClick={() => setLimit(DELIVERIES_MOST)}>
                  {D.showMore(DELIVERIES_MOST)}
                </button>
              )}
            </p>
          )}
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
