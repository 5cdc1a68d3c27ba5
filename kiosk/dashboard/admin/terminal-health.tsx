// A terminal's last heartbeat in its row: silent ones flagged in words (not colour alone), the queue, storage and version beside; a wrong clock below.
import type { RedatedVotes, TerminalHealth } from '../../../server/contract/admin';
import { SILENT_AFTER_MINUTES } from '../../../server/contract/silent-terminal';
import { REDATED_WINDOW_DAYS } from '../../../server/contract/terminal-clock';
// Below this free share the row warns, as the terminal itself does (kiosk/terminal/kiosk/storage-health.ts).
import { LOW_FREE_PCT } from '../../../server/contract/terminal-attention';
import { A } from './admin-labels';
import { formatWhen } from './format-when';


/** The free share of the quota in whole percent, or null where the browser did not say. */
export function freePercent(h: Pick<TerminalHealth, 'storageUsage' | 'storageQuota'>): number | null {
  if (h.storageUsage === null || h.storageQuota === null || h.storageQuota <= 0) return null;
  return Math.floor((Math.max(0, h.storageQuota - h.storageUsage) / h.storageQuota) * 100);
}

export function HealthCell({ health }: { health: TerminalHealth | null }) {
  if (!health) {
    return (
      <span class="muted" data-testid="terminal-health" data-health="never">
        {A.healthNever}
      </span>
    );
  }
  const free = freePercent(health);
  const details = [
    A.healthQueue(health.pending, health.held),
    health.oldestQueuedAt && health.pending > 0 ? A.healthOldest(formatWhen(health.oldestQueuedAt)) : '',
    health.lastDeliveryAt ? A.healthDelivery(formatWhen(health.lastDeliveryAt)) : '',
    A.healthVersion(health.appVersion),
  ].filter(Boolean);
  const warnings = [
    free !== null && free < LOW_FREE_PCT ? A.healthStorageLow(free) : '',
    health.persisted === false ? A.healthNotPersisted : '',
    health.held > 0 ? A.healthHeld(health.held) : '',
  ].filter(Boolean);
  return (
    <div data-testid="terminal-health" data-health={health.silent ? 'silent' : 'alive'}>
      {health.silent ? (
        <span class="status status-silent" title={A.silentNote(SILENT_AFTER_MINUTES)}>
          {A.healthSilent(formatWhen(health.reportedAt))}
        </span>
      ) : (
        <span>{A.healthAlive(formatWhen(health.reportedAt))}</span>
      )}
      <div class="muted small-text">{details.join(' · ')}</div>
      {warnings.length > 0 && (
        <div class="small-text health-warning" data-testid="terminal-health-warning">
          {warnings.join(' · ')}
        </div>
      )}
    </div>
  );
}

/**
 * A terminal whose votes the collector re-dated lately has a wrong clock: flagged in words as a silent
 * one is, with what staff should do, since its votes fall on the wrong day and hour in the charts.
 */
export function ClockNotice({ redated }: { redated: RedatedVotes }) {
  return (
    <div class="clock-notice small-text" data-testid="terminal-clock">
      <span class="status status-clock">{A.clockWrong}</span>
      <div class="health-warning">{A.clockRedated(redated.count, REDATED_WINDOW_DAYS, formatWhen(redated.lastAt))}</div>
      <div class="muted">{A.clockFix}</div>
    </div>
  );
}
