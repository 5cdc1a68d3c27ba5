// A small badge saying whether the report updates by itself ("in diretta") or not ("non collegato").
import { LABELS } from '../labels';
import type { LiveStatus } from '../live';

const TEXT: Record<LiveStatus, string> = { live: LABELS.live, connecting: LABELS.liveConnecting, offline: LABELS.liveOffline };

export function LiveBadge({ status }: { status: LiveStatus }) {
  // role=status: a screen reader hears when the link drops, without moving focus.
  return (
    <p class={`live live-${status}`} role="status" data-testid="live-indicator" data-status={status} title={LABELS.liveTitle}>
      <span class="live-dot" aria-hidden="true" />
      {TEXT[status]}
    </p>
  );
}
