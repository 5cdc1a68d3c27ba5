// A one-field form (a name), for creating or renaming: administrations, and the start of other items.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { FormError, TextField } from '../components/form-field';
import { useSave } from '../use-save';
import { A } from './admin-labels';
import { isStale } from './stale-notice';

interface Props {
  id: string;
  label: string;
  hint?: string;
  initial?: string;
  submitLabel: string;
  onSubmit: (name: string) => Promise<unknown>;
  onCancel?: () => void;
  /** Shown instead of the error box when the save was refused as stale (someone else changed the item): a StaleNotice for this error. */
  stale?: (error: unknown) => ComponentChildren;
}

export function NameForm({ id, label, hint, initial = '', submitLabel, onSubmit, onCancel, stale }: Props) {
  const [name, setName] = useState(initial);
  const save = useSave();
  const submit = (e: Event) => {
    e.preventDefault();
    void save.run(async () => {
      await onSubmit(name.trim());
      if (!initial) setName('');
    });
  };
  return (
    <form class="inline-form" onSubmit={submit} data-testid={`${id}-form`}>
      <TextField id={id} testId={id} label={label} hint={hint} value={name} onInput={setName} required maxLength={200} problem={save.problem('/name')} />
      <button type="submit" class="primary" data-testid={`${id}-submit`} disabled={save.busy}>
        {save.busy ? A.saving : submitLabel}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {A.cancel}
        </button>
      )}
      {stale && isStale(save.error) ? stale(save.error) : <FormError error={save.error} fields={['/name']} />}
    </form>
  );
}
