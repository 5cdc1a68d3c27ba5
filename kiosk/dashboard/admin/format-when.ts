// Instants as an Italian manager reads them: "9 giu 2024, 10:05" in the browser's zone, and a countdown as mm:ss.
import { LOCALE } from '../i18n/locale';
const WHEN = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : WHEN.format(t);
}

/** Remaining time as m:ss, never negative. */
export function formatCountdown(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
