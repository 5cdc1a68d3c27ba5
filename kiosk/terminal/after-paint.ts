// Runs work that must not hold up the next frame (sending a vote, counting the queue) once that frame is drawn.

/** A page in the background gets no animation frames: the work still runs after this long. */
const MAX_WAIT_MS = 100;

/**
 * Calls `task` after the next frame has been painted (the frame's requestAnimationFrame, then a task
 * after it), or after MAX_WAIT_MS, whichever comes first; once. "Grazie!" shows only once the vote is
 * in IndexedDB, and on a slow tablet the work a stored vote sets off (reading the batch to send,
 * posting it, counting the queue for the status corner) used to run between that write and the
 * frame that shows "Grazie!" (issue 9, tap to "Grazie!" within 50 ms).
 */
export function afterPaint(task: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  const fallback = setTimeout(run, MAX_WAIT_MS);
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      clearTimeout(fallback);
      run();
    }, 0),
  );
}
