// Shows a long page's parts a few at a time: the first at once, each of the others in an idle moment of its own, so that opening the report on a slow phone is not one long task of rendering and layout.
import { useEffect, useState } from 'preact/hooks';
import { queueIdle } from './idle-queue';

/**
 * How many of `total` parts to render now: `first` at once, then one more per idle moment until
 * all are shown. Once all are, it stays so for the component's life (new data re-renders them at
 * once), and `onAll(true)` is called; `onAll(false)` when the component goes.
 */
export function useStaged(total: number, first: number, onAll?: (all: boolean) => void): number {
  const [shown, setShown] = useState(Math.min(first, total));
  const all = shown >= total;
  useEffect(() => {
    if (all) return;
    // One part per task: its render and layout, then the charts it queued, then the next part.
    return queueIdle(() => setShown((n) => n + 1), 'report section not drawn');
  }, [shown, all]);
  useEffect(() => {
    if (!all) return;
    onAll?.(true);
    return () => onAll?.(false);
  }, [all, onAll]);
  return shown;
}
