// A one-field form (a name), for creating or renaming: administrations, and the start of other items.
import { useState } from 'preact/hooks';
import { FormError, problemAt, TextField } from '../components/form-field';
import { A } from './admin-labels';

interface Props {
  id: string;
  label: string;
  initial?: string;
  submitLabel: string;
  onSubmit: (name: string) => Promise<unknown>;
  onCancel?: () => void;
}

export function NameForm({ id, label, initial = '', submitLabel, onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(name.trim());
      if (!initial) setName('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="inline-form" onSubmit={submit} data-testid={`${id}-form`}>
      <TextField id={id} testId={id} label={label} value={name} onInput={setName} required maxLength={200} problem={problemAt(error, '/name')} />
      <button type="submit" class="primary" data-testid={`${id}-submit`} disabled={busy}>
        {busy ? A.saving : submitLabel}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {A.cancel}
        </button>
      )}
      <FormError error={error} fields={['/name']} />
    </form>
  );
}
