// Follows the office's opening hours on the terminal's clock and keeps the screen awake while it is open.
import { useEffect, useState } from 'preact/hooks';
import { isOfficeOpen, type OfficeCalendar } from './office-open';

const CHECK_EVERY_MS = 30_000;

/** Re-read every half minute: the hours change by the minute, a configuration update at once. null (no configuration yet): open. */
export function useOfficeOpen(calendar: OfficeCalendar | null, now: () => Date = () => new Date()): boolean {
  const [open, setOpen] = useState(() => !calendar || isOfficeOpen(calendar, now()));
  useEffect(() => {
    const check = () => setOpen(!calendar || isOfficeOpen(calendar, now()));
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [calendar]);
  return open;
}

/**
 * Holds a screen wake lock while `active`. The browser drops it whenever the page is hidden, so it
 * is asked for again when the page shows. Where the API is missing (plain http, old browsers) the
 * device's own sleep settings apply (docs/accessibility.md, "Kiosk").
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    const wakeLock = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
    if (!active || !wakeLock) return undefined;
    let sentinel: WakeLockSentinel | null = null;
    let alive = true;
    const request = () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      wakeLock
        .request('screen')
        .then((s) => {
          if (alive) sentinel = s;
          else void s.release();
        })
        .catch(() => undefined); // refused (battery saver, no user gesture yet): the next visibility change asks again
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      alive = false;
      document.removeEventListener('visibilitychange', request);
      void sentinel?.release().catch(() => undefined);
    };
  }, [active]);
}
