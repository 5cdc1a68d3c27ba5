// Loads whatever a key names (a level's report, a bulletin), keeps the last answer on screen while a newer one loads, and reloads on demand.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface Fetched<T> {
  data?: T;
  /** The key `data` was loaded for: while it differs from the asked one, the data on screen is stale. */
  dataKey?: string;
  loading: boolean;
  error?: string;
  /** When the data on screen arrived, for "aggiornato alle 10:42". */
  loadedAt?: Date;
  reload: () => void;
}

/** `key` undefined means "nothing to ask for yet"; the fetcher is read at each load, so it may close over the key's parts. */
export function useFetched<T>(key: string | undefined, fetcher: (signal: AbortSignal) => Promise<T>): Fetched<T> {
  const [state, setState] = useState<Omit<Fetched<T>, 'reload'>>({ loading: false });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(fetcher);
  latest.current = fetcher;

  useEffect(() => {
    if (!key) return;
    // Only the newest request may write the state: an older, slower answer for another key is dropped.
    const abort = new AbortController();
    setState((s) => ({ data: s.data, dataKey: s.dataKey, loadedAt: s.loadedAt, loading: true }));
    latest.current(abort.signal).then(
      (data) => setState({ data, dataKey: key, loading: false, loadedAt: new Date() }),
      (err: unknown) => {
        if (abort.signal.aborted) return;
        // On error the old data goes: numbers for another choice next to an error would mislead.
        setState({ loading: false, error: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => abort.abort();
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
