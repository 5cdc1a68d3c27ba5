// Timers that end a screen nobody touches: the next citizen must never find someone else's half-finished vote.
import { useEffect, useRef } from 'preact/hooks';

/** What counts as someone still being there. */
export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Calls onIdle once after `ms` without activity on `target`; any activity restarts the count.
 * Listens in the capture phase so a button that stops propagation still counts as activity.
 * Returns a function that stops watching.
 */
export function watchIdle(target: EventTarget, ms: number, onIdle: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const arm = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      stop();
      onIdle();
    }, ms);
  };
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, arm, true);
  };
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, arm, { capture: true, passive: true });
  arm();
  return stop;
}

/**
 * While `active`, runs onIdle after `ms` without activity anywhere on the page. `key` restarts the
 * count when the screen changes. onIdle is read at fire time, so a fresh closure is always used.
 */
export function useIdleTimeout(active: boolean, ms: number, onIdle: () => void, key?: unknown): void {
  const latest = useRef(onIdle);
  latest.current = onIdle;
  useEffect(() => {
    if (!active) return undefined;
    return watchIdle(window, ms, () => latest.current());
  }, [active, ms, key]);
}

/** Runs fn once after ms, whatever the citizen does (the "Grazie!" screen). */
export function useTimeout(ms: number, fn: () => void): void {
  const latest = useRef(fn);
  latest.current = fn;
  useEffect(() => {
    const timer = setTimeout(() => latest.current(), ms);
    return () => clearTimeout(timer);
  }, [ms]);
}
