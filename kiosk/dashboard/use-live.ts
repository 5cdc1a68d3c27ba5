// Keeps one live link open while the dashboard is shown, watches the chosen office and reloads the report when its votes change.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LiveConnector, LiveLink, LiveStatus } from './live';
import { touchesPeriod, type Period } from './period';

/**
 * At most one reload this often. The first vote reloads at once (a manager watching sees it in
 * the time of one request, not after a fixed wait); the votes that follow it within this time (a
 * terminal back online sends hundreds) are shown together by one more reload at its end.
 */
export const RELOAD_EVERY_MS = 300;

export function useLive(
  connect: LiveConnector,
  officeId: string | undefined,
  period: Period | undefined,
  reload: () => void,
  onSignedOut?: () => void,
): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const link = useRef<LiveLink>();
  // The socket handler outlives renders; it reads the current period and reload through refs.
  const current = useRef({ period, reload, onSignedOut });
  current.current = { period, reload, onSignedOut };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastReload = Number.NEGATIVE_INFINITY;
    let wasOffline = false;
    const reloadSoon = () => {
      // A reload already planned will show this vote too.
      if (timer !== undefined) return;
      const wait = Math.max(0, lastReload + RELOAD_EVERY_MS - Date.now());
      timer = setTimeout(() => {
        timer = undefined;
        lastReload = Date.now();
        current.current.reload();
      }, wait);
    };
    link.current = connect({
      onStatus: (next) => {
        setStatus(next);
        // Votes stored while the link was down sent no event: catch up once it is back.
        if (next === 'offline') wasOffline = true;
        else if (next === 'live' && wasOffline) {
          wasOffline = false;
          reloadSoon();
        }
      },
      onSignedOut: () => current.current.onSignedOut?.(),
      onVotes: (event) => {
        const p = current.current.period;
        if (p && touchesPeriod(event.days, p)) reloadSoon();
      },
    });
    return () => {
      clearTimeout(timer);
      link.current?.close();
      link.current = undefined;
    };
  }, [connect]);

  useEffect(() => {
    // Before the office list arrives there is nothing to watch yet.
    if (officeId) link.current?.watch(officeId);
  }, [officeId]);

  return status;
}
