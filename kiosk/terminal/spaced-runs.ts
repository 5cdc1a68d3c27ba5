// Runs a refresh when asked, but never two at once and at most once per gap: a burst of requests ends in one run after the last.

/** Idle time after a run, as a multiple of how long it took. */
const SPACING = 9;

export interface SpacedRuns {
  /** Asks for a run: at once when none ran within the gap, otherwise one run when the gap is over. */
  request(): void;
  /** No run starts after this (one in progress finishes). */
  stop(): void;
}

/**
 * For work whose cost grows with the data, asked for after every change: the status corner counts
 * the whole vote queue (IndexedDB counts by reading every entry), and counting after each of
 * 100,000 votes cast or delivered made each vote cost more than the one before (docs/performance.md).
 * Requests while a run is in progress or within `gapMs` of the last one (or nine times its length,
 * when it took long) fold into a single run, which always comes after the last request, so what is
 * shown catches up with the last change.
 */
export function spacedRuns(run: () => Promise<void>, gapMs: number, clock: () => number = Date.now): SpacedRuns {
  let running = false;
  let wanted = false;
  let stopped = false;
  let lastEnd = -Infinity;
  /** How long the last run took: a slow one (counting a long queue) spaces the next ones further. */
  let lastTook = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const start = () => {
    timer = null;
    if (stopped) return;
    running = true;
    wanted = false;
    const began = clock();
    void run()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        lastEnd = clock();
        lastTook = lastEnd - began;
        if (wanted) request();
      });
  };

  const request = () => {
    if (stopped) return;
    if (running || timer !== null) {
      wanted = true;
      return;
    }
    // At least the gap, and nine times the last run: runs take at most a tenth of the time, however long they get.
    const wait = lastEnd + Math.max(gapMs, SPACING * lastTook) - clock();
    if (wait <= 0) start();
    else timer = setTimeout(start, wait);
  };

  return {
    request,
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
