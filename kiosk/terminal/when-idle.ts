// Runs work the first screen does not need once the browser is idle, or after a bound when it never is.

/**
 * Runs `task` once the main thread is idle (or after `timeoutMs`: a busy page still gets it done);
 * returns the cancel. Where requestIdleCallback is missing (Safari before 18), on the next task.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
