// Acknowledging an alert: a comment saying what was done or found, sent once; the collector's refusal shown beside it.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { MAX_ACK_COMMENT } from '../../../server/contract/alert-kinds';
import type { Alert } from '../../../server/contract/alerts';
import { FormError } from '../components/form-field';
import { useSave } from '../use-save';
import { L } from './alert-labels';
import { acknowledgeAlert } from './alerts-api';

interface Props {
  alert: Alert;
  /** The id of the card's title: the button is read with it, since every card's button has the same words. */
  titleId: string;
  /** Sent: the card shows the acknowledgement (and gives it the focus) in place of the form. */
  onDone: (alert: Alert) => void;
}

/**
 * The keyboard's focus follows the form as in confirm-button.tsx: to the comment when the form opens, back
 * to the button that opened it on «Annulla» or Escape; once sent, the card puts it on the acknowledgement.
 * Without this it fell to the page's top each time.
 */
export function AcknowledgeForm({ alert, titleId, onDone }: Props) {
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const save = useSave();
  const id = `ack-${alert.id}`;
  const opener = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  // Where the focus goes once the render that opens or closes the form is on screen.
  const pending = useRef<'opener' | 'field' | null>(null);
  useLayoutEffect(() => {
    const target = pending.current === 'opener' ? opener.current : pending.current === 'field' ? field.current : null;
    pending.current = null;
    target?.focus();
  });
  const cancel = () => {
    pending.current = 'opener';
    setOpen(false);
  };

  if (!open)
    return (
      <button
        type="button"
        data-testid="alert-acknowledge"
        ref={opener}
        aria-describedby={titleId}
        onClick={() => {
          pending.current = 'field';
          setOpen(true);
        }}
      >
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
      // Escape cancels as «Annulla» does, unless the comment is being sent.
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented || save.busy) return;
        e.preventDefault();
        cancel();
      }}
    >
      <label for={id}>{L.comment}</label>
      <textarea id={id} data-testid="alert-comment" ref={field} value={comment} maxLength={MAX_ACK_COMMENT} required rows={2} aria-describedby={`${id}-hint`} onInput={(e) => setComment(e.currentTarget.value)} />
      <p class="field-hint" id={`${id}-hint`}>
        {L.commentHint}
      </p>
      <div class="toolbar">
        <button type="submit" class="primary" data-testid="alert-acknowledge-send" disabled={save.busy}>
          {save.busy ? L.sending : L.send}
        </button>
        <button type="button" onClick={cancel}>
          {L.cancel}
        </button>
      </div>
      <FormError error={save.error} />
    </form>
  );
}
