// Staff diagnostics behind the PIN: the queue, last delivery, versions, storage, and two actions (send now, pair again).
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { StaffPinHash } from '../../../server/contract/staff-pin';
import { STAFF_LANGUAGE, t } from '../../ui/i18n';
import { useIdleTimeout } from '../idle-reset';
import { APP_VERSION, storageReport, type StorageReport } from '../net/heartbeat';
import type { VoteSync } from '../net/sync';
import type { QueueCounts, VoteQueue } from '../store/vote-queue';
import { checkStaffPin } from './check-pin';
import './diagnostics.css';

/** Left open and untouched this long, the panel closes: the next citizen must not find it. */
const CLOSE_AFTER_MS = 120_000;
const MAX_TRIES = 5;
/**
 * A device clock this far from the collector's is worth staff's attention: the collector's own line
 * between a late clock and a wrong one (MAX_CLOCK_AHEAD_MS, server/aggregates/time-bucket.ts).
 */
const CLOCK_OFF_MS = 5 * 60_000;
const LOCK_MS = 60_000;

export interface DiagnosticsProps {
  staffPin: StaffPinHash | null;
  queue: VoteQueue;
  sync?: VoteSync | null;
  online: boolean;
  terminalId: string;
  configVersion: string;
  /** The office's time zone, for the times staff read. */
  timeZone?: string | null;
  /** The collector's clock minus the device's (net/collector-clock.ts); null while never learnt. */
  clockOffsetMs?: number | null;
  onRepair: () => void;
  /** Starts a trial of the citizens' screens (nothing recorded); absent when there are no screens to try. */
  onTrial?: () => void;
  onClose: () => void;
}

export function Diagnostics(props: DiagnosticsProps) {
  const [unlocked, setUnlocked] = useState(false);
  useIdleTimeout(true, CLOSE_AFTER_MS, props.onClose);
  // While open, digits are the PIN's, never a vote behind the panel (kiosk/use-face-keys.ts listens
  // on window too, later in the event's path): stopped here, in the capture phase.
  // Before the pad is painted (a layout effect): a keypad's first digit, typed the moment the pad
  // shows, must reach the PIN, never a face behind it.
  useLayoutEffect(() => {
    const swallow = (e: KeyboardEvent) => {
      if (/^\d$/.test(e.key) || e.key === 'Backspace' || e.key === 'Escape') e.stopPropagation();
    };
    window.addEventListener('keydown', swallow, true);
    return () => window.removeEventListener('keydown', swallow, true);
  }, []);
  return (
    <div class="diagnostics" lang={STAFF_LANGUAGE.lang} dir={STAFF_LANGUAGE.dir} role="dialog" aria-modal="true" aria-labelledby="diagnostics-title" data-testid="diagnostics">
      {unlocked ? <Panel {...props} /> : <PinPad staffPin={props.staffPin} onOk={() => setUnlocked(true)} onClose={props.onClose} />}
    </div>
  );
}

/** Lock-out across openings of the pad: closing and reopening must not reset the count. */
let tries = 0;
let lockedUntil = 0;

function PinPad({ staffPin, onOk, onClose }: { staffPin: StaffPinHash | null; onOk: () => void; onClose: () => void }) {
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const type = (d: string) => setPin((p) => (p.length < 8 ? p + d : p));

  // The key handler below is registered once: it reads the current PIN and submit through refs.
  const pinRef = useRef(pin);
  pinRef.current = pin;
  const submit = async () => {
    const pin = pinRef.current;
    if (!staffPin || busy || pin.length === 0) return;
    const wait = lockedUntil - Date.now();
    if (wait > 0) return setMessage(t.pinLocked(Math.ceil(wait / 1000)));
    setBusy(true);
    setMessage(t.pinChecking);
    const result = await checkStaffPin(pin, staffPin).catch(() => 'unsupported' as const);
    setBusy(false);
    setPin('');
    if (result === 'ok') {
      tries = 0;
      return onOk();
    }
    if (result === 'unsupported') return setMessage(t.pinUnsupported);
    tries++;
    if (tries >= MAX_TRIES) {
      tries = 0;
      lockedUntil = Date.now() + LOCK_MS;
      return setMessage(t.pinLocked(LOCK_MS / 1000));
    }
    setMessage(t.pinWrong);
  };

  const submitRef = useRef(submit);
  submitRef.current = submit;

  // The big external buttons and a keyboard type digits too; Enter opens (the pad has no text field to
  // submit from). Listening from before the pad is painted, as the swallowing above: none is lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (/^\d$/.test(e.key)) type(e.key);
      else if (e.key === 'Enter' && pinRef.current.length > 0) void submitRef.current();
      else if (e.key === 'Backspace') setPin((p) => p.slice(0, -1));
      else if (e.key === 'Escape') onClose();
      else return;
      e.preventDefault();
    };
    // Capture phase, on window like the swallowing listener above: both run, nothing behind them does.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);

  return (
    <div class="diagnostics-box">
      <h1 id="diagnostics-title">{t.pinTitle}</h1>
      {!staffPin ? (
        <p class="diagnostics-note" data-testid="pin-not-set">
          {t.pinNotSet}
        </p>
      ) : (
        <form
          class="pin-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p class="diagnostics-note">{t.pinHint}</p>
          <output class="pin-dots" aria-label={t.pinLabel} data-testid="pin-dots" data-length={pin.length}>
            {'●'.repeat(pin.length) || '\u00a0'}
          </output>
          <div class="pin-keys">
            {['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((d) => (
              <button type="button" key={d} class="pin-key" aria-label={t.pinDigit(d)} data-testid={`pin-${d}`} onClick={() => type(d)}>
                {d}
              </button>
            ))}
            <button type="button" class="pin-key secondary" data-testid="pin-delete" onClick={() => setPin((p) => p.slice(0, -1))}>
              {t.pinDelete}
            </button>
          </div>
          {message && (
            <p class="pin-message" role="alert" data-testid="pin-message">
              {message}
            </p>
          )}
          <div class="diagnostics-actions">
            <button type="button" class="secondary" data-testid="diagnostics-close" onClick={onClose}>
              {t.pinCancel}
            </button>
            <button type="submit" class="primary" data-testid="pin-submit" disabled={busy || pin.length === 0}>
              {t.pinConfirm}
            </button>
          </div>
        </form>
      )}
      {!staffPin && (
        <div class="diagnostics-actions">
          <button type="button" class="secondary" data-testid="diagnostics-close" onClick={onClose}>
            {t.pinCancel}
          </button>
        </div>
      )}
    </div>
  );
}

function Panel({ queue, sync, online, terminalId, configVersion, timeZone, clockOffsetMs = null, onRepair, onTrial, onClose }: DiagnosticsProps) {
  const when = (ms: number) => whenIn(ms, timeZone);
  const [counts, setCounts] = useState<QueueCounts | null>(null);
  const [oldest, setOldest] = useState<string | null>(null);
  const [storage, setStorage] = useState<StorageReport | null>(null);
  const [syncNote, setSyncNote] = useState<string | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [lastSuccessAt, setLastSuccessAt] = useState(sync?.status().lastSuccessAt ?? null);
  const [redated, setRedated] = useState(sync?.status().redated ?? null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    const refresh = () => {
      void Promise.all([queue.counts(), queue.oldestQueuedAt(), storageReport()]).then(([c, o, s]) => {
        if (!alive.current) return;
        setCounts(c);
        setOldest(o);
        setStorage(s);
      });
    };
    refresh();
    const off = queue.onChange(refresh);
    const offSync = sync?.subscribe((s) => {
      setLastSuccessAt(s.lastSuccessAt);
      setRedated(s.redated);
    });
    return () => {
      alive.current = false;
      off();
      offSync?.();
    };
  }, [queue, sync]);

  const sendNow = async () => {
    if (!sync || syncing) return;
    setSyncing(true);
    setSyncNote(null);
    const result = await sync.runOnce().catch(() => null);
    if (!alive.current) return;
    setSyncing(false);
    const problem = sync.status().problem;
    if (!result || result.outcome === 'backoff') setSyncNote(t.diagnosticsSyncFailed(problem?.message ?? t.problemNetwork));
    else setSyncNote(result.sent > 0 ? t.diagnosticsSyncDone(result.sent) : t.diagnosticsSyncNothing);
  };

  // Votes the collector refused stay held until staff act: once the set-up is put right in the
  // dashboard (a service restored, the desk's service back), they may go again from here.
  const retryHeld = async () => {
    if (!sync || syncing) return;
    setSyncing(true);
    setSyncNote(null);
    const again = await queue.retryHeld(terminalId).catch(() => 0);
    const result = await sync.runOnce().catch(() => null);
    if (!alive.current) return;
    setSyncing(false);
    if (again === 0) setSyncNote(t.diagnosticsRetryNone);
    // Only a queue sent to the end says what became of them; otherwise they wait in the queue.
    else if (result?.outcome !== 'drained') setSyncNote(t.diagnosticsRetryLater(again, sync.status().problem?.message ?? t.problemNetwork));
    else setSyncNote(t.diagnosticsRetryDone(again, result.held));
  };

  return (
    <div class="diagnostics-box" data-testid="diagnostics-panel">
      <h1 id="diagnostics-title">{t.diagnosticsTitle}</h1>
      <ul class="diagnostics-facts">
        <li data-testid="diagnostics-queue">{counts ? t.diagnosticsQueue(counts.pending + counts.open, counts.held) : '…'}</li>
        {oldest && <li>{t.diagnosticsOldest(when(Date.parse(oldest)))}</li>}
        <li data-testid="diagnostics-last-sync">{lastSuccessAt ? t.diagnosticsLastSync(when(lastSuccessAt)) : t.diagnosticsNeverSynced}</li>
        {/* What the collector said of this clock: staff at the device can put it right. */}
        {redated && (
          <li class="diagnostics-warning" data-testid="diagnostics-redated">
            {t.diagnosticsRedated(redated.count, redated.lastAt === null ? null : when(redated.lastAt))}
          </li>
        )}
        {/* The hours follow the collector's clock, so a wrong device clock no longer shows: staff are told here. */}
        {clockOffsetMs === null ? (
          <li data-testid="diagnostics-clock">{t.diagnosticsClockUnknown}</li>
        ) : (
          Math.abs(clockOffsetMs) > CLOCK_OFF_MS && (
            <li class="diagnostics-warning" data-testid="diagnostics-clock">
              {t.diagnosticsClockOff(duration(Math.abs(clockOffsetMs)), clockOffsetMs < 0)}
            </li>
          )
        )}
        <li>{t.diagnosticsOnline(online)}</li>
        <li data-testid="diagnostics-version">{t.diagnosticsVersion(APP_VERSION)}</li>
        <li>{t.diagnosticsConfig(configVersion)}</li>
        <li>{t.diagnosticsTerminal(terminalId)}</li>
        <li>{storage?.storage ? t.diagnosticsStorage(bytes(storage.storage.usage), bytes(storage.storage.quota)) : t.diagnosticsStorageUnknown}</li>
        <li>{t.diagnosticsPersisted(storage?.persisted ?? null)}</li>
      </ul>
      {syncNote && (
        <p class="pin-message" role="status" data-testid="diagnostics-sync-note">
          {syncNote}
        </p>
      )}
      {onTrial && <p class="diagnostics-note">{t.diagnosticsTrialHint}</p>}
      <div class="diagnostics-actions">
        <button type="button" class="primary" data-testid="diagnostics-sync" disabled={!sync || syncing} onClick={() => void sendNow()}>
          {syncing ? t.diagnosticsSyncing : t.diagnosticsSync}
        </button>
        {counts && counts.held > 0 && (
          <button type="button" class="secondary" data-testid="diagnostics-retry-held" disabled={!sync || syncing} onClick={() => void retryHeld()}>
            {t.diagnosticsRetryHeld(counts.held)}
          </button>
        )}
        {onTrial && (
          <button type="button" class="secondary" data-testid="diagnostics-trial" onClick={onTrial}>
            {t.diagnosticsTrial}
          </button>
        )}
        <button type="button" class="secondary" data-testid="diagnostics-repair" onClick={onRepair}>
          {t.diagnosticsRepair}
        </button>
        <button type="button" class="secondary" data-testid="diagnostics-close" onClick={onClose}>
          {t.diagnosticsClose}
        </button>
      </div>
    </div>
  );
}

/** A day and time in the office's zone (the device's own may be another), the device's when unknown. */
function whenIn(ms: number, timeZone?: string | null): string {
  return new Date(ms).toLocaleString('it-IT', { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', ...(timeZone ? { timeZone } : {}) });
}

/** «10 h 5 min», «3 giorni»: how far off a clock is, as staff would say it. */
function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes >= 2 * 24 * 60) return `${Math.round(minutes / (24 * 60)).toLocaleString('it-IT')} giorni`;
  if (minutes >= 60) return minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return `${minutes} min`;
}

function bytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toLocaleString('it-IT', { maximumFractionDigits: 1 })} GB`;
  if (n >= 1e6) return `${(n / 1e6).toLocaleString('it-IT', { maximumFractionDigits: 1 })} MB`;
  return `${Math.round(n / 1e3).toLocaleString('it-IT')} kB`;
}
