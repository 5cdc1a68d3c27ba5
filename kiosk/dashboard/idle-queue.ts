// Work the page can do a little later, one piece per idle moment, in the order asked: a report opens with several charts and sections, and on a slow phone building them all in one task blocked the page for hundreds of milliseconds.

/** A piece waits at most this long for an idle moment: a busy page still gets its charts and sections. */
const SLOT_TIMEOUT_MS = 250;

interface Job {
  run: () => void;
  /** What the console says if the piece throws: the others still run. */
  failure: string;
}
const jobs: Job[] = [];
let running = false;
let drained: Array<() => void> = [];

function nextSlot(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: SLOT_TIMEOUT_MS });
  else setTimeout(run, 0);
}

function step(): void {
  const job = jobs.shift();
  try {
    job?.run();
  } catch (e) {
    // One piece that fails must not leave the others undone.
    console.error(`gradimento: ${job?.failure}`, e);
  }
  if (jobs.length > 0) return nextSlot(step);
  running = false;
  const waiting = drained;
  drained = [];
  for (const resolve of waiting) resolve();
}

/** Runs `run` in a task of its own once the pieces queued before it are done; returns the cancel. */
export function queueIdle(run: () => void, failure: string): () => void {
  const job: Job = { run, failure };
  jobs.push(job);
  if (!running) {
    running = true;
    nextSlot(step);
  }
  return () => {
    const at = jobs.indexOf(job);
    if (at >= 0) jobs.splice(at, 1);
  };
}

/** Settles once every piece queued so far is done (tests, and anything that reads a chart at once). */
export function idleWorkDone(): Promise<void> {
  return running ? new Promise((resolve) => drained.push(resolve)) : Promise.resolve();
}
