// Buttons for actions on a listed item: one that asks inline before it acts (revoke, archive, disable), one that acts at once (enable).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useSave } from '../use-save';
import { A } from './admin-labels';
import { formatWhen } from './format-when';
import { S, type ListedWhat } from './stale-labels';
import { isStale } from './stale-notice';
import { messageOf } from './use-load';

interface Props {
  label: string;
  /** The item the button acts on, read by screen readers after the label («Archivia Anagrafe»), not drawn. */
  itemName?: string;
  question: string;
  onConfirm: () => Promise<unknown>;
  testId?: string;
  danger?: boolean;
  /** The write sends the version the list showed: a stale refusal is said in the list's words. */
  stale?: ListedWhat;
}

/**
 * The collector's refusal as text, or nothing. A stale one (the item changed since the list was read,
 * sent with `stale`) in the dashboard's words, as the forms say it: who changed it and when, in the
 * page's time, and that the list now shows it.
 */
function refusal(error: unknown, stale?: ListedWhat): string | undefined {
  if (error === undefined) return undefined;
  if (!stale || !isStale(error)) return messageOf(error);
  const { changed } = error;
  return [S.listed[stale], changed ? S.lastChange(changed.by, formatWhen(changed.at)) : '', S.listNothingDone].filter(Boolean).join(' ');
}

/**
 * A list button's write, then the list read again. A stale refusal reads it again too, so the row
 * shows what the other person changed (and the next click sends that version), and is still thrown
 * for the button to say.
 */
export async function reloadAfter(write: () => Promise<unknown>, reload: () => void): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (isStale(error)) reload();
    throw error;
  }
  reload();
}

/**
 * Inline rather than window.confirm: the question names the item, can be read in full and is testable.
 * The keyboard's focus follows it as in use-edit-focus.ts: to the question's confirm button when it
 * opens, back to the button that asked when it closes (Annulla, Escape), to the confirm button again
 * after a refusal, which stays in the question; without this the focus fell to the page's top.
 */
export function ConfirmButton({ label, itemName, question, onConfirm, testId, danger = true, stale }: Props) {
  const [asking, setAsking] = useState(false);
  const save = useSave();
  const error = refusal(save.error, stale);
  const opener = useRef<HTMLButtonElement>(null);
  const confirmer = useRef<HTMLButtonElement>(null);
  // Where the focus goes once the render that opens, closes or re-enables the question is on screen.
  const pending = useRef<'opener' | 'confirmer' | null>(null);
  useLayoutEffect(() => {
    const target = pending.current === 'opener' ? opener.current : pending.current === 'confirmer' ? confirmer.current : null;
    // The confirm button is disabled while the collector answers: focus it once it is enabled again.
    if (!target || target.disabled) return;
    pending.current = null;
    target.focus();
  });

  const ask = () => {
    pending.current = 'confirmer';
    setAsking(true);
  };
  const cancel = () => {
    pending.current = 'opener';
    setAsking(false);
  };
  const confirm = () =>
    save.run(async () => {
      // Refused: the question stays with the reason, its confirm button takes the focus back (Chromium
      // drops the focus of a button while it is disabled). Done: the asking button, if still in the list.
      pending.current = 'confirmer';
      await onConfirm();
      pending.current = 'opener';
      setAsking(false);
    });

  if (!asking)
    return (
      <button type="button" class={danger ? 'danger' : undefined} data-testid={testId} ref={opener} onClick={ask}>
        {label}
        {itemName && <span class="visually-hidden">{` ${itemName}`}</span>}
      </button>
    );
  return (
    <div
      class="confirm"
      role="group"
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || save.busy) return;
        e.preventDefault();
        cancel();
      }}
    >
      <p>{question}</p>
      {error && (
        <p class="field-problem" role="alert">
          {error}
        </p>
      )}
      <button type="button" class={danger ? 'danger primary' : 'primary'} data-testid={testId && `${testId}-confirm`} disabled={save.busy} ref={confirmer} onClick={confirm}>
        {`${A.confirm}: ${label.toLowerCase()}`}
      </button>
      <button type="button" onClick={cancel}>
        {A.cancel}
      </button>
    </div>
  );
}

/**
 * "Archivia", asked first: offices, services and terminals leave the lists, their votes stay in the
 * reports. `also`: what else stops with it, said in the question.
 */
export function ArchiveButton({ name, testId, onArchive, also, stale }: { name: string; testId: string; onArchive: () => Promise<unknown>; also?: string; stale?: ListedWhat }) {
  return <ConfirmButton label={A.archive} itemName={name} question={also ? `${A.confirmArchive(name)} ${also}` : A.confirmArchive(name)} testId={testId} onConfirm={onArchive} stale={stale} />;
}

/** A button for a harmless action (enable again): shows the collector's refusal next to it. */
export function ActionButton({ label, itemName, onClick, testId, stale }: { label: string; itemName?: string; onClick: () => Promise<unknown>; testId?: string; stale?: ListedWhat }) {
  const save = useSave();
  const error = refusal(save.error, stale);
  return (
    <>
      <button type="button" data-testid={testId} disabled={save.busy} onClick={() => save.run(onClick)}>
        {label}
        {itemName && <span class="visually-hidden">{` ${itemName}`}</span>}
      </button>
      {error && (
        <span class="field-problem" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
