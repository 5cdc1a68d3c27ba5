// When a new version may take over: only on the start screen, and only once nobody has touched the terminal for a while.

export interface ReloadGate {
  /** The start screen appeared (true) or went (false). */
  setAtStart(value: boolean): void;
  /** A new version is ready to take over. */
  ready(): void;
  /** A tap or a key: whoever is there may be about to vote, so the wait starts again. */
  touched(): void;
}

/**
 * Calls `go` once a new version is ready, the start screen is on and nothing has been tapped or
 * pressed for `graceMs`: a reload never cuts a «Grazie!», and a citizen's first tap (which leaves
 * the start screen only once its vote is written) is never lost to it.
 */
export function createReloadGate(graceMs: number, go: () => void): ReloadGate {
  let atStart = true;
  let isReady = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!atStart || !isReady) return;
    timer = setTimeout(() => {
      timer = null;
      if (atStart && isReady) go();
    }, graceMs);
  };
  return {
    setAtStart(value) {
      atStart = value;
      schedule();
    },
    ready() {
      isReady = true;
      schedule();
    },
    touched() {
      if (timer !== null) schedule();
    },
  };
}
