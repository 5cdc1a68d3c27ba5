// Follows the office's opening hours on the collector's clock (the device's while the collector was never reached) and keeps the screen awake while it is open.
import { useEffect, useState } from 'preact/hooks';
import type { CollectorClock } from '../net/collector-clock';
import { isOfficeOpen, type OfficeCalendar } from './office-open';

const CHECK_EVERY_MS = 30_000;

/** What the hours are read on: the collector's clock (net/collector-clock.ts), or in screen tests the device's. */
export type OfficeTime = Pick<CollectorClock, 'now' | 'onChange'>;

const DEVICE_TIME: OfficeTime = { now: () => new Date(), onChange: () => () => undefined };

/**
 * Re-read every half minute (the hours change by the minute), at once on a configuration update or
 * when the collector's clock is learnt or moves. null (no configuration yet): open.
 */
export function useOfficeOpen(calendar: OfficeCalendar | null, time: OfficeTime = DEVICE_TIME): boolean {
  const [open, setOpen] = useState(() => !calendar || isOfficeOpen(calendar, time.now()));
  useEffect(() => {
    const check = () => setOpen(!calendar || isOfficeOpen(calendar, time.now()));
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    const off = time.onChange(check);
    return () => {
      clearInterval(timer);
      off();
    };
  }, [calendar, time]);
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
