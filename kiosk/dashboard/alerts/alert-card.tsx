// One alert in the «Avvisi» list: what it saw, where, when it opened and, once closed, when and why; its acknowledgement.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Alert } from '../../../server/contract/alerts';
import { describeAlert, numberWords } from '../../../server/contract/alert-sentences';
import { formatWhen } from '../admin/format-when';
import { LOCALE } from '../i18n/locale';
import { AcknowledgeForm } from './acknowledge-form';
import { KIND_LABELS, L, SEEN } from './alert-labels';
import { closedText } from './closed-text';

/** Red while open; green only once its measure came back: closed with its rule, or for a cause not kept, it stays grey. */
const statusClass = (a: Alert) => (a.status === 'open' ? 'status-revoked' : a.closedBecause === 'recovered' ? 'status-enrolled' : 'status-pending');

export function AlertCard({ alert: a, mayAcknowledge, onAcknowledged }: { alert: Alert; mayAcknowledge: boolean; onAcknowledged: (alert: Alert) => void }) {
  const closed = closedText(a, formatWhen);
  const titleId = `alert-title-${a.id}`;
  // Acknowledged from this card: the acknowledgement that replaces the form takes the focus, so a screen reader
  // reads what was recorded and Tab carries on from the card (the form's going left the focus on the page's top).
  const ack = useRef<HTMLParagraphElement>(null);
  const focusAck = useRef(false);
  useLayoutEffect(() => {
    if (!focusAck.current || !ack.current) return;
    focusAck.current = false;
    ack.current.focus();
  });
  return (
    <li class={`card alert-card ${a.status === 'open' ? 'is-open' : 'is-closed'}`} data-testid="alert" data-alert-id={a.id} data-status={a.status}>
      <p class="alert-title" id={titleId}>
        <span class={`status ${statusClass(a)}`}>{a.status === 'open' ? L.statusOpen : L.statusClosed}</span>
        <strong>{KIND_LABELS[a.kind]}</strong> · {a.ruleName}
      </p>
      {/* Alerts opened before the collector kept their facts have only the Italian sentence. */}
      {a.facts ? <p>{describeAlert(a.facts, SEEN, numberWords(LOCALE))}</p> : <p lang="it">{a.message}</p>}
      <p class="muted">
        {L.where}: {[a.officeName ?? L.everyOffice, a.serviceName].filter(Boolean).join(', ')} · {L.openedAt} {formatWhen(a.openedAt)}
      </p>
      {closed && (
        <p class="alert-closed" data-testid="alert-closed">
          {closed}
        </p>
      )}
      {a.acknowledgedAt ? (
        <p class="alert-ack" data-testid="alert-ack" tabIndex={-1} ref={ack}>
          {L.acknowledged(a.acknowledgedBy ?? '—', formatWhen(a.acknowledgedAt))}: «{a.ackComment}»
        </p>
      ) : (
        mayAcknowledge && (
          <AcknowledgeForm
            alert={a}
            titleId={titleId}
            onDone={(updated) => {
              focusAck.current = true;
              onAcknowledged(updated);
            }}
          />
        )
      )}
    </li>
  );
}
