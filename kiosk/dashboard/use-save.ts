// Runs one save (or any action against the collector) at a time and keeps its refusal, so a form can show the problems by field.
import { useState } from 'preact/hooks';
import { problemAt } from './components/form-field';

export interface Save {
  busy: boolean;
  /** What the last run threw (or what `fail` was given); undefined while running and after a success. */
  error: unknown;
  /** The collector's reason for one field (a JSON pointer such as "/name"), if the last run was refused. */
  problem: (field: string) => string | undefined;
  /** Shows a problem found before asking the collector (passwords that differ), without running anything. */
  fail: (error: unknown) => void;
  /** Clears the error, then runs `action` with `busy` set; a rejection is kept as `error`, never rethrown. */
  run: (action: () => Promise<unknown>) => Promise<void>;
}

export function useSave(): Save {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, problem: (field) => problemAt(error, field), fail: setError, run };
}
