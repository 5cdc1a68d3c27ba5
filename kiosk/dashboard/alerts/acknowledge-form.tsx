// Acknowledging an alert: a comment saying what was done or found, sent once; the collector's refusal shown beside it.
import { useState } from 'preact/hooks';
import { MAX_ACK_COMMENT } from '../../../server/contract/alert-kinds';
import type { Alert } from '../../../server/contract/alerts';
import { FormError } from '../components/form-field';
import { useSave } from '../use-save';
import { L } from './alert-labels';
import { acknowledgeAlert } from './alerts-api';

export function AcknowledgeForm({ alert, onDone }: { alert: Alert; onDone: (alert: Alert) => void }) {
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const save = useSave();
  const id = `ack-${alert.id}`;
  if (!open)
    return (
      <button type="button" data-testid="alert-acknowledge" onClick={() => setOpen(true)}>
        {L.acknowledge}
      </button>
    );
  return (
    <form
      class="ack-form"
      data-testid="alert-acknowledge-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save.run(async () => onDone(await acknowledgeAlert(alert.id, comment)));
      }}
    >
      <label for={id}>{L.comment}</label>
      <textarea id={id} data-testid="alert-comment" value={comment} maxLength={MAX_ACK_COMMENT} required rows={2} aria-describedby={`${id}-hint`} onInput={(e) => setComment(e.currentTarget.value)} />
      <p class="field-hint" id={`${id}-hint`}>
        {L.commentHint}
      </p>
      <div class="toolbar">
        <button type="submit" class="primary" data-testid="alert-acknowledge-send" disabled={save.busy}>
          {save.busy ? L.sending : L.send}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {L.cancel}
        </button>
      </div>
      <FormError error={save.error} />
    </form>
  );
}
