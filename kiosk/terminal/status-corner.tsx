// A small, quiet corner for staff: online or not, votes waiting, votes held; a long press shows the details.
import { useEffect, useRef, useState } from 'preact/hooks';
import { STAFF_LANGUAGE, t } from '../ui/i18n';
import './status-corner.css';
import type { VoteSync, SyncStatus } from './net/sync';
import type { HeldVote, QueueCounts, VoteQueue } from './store/vote-queue';
import { afterPaint } from './after-paint';
import { spacedRuns } from './spaced-runs';
import { storageReport, type StorageReport } from './net/heartbeat';
import { lastWriteFailure, lowStorage, onWriteFailure, type WriteFailure } from './kiosk/storage-health';

export interface StatusCornerProps {
  queue: VoteQueue;
  sync?: VoteSync | null;
  connected: boolean;
  terminalId: string | null;
  configVersion?: string | null;
  /** The office's time zone, for the times staff read (the device's own may be another); the device's when unknown. */
  timeZone?: string | null;
  /** Other tabs change the queue too; this catches up with them. */
  refreshMs?: number;
}

const LONG_PRESS_MS = 700;
/** Counting reads the whole queue: at most one count per this, however fast votes come and go. */
const REFRESH_GAP_MS = 500;

export function StatusCorner({ queue, sync, connected, terminalId, configVersion, timeZone, refreshMs = 10_000 }: StatusCornerProps) {
  const clock = (ms: number) => clockIn(ms, timeZone);
  // null until the queue has been counted: a corner reading 0 then would tell staff (and anything
  // waiting for the queue to empty) that nothing is waiting while votes are (right after a reload).
  const [counts, setCounts] = useState<QueueCounts | null>(null);
  const [held, setHeld] = useState<HeldVote[]>([]);
  const [status, setStatus] = useState<SyncStatus | null>(sync?.status() ?? null);
  const [expanded, setExpanded] = useState(false);
  const press = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [storage, setStorage] = useState<StorageReport | null>(null);
  const [failure, setFailure] = useState<WriteFailure | null>(lastWriteFailure());

  useEffect(() => onWriteFailure(setFailure), []);

  useEffect(() => {
    let alive = true;
    const refresh = async () => {
      try {
        const c = await queue.counts();
        const h = c.held > 0 ? await queue.held() : [];
        const s = await storageReport();
        if (alive) {
          setCounts(c);
          setHeld(h);
          setStorage(s);
        }
      } catch {
        // A closing database during an upgrade: the next change or tick refreshes.
      }
    };
    // Counted after a change, but not after every one of a burst (a sync deleting batch after batch).
    const runs = spacedRuns(refresh, REFRESH_GAP_MS);
    runs.request();
    // After the frame: a vote's change must not delay the "Grazie!" it is followed by.
    const off = queue.onChange(() => afterPaint(runs.request));
    const timer = setInterval(runs.request, refreshMs);
    return () => {
      alive = false;
      off();
      clearInterval(timer);
      runs.stop();
    };
  }, [queue, refreshMs]);

  useEffect(() => (sync ? sync.subscribe(setStatus) : undefined), [sync]);

  // Details fold away by themselves, so a citizen never finds them open.
  useEffect(() => {
    if (!expanded) return undefined;
    const timer = setTimeout(() => setExpanded(false), 30_000);
    return () => clearTimeout(timer);
  }, [expanded]);

  const online = connected || status?.reachable === true;
  const lowPct = lowStorage(storage);
  // Staff must not learn about a full disk from a citizen: these show on the corner itself, not only in its details.
  const storageWarnings = [
    failure ? t.storageWriteFailed(failure.name, clock(failure.at)) : '',
    lowPct !== null ? t.storageLow(lowPct) : '',
    storage?.persisted === false ? t.storageNotPersisted : '',
  ].filter(Boolean);
  const waiting = counts ? counts.pending + counts.open : null;
  const heldCount = counts?.held ?? 0;
  const reasons = heldSummary(held);
  const summary = [
    online ? t.statusOnline : t.statusOffline,
    waiting !== null ? t.statusWaiting(waiting) : '',
    heldCount > 0 ? `${t.statusHeld(heldCount)}: ${reasons.join('; ')}` : '',
    status?.problem ? t.statusProblem(status.problem.message) : '',
    ...storageWarnings,
  ]
    .filter(Boolean)
    .join('\n');

  const cancelPress = () => {
    if (press.current !== null) clearTimeout(press.current);
    press.current = null;
  };

  return (
    <aside class={`status-corner${expanded ? ' expanded' : ''}`} lang={STAFF_LANGUAGE.lang} dir={STAFF_LANGUAGE.dir} data-testid="status-corner" aria-label={t.statusLabel}>
      <button
        type="button"
        class="status-toggle"
        // No tab stop: a citizen tabbing through the faces must not land on the staff's corner. Staff
        // open it by a long press; a screen reader can still reach and press it.
        tabIndex={-1}
        title={summary}
        aria-expanded={expanded}
        data-online={online ? 'true' : 'false'}
        onPointerDown={() => {
          cancelPress();
          press.current = setTimeout(() => setExpanded((x) => !x), LONG_PRESS_MS);
        }}
        onPointerUp={cancelPress}
        onPointerLeave={cancelPress}
        onPointerCancel={cancelPress}
        onContextMenu={(e) => e.preventDefault()}
        onClick={(e) => {
          // A keyboard "click" (detail 0) toggles; a short tap does nothing, so citizens cannot open it by chance.
          if (e.detail === 0) setExpanded((x) => !x);
        }}
      >
        <span class={`status-dot ${online ? 'online' : 'offline'}`} data-testid="status-online" role="img" aria-label={online ? t.statusOnline : t.statusOffline} />
        {/* Digits for the eye, words for screen readers: aria-label on a bare span is not allowed. */}
        <span class="status-waiting" data-testid="status-waiting" data-count={waiting ?? undefined} aria-hidden="true">
          {waiting ?? '…'}
        </span>
        {waiting !== null && <span class="sr-only">{t.statusWaiting(waiting)}</span>}
        {(failure || lowPct !== null) && (
          <span class="status-held" data-testid="status-storage" role="img" aria-label={failure ? t.storageWriteFailed(failure.name, clock(failure.at)) : t.storageLow(lowPct!)}>
            !
          </span>
        )}
        {heldCount > 0 && (
          <>
            <span class="status-held" data-testid="status-held" data-count={heldCount} aria-hidden="true">
              {t.statusHeldShort(heldCount)}
            </span>
            <span class="sr-only">{t.statusHeld(heldCount)}</span>
          </>
        )}
      </button>
      {expanded && (
        <div class="status-panel" data-testid="status-panel">
          <p>{online ? t.statusOnline : t.statusOffline}</p>
          {waiting !== null && <p>{t.statusWaiting(waiting)}</p>}
          {heldCount > 0 && (
            <>
              <p>{t.statusHeld(heldCount)}</p>
              <ul>
                {reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
          {status?.problem && <p>{t.statusProblem(status.problem.message)}</p>}
          {storageWarnings.map((w) => (
            <p key={w} data-testid="status-storage-warning">
              {w}
            </p>
          ))}
          <p>{status?.lastSuccessAt ? t.statusLastSync(clock(status.lastSuccessAt)) : t.statusNeverSynced}</p>
          {status?.nextAttemptAt ? <p>{t.statusNextRetry(clock(status.nextAttemptAt))}</p> : null}
          {terminalId && <p>{t.statusTerminal(terminalId)}</p>}
          {configVersion && <p>{t.statusConfig(configVersion)}</p>}
          {!window.isSecureContext && <p>{t.statusInsecure}</p>}
        </div>
      )}
    </aside>
  );
}

/** Held votes grouped by reason, most frequent first. */
export function heldSummary(held: readonly HeldVote[]): string[] {
  const byReason = new Map<string, number>();
  for (const h of held) byReason.set(h.reason, (byReason.get(h.reason) ?? 0) + 1);
  return [...byReason].sort((a, b) => b[1] - a[1]).map(([reason, n]) => t.statusHeldReason(reason, n));
}

/** A time of day as staff at the office read it: in the office's zone, which a device set to UTC would not show. */
export function clockIn(ms: number, timeZone?: string | null): string {
  return new Date(ms).toLocaleTimeString('it-IT', { hour: '2-digit', minute: '2-digit', second: '2-digit', ...(timeZone ? { timeZone } : {}) });
}
