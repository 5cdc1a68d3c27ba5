// Creates the page's charts one per idle moment, not all in one task: a report opens with several, and on a slow phone their construction together blocked the page for hundreds of milliseconds.

/** A chart waits at most this long for an idle moment: a busy page still gets its charts. */
const SLOT_TIMEOUT_MS = 250;

type Job = () => void;
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
    job?.();
  } catch (e) {
    // One chart that fails to build must not leave the others undrawn.
    console.error('gradimento: chart not drawn', e);
  }
  if (jobs.length > 0) return nextSlot(step);
  running = false;
  const waiting = drained;
  drained = [];
  for (const resolve of waiting) resolve();
}

/** Runs `create` in a task of its own once the charts queued before it are built; returns the cancel. */
export function queueChart(create: () => void): () => void {
  const job: Job = () => create();
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

/** Settles once every chart queued so far is built (tests, and anything that reads a chart at once). */
export function chartsBuilt(): Promise<void> {
  return running ? new Promise((resolve) => drained.push(resolve)) : Promise.resolve();
}
