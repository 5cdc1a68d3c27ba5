// The frame of a management form for one item: its title, the fields, the collector's error, save and cancel.
import type { ComponentChildren } from 'preact';
import { FormError } from '../components/form-field';
import type { Save } from '../use-save';
import { A } from './admin-labels';
import { isStale } from './stale-notice';

interface Props {
  /** Prefix of the test ids: `${name}-form`, `${name}-error`, `${name}-save`, `${name}-blocked` (office, service, terminal, user). */
  name: string;
  /** The edited item's name; undefined for a new item, titled `newTitle`. */
  itemName: string | undefined;
  newTitle: string;
  save: Save;
  /** The pointers the fields show problems for; the collector's other problems are listed in the error box. */
  fields: readonly string[];
  /** Sends the item; when it resolves, the form is done with `saved` true. */
  onSave: () => Promise<unknown>;
  /** Closes the form: true after a save, false on cancel. */
  onDone: (saved: boolean) => void;
  /** False: submitting does nothing, the fields already say why (and no error is cleared). */
  ready?: boolean;
  /** Disables the save button too: a form that cannot be sent as it stands. */
  saveDisabled?: boolean;
  /**
   * Why the form cannot be sent as it stands (a slot of the opening hours the wrong way round, a
   * terminal without its service): disables the save button and is said next to it, and read with it
   * (aria-describedby), so nobody is left before a grey button guessing what is missing.
   */
  blockedBy?: string;
  /** Shown instead of the error box when the save was refused as stale (someone else changed the item): a StaleNotice. */
  stale?: ComponentChildren;
  children: ComponentChildren;
}

export function AdminForm({ name, itemName, newTitle, save, fields, onSave, onDone, ready = true, saveDisabled = false, blockedBy, stale, children }: Props) {
  const isNew = itemName === undefined;
  const submit = (e: Event) => {
    e.preventDefault();
    if (!ready || blockedBy) return;
    void save.run(async () => {
      await onSave();
      onDone(true);
    });
  };
  return (
    <form class="card admin-form" onSubmit={submit} data-testid={`${name}-form`}>
      <h3>{isNew ? newTitle : `${A.edit}: ${itemName}`}</h3>
      {children}
      {stale && isStale(save.error) ? stale : <FormError error={save.error} fields={fields} testId={`${name}-error`} />}
      <div class="actions">
        <button type="submit" class="primary" data-testid={`${name}-save`} disabled={save.busy || saveDisabled || !!blockedBy} aria-describedby={blockedBy ? `${name}-blocked` : undefined}>
          {save.busy ? A.saving : isNew ? A.create : A.save}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {A.cancel}
        </button>
        {blockedBy && (
          <p class="field-problem" id={`${name}-blocked`} data-testid={`${name}-blocked`}>
            {blockedBy}
          </p>
        )}
      </div>
    </form>
  );
}
