// Outside opening hours: a quiet, dark screen instead of faces nobody should tap (the screen may sleep), saying when the office opens again.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { nextOpening, type OfficeCalendar } from '../kiosk/office-open';

/** Re-read every minute: «domani» becomes «oggi» at midnight. */
const REFRESH_MS = 60_000;

const DAY = new Intl.DateTimeFormat('it', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

function reopening(calendar: OfficeCalendar, at: Date): string | null {
  const next = nextOpening(calendar, at);
  if (!next) return null;
  if (next.daysAhead === 0) return t.reopensToday(next.time);
  if (next.daysAhead === 1) return t.reopensTomorrow(next.time);
  return t.reopensOn(DAY.format(new Date(`${next.day}T12:00:00Z`)), next.time);
}

export function OfficeClosed({ calendar, now = () => new Date() }: { calendar: OfficeCalendar | null; now?: () => Date }) {
  const [at, setAt] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setAt(now()), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  const reopens = calendar ? reopening(calendar, at) : null;
  return (
    <main class="screen screen-closed" data-testid="office-closed">
      <div>
        <h1>{t.closedTitle}</h1>
        <p class="hint">{t.closedBody}</p>
        {reopens && (
          <p class="hint" data-testid="office-reopens">
            {reopens}
          </p>
        )}
      </div>
    </main>
  );
}
