// The terminal's root: picks the screen for where the terminal stands (unconfigured, waiting, voting) and wires sync and socket.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TerminalLink, TerminalLinkOptions } from './net/socket';
import type { VoteSync } from './net/sync';
import { NoServices, TerminalUnknown, Unconfigured, WaitingForLink } from './screens/unconfigured';
import { StatusCorner } from './status-corner';
import type { TerminalDb } from './store/vote-db';
import type { VoteQueue } from './store/vote-queue';
import { useTerminalConfig, type ConfigRetry } from './use-terminal-config';
import { Voting } from './voting';

/** An open vote older than this has lost its screen (another tab, a failed write): make it sendable. */
const STALE_OPEN_MS = 10 * 60_000;

export interface AppProps {
  db: TerminalDb;
  queue: VoteQueue;
  terminalId: string | null;
  fetch?: typeof fetch;
  /** The sync loop; the app starts and stops it. Omitted in screen tests. */
  sync?: VoteSync | null;
  /** Opens the socket link; omitted in screen tests. */
  connect?: ((options: TerminalLinkOptions) => TerminalLink) | null;
  /** Told when the start screen shows, so an app update can reload between citizens. */
  onAtStart?: (atStart: boolean) => void;
  configRetry?: ConfigRetry;
}

export function App(props: AppProps) {
  const { terminalId, sync, queue } = props;
  const [connected, setConnected] = useState(false);
  const [configVersion, setConfigVersion] = useState<string | null>(null);

  // Runs even without a terminal id: votes carry their terminal, so old ones can still be delivered.
  useEffect(() => {
    if (!sync) return undefined;
    sync.start();
    sync.trigger('boot');
    return () => sync.stop();
  }, [sync]);

  return (
    <div class="terminal">
      {terminalId ? (
        <Configured {...props} terminalId={terminalId} onConnection={setConnected} onConfigVersion={setConfigVersion} />
      ) : (
        <Unconfigured />
      )}
      <StatusCorner queue={queue} sync={sync} connected={connected} terminalId={terminalId} configVersion={configVersion} />
    </div>
  );
}

const globalFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

interface ConfiguredProps extends AppProps {
  terminalId: string;
  onConnection: (connected: boolean) => void;
  onConfigVersion: (version: string | null) => void;
}

function Configured(props: ConfiguredProps) {
  const { db, queue, terminalId, fetch = globalFetch, sync, connect, onAtStart, configRetry, onConnection, onConfigVersion } = props;
  const { state, refetch, setAtStart } = useTerminalConfig(db, terminalId, fetch, configRetry);
  const version = useRef<string | null>(null);
  version.current = state.kind === 'ready' ? state.config.version : null;
  useEffect(() => onConfigVersion(version.current), [version.current]);

  useEffect(() => {
    if (!connect) return undefined;
    const link = connect({
      terminalId,
      configVersion: () => version.current,
      onConfigStale: refetch,
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
    return () => link.close();
  }, [connect, terminalId, sync, refetch]);

  const atStart = useCallback(
    (value: boolean) => {
      setAtStart(value);
      onAtStart?.(value);
      if (value) queue.recoverOpen(STALE_OPEN_MS).catch(() => undefined);
    },
    [setAtStart, onAtStart, queue],
  );
  const voted = useCallback(() => sync?.trigger('vote'), [sync]);

  if (state.kind === 'loading') return <main class="screen" aria-busy="true" />;
  if (state.kind === 'waiting') return <WaitingForLink terminalId={terminalId} />;
  if (state.kind === 'unknown') return <TerminalUnknown terminalId={terminalId} />;
  if (state.config.services.length === 0) return <NoServices />;
  return <Voting config={state.config} terminalId={terminalId} queue={queue} onVoted={voted} onAtStart={atStart} />;
}
