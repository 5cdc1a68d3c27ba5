// Loads what a management page shows, can reload it after a change, and drops answers that arrive after the page moved on.
import { useCallback, useEffect, useState } from 'preact/hooks';

export interface Loaded<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload: () => void;
}

/** `load` undefined means "nothing to ask for yet" (no administration chosen). `key` changes restart it. */
export function useLoad<T>(load: ((signal: AbortSignal) => Promise<T>) | undefined, key: string): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean; key?: string }>({ loading: !!load });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!load) return setState({ loading: false });
    const abort = new AbortController();
    // The previous data stays while the same list reloads; another key starts empty.
    setState((s) => ({ data: s.key === key ? s.data : undefined, loading: true, key }));
    load(abort.signal).then(
      (data) => setState({ data, loading: false, key }),
      (error: unknown) => abort.signal.aborted || setState({ error, loading: false, key }),
    );
    return () => abort.abort();
  }, [key, generation, !!load]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.key === key ? state.data : undefined, error: state.error, loading: state.loading, reload };
}

/** The message of any error, for a page's error box. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
