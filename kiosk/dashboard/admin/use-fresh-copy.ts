// After a save refused as stale: the version the form writes back with, and the other person's version once asked for.
import { useState } from 'preact/hooks';

export interface FreshCopy<T> {
  /** The version to send: the opened copy's, then the one read by `reload`. */
  version: string | undefined;
  /** The item as stored now, once `reload` read it; undefined before. */
  theirs: T | undefined;
  loading: boolean;
  /** Why the last `reload` failed. */
  failed: unknown;
  /** Reads the item as stored now; the form's input is left as it is. */
  reload: () => Promise<void>;
}

/**
 * `opened` is the copy the form was filled from; another one (the page read it again after a save)
 * starts afresh. The form keeps diffing against `opened`, so that a save after `reload` still sends
 * only what this person changed, now with the version that holds the other person's change.
 */
export function useFreshCopy<T extends { version?: string }>(opened: T | undefined, load: () => Promise<T>, onLoaded?: (fresh: T) => void): FreshCopy<T> {
  const [state, setState] = useState<{ of?: T; theirs?: T; loading: boolean; failed?: unknown }>({ loading: false });
  const current = state.of === opened;
  const theirs = current ? state.theirs : undefined;
  const reload = async () => {
    setState((s) => ({ ...s, of: opened, loading: true, failed: undefined }));
    try {
      const fresh = await load();
      setState({ of: opened, theirs: fresh, loading: false });
      onLoaded?.(fresh);
    } catch (failed) {
      setState((s) => ({ ...s, loading: false, failed }));
    }
  };
  return { version: theirs ? theirs.version : opened?.version, theirs, loading: current && state.loading, failed: current ? state.failed : undefined, reload };
}
