// The terminal's root: pairing first (or again, when the collector refuses the token), then configuration and voting; wires sync and socket.
import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useEnrolment, type Credentials } from './enrolment/use-enrolment';
import type { TerminalLink, TerminalLinkOptions } from './net/socket';
import type { VoteSync } from './net/sync';
import { Pairing } from './screens/pairing';
import { Enrolling, NoServices, TerminalUnknown, WaitingForLink } from './screens/unconfigured';
import { StatusCorner } from './status-corner';
import type { TerminalDb } from './store/vote-db';
import type { VoteQueue } from './store/vote-queue';
import { useTerminalConfig, type ConfigRetry } from './use-terminal-config';
import { Voting } from './voting';
import type { DiagnosticsProps } from './diagnostics/diagnostics';
import { useStaffGesture } from './diagnostics/use-staff-gesture';
import { useOfficeOpen, useWakeLock } from './kiosk/use-office-open';
import { collectHeartbeat } from './net/heartbeat';
import { OfficeClosed } from './screens/office-closed';
import { createCollectorClock, learningFetch, type CollectorClock } from './net/collector-clock';
import type { TrialProps } from './trial/trial';

/**
 * An open vote older than this has lost its screen (a crash, another tab, a failed write): make it
 * sendable. Longer than any reasons screen stays open (20 s, 30 s at most untouched), so another
 * tab's vote in progress is never taken from it.
 */
export const STALE_OPEN_MS = 2 * 60_000;
/** A vote (or a delivery) changes the queue: the collector hears about it this long after, in one beat. */
const QUEUE_BEAT_DELAY_MS = 3_000;

export interface AppProps {
  db: TerminalDb;
  queue: VoteQueue;
  /** The code of ?pair=, already taken out of the address. */
  pairCode?: string | null;
  fetch?: typeof fetch;
  /** The sync loop; the app starts and stops it and hands it the token. Omitted in screen tests. */
  sync?: VoteSync | null;
  /** Opens the socket link; omitted in screen tests. */
  connect?: ((options: TerminalLinkOptions) => TerminalLink) | null;
  /** Told when the start screen shows, so an app update can reload between citizens. */
  onAtStart?: (atStart: boolean) => void;
  configRetry?: ConfigRetry;
  /** The collector's clock, with the offset an earlier run learnt (main.tsx); the device's own in screen tests. */
  clock?: CollectorClock;
}

const globalFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

export function App(props: AppProps) {
  const { db, queue, sync, pairCode } = props;
  const clock = useMemo(() => props.clock ?? createCollectorClock(), [props.clock]);
  // Every answer of the collector (pairing, configuration) tells its time: a freshly paired terminal knows it at once.
  const fetch = useMemo(() => learningFetch(clock, props.fetch ?? globalFetch), [clock, props.fetch]);
  const [connected, setConnected] = useState(false);
  const [configVersion, setConfigVersion] = useState<string | null>(null);
  const [officeZone, setOfficeZone] = useState<string | null>(null);
  const enrolment = useEnrolment({ db, queue, fetch, pairCode });
  const { state, refused } = enrolment;
  const credentials = state.kind === 'enrolled' ? state : null;

  // Started whatever the enrolment: without a token it sends nothing, but the corner still shows what waits.
  useEffect(() => {
    if (!sync) return undefined;
    sync.start();
    sync.trigger('boot');
    return () => sync.stop();
  }, [sync]);

  useEffect(() => {
    sync?.setCredentials(credentials ? { terminalId: credentials.terminalId, token: credentials.token } : null);
  }, [sync, credentials?.terminalId, credentials?.token]);

  useEffect(() => (sync ? sync.onRefused(refused) : undefined), [sync, refused]);

  useEffect(() => {
    if (!credentials) {
      setConnected(false);
      setConfigVersion(null);
    }
  }, [credentials?.token]);

  const terminalId = credentials?.terminalId ?? (state.kind === 'pairing' ? (state.refused ?? state.current?.terminalId ?? null) : null);

  return (
    <div class="terminal">
      {state.kind === 'loading' && <main class="screen" aria-busy="true" />}
      {state.kind === 'enrolling' && <Enrolling />}
      {state.kind === 'pairing' && (
        <Pairing
          // Kept across failures, so what staff typed stays in the field; a newly refused terminal starts afresh.
          key={state.refused ?? ''}
          refused={state.refused}
          cancelTo={state.current?.terminalId ?? null}
          error={state.error}
          code={state.code}
          busy={state.busy}
          onSubmit={(code) => void enrolment.submit(code)}
          onCancel={enrolment.cancel}
        />
      )}
      {credentials && (
        <Configured
          {...props}
          // A new token is a new terminal as far as the screens know: start them afresh.
          key={credentials.token}
          credentials={credentials}
          fetch={fetch}
          clock={clock}
          onNotEnrolled={() => refused(credentials.token)}
          onRepair={enrolment.repair}
          online={connected}
          onConnection={setConnected}
          onConfigVersion={setConfigVersion}
          onOfficeZone={setOfficeZone}
        />
      )}
      <StatusCorner queue={queue} sync={sync} connected={connected} terminalId={terminalId} configVersion={configVersion} timeZone={officeZone} />
    </div>
  );
}

interface ConfiguredProps extends AppProps {
  credentials: Credentials;
  clock: CollectorClock;
  fetch: typeof fetch;
  onNotEnrolled: () => void;
  /** Staff chose "pair again" in the diagnostics. */
  onRepair: () => void;
  online: boolean;
  onConnection: (connected: boolean) => void;
  onConfigVersion: (version: string | null) => void;
  /** The office's time zone once the configuration is known: staff times are shown in it. */
  onOfficeZone?: (timeZone: string | null) => void;
}

function Configured(props: ConfiguredProps) {
  const { db, queue, credentials, fetch, clock, sync, connect, onAtStart, configRetry, onNotEnrolled, onConnection, onConfigVersion, onOfficeZone, onRepair, online } = props;
  const { terminalId, token } = credentials;
  const { state, refetch, setAtStart } = useTerminalConfig({ db, terminalId, token, fetch, onNotEnrolled, retry: configRetry });
  const version = useRef<string | null>(null);
  version.current = state.kind === 'ready' ? state.config.version : null;
  useEffect(() => onConfigVersion(version.current), [version.current]);
  const notEnrolled = useRef(onNotEnrolled);
  notEnrolled.current = onNotEnrolled;
  const [atStartNow, setAtStartNow] = useState(true);
  const [diagnostics, setDiagnostics] = useState(false);
  // Staff trying the screens (trial/trial.tsx): nothing they tap is recorded.
  const [trial, setTrial] = useState(false);
  const office = state.kind === 'ready' ? state.config.office : null;
  useEffect(() => onOfficeZone?.(office?.timeZone ?? null), [office?.timeZone]);
  const open = useOfficeOpen(office, clock);
  // Awake while the office is open (and a little after closing); outside, the device may sleep.
  useWakeLock(state.kind === 'ready' && open);
  // The diagnostics' code arrives with the gesture, not with the page: citizens never need it.
  const [DiagnosticsView, setDiagnosticsView] = useState<((p: DiagnosticsProps) => JSX.Element) | null>(null);
  // The trial's too, loaded with them: the diagnostics offer it once it is there.
  const [TrialView, setTrialView] = useState<((p: TrialProps) => JSX.Element) | null>(null);
  useStaffGesture(() => {
    setDiagnostics(true);
    import('./diagnostics/diagnostics')
      .then((m) => setDiagnosticsView(() => m.Diagnostics))
      .catch((e: unknown) => console.error('gradimento: diagnostics not loaded', e));
    import('./trial/trial')
      .then((m) => setTrialView(() => m.Trial))
      .catch((e: unknown) => console.error('gradimento: trial not loaded', e));
  });

  // The live link once the first screen is decided (faces, or why there are none): its handshake
  // must not compete with reading the configuration and drawing the faces.
  const firstScreen = state.kind !== 'loading';
  useEffect(() => {
    if (!connect || !firstScreen) return undefined;
    const link = connect({
      terminalId,
      token,
      configVersion: () => version.current,
      onConfigStale: refetch,
      onNotEnrolled: () => notEnrolled.current(),
      heartbeat: () => collectHeartbeat(queue, sync),
      onCollectorTime: clock.learn,
      onConnection: (up, lost) => {
        onConnection(up);
        if (up) {
          sync?.setReachable(true);
          sync?.trigger('connect');
        } else if (lost) {
          sync?.setReachable(false);
        }
      },
    });
    // A changed queue is worth telling at once (a few seconds later, so a busy minute sends one beat).
    let soon: ReturnType<typeof setTimeout> | null = null;
    const off = queue.onChange(() => {
      if (soon === null) soon = setTimeout(() => ((soon = null), link.beat?.()), QUEUE_BEAT_DELAY_MS);
    });
    return () => {
      off();
      if (soon !== null) clearTimeout(soon);
      link.close();
    };
  }, [connect, firstScreen, terminalId, token, sync, refetch, queue, clock]);

  // Staff at the diagnostics or trying the screens are not a quiet start screen: a new version must
  // not reload the page under the PIN pad, the panel or a trial (sw-register.ts), whatever the voting screen behind says.
  const staffAtWork = useRef(false);
  staffAtWork.current = diagnostics || trial;
  const atStartValue = useRef(true);
  const atStart = useCallback(
    (value: boolean) => {
      setAtStart(value);
      setAtStartNow(value);
      atStartValue.current = value;
      onAtStart?.(value && !staffAtWork.current);
      if (value) queue.recoverOpen(STALE_OPEN_MS).catch(() => undefined);
    },
    [setAtStart, onAtStart, queue],
  );
  useEffect(() => onAtStart?.(atStartValue.current && !diagnostics && !trial), [diagnostics, trial, onAtStart]);
  // Live while staff look: the collector's next answer (a heartbeat, a sync) may learn or move the
  // offset, or a jump of the device's clock drop it; the panel reads it again at each change.
  const [, setClockChanges] = useState(0);
  useEffect(() => (diagnostics ? clock.onChange(() => setClockChanges((n) => n + 1)) : undefined), [diagnostics, clock]);
  const voted = useCallback(() => sync?.trigger('vote'), [sync]);

  return (
    <>
      {screen()}
      {diagnostics && DiagnosticsView && (
        <DiagnosticsView
          staffPin={state.kind === 'ready' ? state.config.terminal.staffPin : null}
          queue={queue}
          sync={sync}
          online={online}
          terminalId={terminalId}
          configVersion={version.current ?? '-'}
          timeZone={office?.timeZone ?? null}
          clockOffsetMs={clock.offsetMs()}
          onRepair={() => {
            setDiagnostics(false);
            setTrial(false);
            onRepair();
          }}
          // Only with screens to try: a configuration with services.
          onTrial={
            TrialView && state.kind === 'ready' && state.config.services.length > 0
              ? () => {
                  setDiagnostics(false);
                  setTrial(true);
                }
              : undefined
          }
          onClose={() => setDiagnostics(false)}
        />
      )}
    </>
  );

  function screen() {
    if (state.kind === 'loading') return <main class="screen" aria-busy="true" />;
    if (state.kind === 'waiting') return <WaitingForLink terminalId={terminalId} />;
    if (state.kind === 'unknown') return <TerminalUnknown terminalId={terminalId} />;
    if (state.config.services.length === 0) return <NoServices />;
    // Open or closed, a trial shows the faces; ended, the terminal is back to what the hours say.
    if (trial && TrialView) return <TrialView config={state.config} terminalId={terminalId} onEnd={() => setTrial(false)} />;
    // Closed only between citizens: someone mid-vote at closing time finishes their vote.
    if (!open && atStartNow) return <OfficeClosed calendar={office} now={clock.now} />;
    return <Voting config={state.config} terminalId={terminalId} queue={queue} onVoted={voted} onAtStart={atStart} />;
  }
}
