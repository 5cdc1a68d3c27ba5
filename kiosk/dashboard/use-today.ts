// The office's day, kept current: a dashboard left open overnight (a screen in the manager's office)
// moves to the new day by itself, so its default period takes in today's votes, which the live link
// would otherwise leave out as outside the period while the badge says «in diretta».
import { useEffect, useState } from 'preact/hooks';
import { todayIn } from './period';

/** Checked once a minute: cheap, and right across midnight and the clock changes in any zone. */
export const DAY_CHECK_MS = 60_000;

export function useToday(zone: string | undefined, now: () => Date): string {
  const [, changed] = useState(0);
  useEffect(() => {
    let last = todayIn(zone, now());
    const timer = setInterval(() => {
      const day = todayIn(zone, now());
      if (day !== last) {
        last = day;
        changed((n) => n + 1);
      }
    }, DAY_CHECK_MS);
    return () => clearInterval(timer);
  }, [zone, now]);
  return todayIn(zone, now());
}
