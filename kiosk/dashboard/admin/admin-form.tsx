// The frame of a management form for one item: its title, the fields, the collector's error, save and cancel.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
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
  /** Closes the form: true after a save, with the name saved (to say «Salvato: …»), false on cancel or Escape. */
  onDone: (saved: boolean, name?: string) => void;
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
  const heading = useRef<HTMLHeadingElement>(null);
  // The form opens above the list while the focus was on «Modifica» or «Nuovo»: its heading takes the focus,
  // so a screen reader says what is being edited and Tab carries on into the fields.
  useLayoutEffect(() => heading.current?.focus(), []);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!ready || blockedBy) return;
    // The name as sent (every management form's name field is `${name}-name`; the forms trim it), read
    // now: a rename is said by its new name, and the form is gone once the save answers.
    const sent = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>(`#${name}-name`)?.value.trim() || itemName;
    void save.run(async () => {
      await onSave();
      onDone(true, sent);
    });
  };
  return (
    <form
      class="card admin-form"
      onSubmit={submit}
      data-testid={`${name}-form`}
      aria-labelledby={`${name}-form-title`}
      // Escape closes it as «Annulla» does (which asks nothing, changes or not), unless a save is under way
      // or something inside used the key first (an inline question's own Escape).
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented || save.busy) return;
        e.preventDefault();
        onDone(false);
      }}
    >
      <h3 id={`${name}-form-title`} tabIndex={-1} ref={heading}>
        {isNew ? newTitle : `${A.edit}: ${itemName}`}
      </h3>
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
