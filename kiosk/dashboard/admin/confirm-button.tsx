// Buttons for actions on a listed item: one that asks inline before it acts (revoke, archive, disable), one that acts at once (enable).
import { useState } from 'preact/hooks';
import { useSave } from '../use-save';
import { A } from './admin-labels';
import { messageOf } from './use-load';

interface Props {
  label: string;
  question: string;
  onConfirm: () => Promise<unknown>;
  testId?: string;
  danger?: boolean;
}

/** The collector's refusal as text, or nothing. */
const refusal = (error: unknown) => (error === undefined ? undefined : messageOf(error));

/** Inline rather than window.confirm: the question names the item, can be read in full and is testable. */
export function ConfirmButton({ label, question, onConfirm, testId, danger = true }: Props) {
  const [asking, setAsking] = useState(false);
  const save = useSave();
  const error = refusal(save.error);
  const confirm = () =>
    save.run(async () => {
      await onConfirm();
      setAsking(false);
    });

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
      <button type="button" class={danger ? 'danger primary' : 'primary'} data-testid={testId && `${testId}-confirm`} disabled={save.busy} onClick={confirm}>
        {`${A.confirm}: ${label.toLowerCase()}`}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {A.cancel}
      </button>
    </div>
  );
}

/**
 * "Archivia", asked first: offices, services and terminals leave the lists, their votes stay in the
 * reports. `also`: what else stops with it, said in the question.
 */
export function ArchiveButton({ name, testId, onArchive, also }: { name: string; testId: string; onArchive: () => Promise<unknown>; also?: string }) {
  return <ConfirmButton label={A.archive} question={also ? `${A.confirmArchive(name)} ${also}` : A.confirmArchive(name)} testId={testId} onConfirm={onArchive} />;
}

/** A button for a harmless action (enable again): shows the collector's refusal next to it. */
export function ActionButton({ label, onClick, testId }: { label: string; onClick: () => Promise<unknown>; testId?: string }) {
  const save = useSave();
  const error = refusal(save.error);
  return (
    <>
      <button type="button" data-testid={testId} disabled={save.busy} onClick={() => save.run(onClick)}>
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
