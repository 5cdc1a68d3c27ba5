// A button for an action that cannot be undone from here (revoke, archive, disable): asks inline before it acts.
import { useState } from 'preact/hooks';
import { A } from './admin-labels';
import { messageOf } from './use-load';

interface Props {
  label: string;
  question: string;
  onConfirm: () => Promise<unknown>;
  testId?: string;
  danger?: boolean;
}

/** Inline rather than window.confirm: the question names the item, can be read in full and is testable. */
export function ConfirmButton({ label, question, onConfirm, testId, danger = true }: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      setAsking(false);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  if (!asking)
    return (
      <button type="button" class={danger ? 'danger' : undefined} data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <div class="confirm" role="group" aria-label={label}>
      <p>{question}</p>
      {error && (
        <p class="field-problem" role="alert">
          {error}
        </p>
      )}
      <button type="button" class={danger ? 'danger primary' : 'primary'} data-testid={testId && `${testId}-confirm`} disabled={busy} onClick={confirm}>
        {`${A.confirm}: ${label.toLowerCase()}`}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {A.cancel}
      </button>
    </div>
  );
}

/** A button for a harmless action (enable again): shows the collector's refusal next to it. */
export function ActionButton({ label, onClick, testId }: { label: string; onClick: () => Promise<unknown>; testId?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onClick();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" data-testid={testId} disabled={busy} onClick={run}>
        {label}
      </button>
      {error && (
        <span class="field-problem" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

/** A page's loading error, with the collector's message and a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div class="card error" role="alert" data-testid="error">
      <p>{messageOf(error)}</p>
      <button type="button" onClick={onRetry}>
        Riprova
      </button>
    </div>
  );
}
