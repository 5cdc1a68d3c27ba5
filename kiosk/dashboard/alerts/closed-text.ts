// The sentence under a closed alert: when it closed and why, so an alert closed with its rule does not read as a problem gone away.
import type { Alert } from '../../../server/contract/alerts';
import { CLOSED_BECAUSE, L } from './alert-labels';

/**
 * "Chiuso il 10 mar 2026, 10:40: la regola è stata eliminata." null while the alert is open. An alert closed
 * before the collector kept the cause (closedBecause null) says only when: its cause is unknown, not guessed.
 */
export function closedText(alert: Pick<Alert, 'kind' | 'closedAt' | 'closedBecause'>, formatWhen: (iso: string) => string): string | null {
  if (!alert.closedAt) return null;
  const when = L.closed(formatWhen(alert.closedAt));
  const because = alert.closedBecause === null ? null : alert.closedBecause === 'recovered' ? CLOSED_BECAUSE.recovered[alert.kind] : CLOSED_BECAUSE[alert.closedBecause];
  return because ? `${when}: ${because}.` : `${when}.`;
}
