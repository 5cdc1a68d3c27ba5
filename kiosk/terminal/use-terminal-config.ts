// Keeps the terminal's configuration current: the cached copy at once, the collector's when it answers, applied only at the start screen.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TerminalConfig } from '../../server/contract/terminal-config';
import { fetchConfig, readCachedConfig, saveConfig } from './config-cache';
import type { TerminalDb } from './store/vote-db';

export type ConfigState =
  | { kind: 'loading' }
  /** No configuration ever received and the collector is out of reach. */
  | { kind: 'waiting' }
  /** The collector does not know this terminal and nothing is cached. */
  | { kind: 'unknown' }
  | { kind: 'ready'; config: TerminalConfig; unknown: boolean };

export interface UseTerminalConfig {
  state: ConfigState;
  /** Fetch again (the socket saw a new version). */
  refetch: () => void;
  /** The voting flow says whether its start screen is up; a new configuration waits for it. */
  setAtStart: (atStart: boolean) => void;
}

export interface ConfigRetry {
  firstMs: number;
  maxMs: number;
}

const DEFAULT_RETRY: ConfigRetry = { firstMs: 2_000, maxMs: 60_000 };

export interface TerminalConfigOptions {
  db: TerminalDb;
  terminalId: string;
  token: string;
  fetch: typeof fetch;
  /** The collector refused the token: the app asks staff to pair again. */
  onNotEnrolled: () => void;
  retry?: ConfigRetry;
}

export function useTerminalConfig({ db, terminalId, token, fetch: fetchFn, onNotEnrolled, retry = DEFAULT_RETRY }: TerminalConfigOptions): UseTerminalConfig {
  const [state, setState] = useState<ConfigState>({ kind: 'loading' });
  const current = useRef<TerminalConfig | null>(null);
  const pending = useRef<TerminalConfig | null>(null);
  const atStart = useRef(true);
  const unknown = useRef(false);
  const load = useRef<() => Promise<void>>(async () => undefined);
  const refused = useRef(onNotEnrolled);
  refused.current = onNotEnrolled;

  const show = useCallback((config: TerminalConfig) => {
    current.current = config;
    pending.current = null;
    setState({ kind: 'ready', config, unknown: unknown.current });
  }, []);

  const offer = useCallback(
    (config: TerminalConfig) => {
      // Swapping services under a citizen's finger would file their vote wrongly: wait for the start screen.
      if (!current.current || atStart.current) show(config);
      else pending.current = config;
    },
    [show],
  );

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let delay = retry.firstMs;
    const again = () => {
      if (cancelled || current.current) return; // with a configuration, the socket's terminal:config says when to refetch
      timer = setTimeout(() => void load.current(), delay);
      delay = Math.min(retry.maxMs, delay * 2);
    };
    load.current = async () => {
      const answer = await fetchConfig(terminalId, token, fetchFn);
      if (cancelled) return;
      if (answer.kind === 'not-enrolled') {
        // No retry: this token will not work again. The cached copy stays for a pairing as the same terminal.
        refused.current();
        return;
      }
      if (answer.kind === 'ok') {
        unknown.current = false;
        await saveConfig(db, terminalId, answer.config).catch((e) => console.error('gradimento: config not cached', e));
        if (!cancelled) offer(answer.config);
        return;
      }
      if (answer.kind === 'unknown') {
        unknown.current = true;
        if (current.current) setState({ kind: 'ready', config: current.current, unknown: true });
        else setState({ kind: 'unknown' });
      } else if (!current.current) {
        setState({ kind: 'waiting' });
      }
      again();
    };
    void (async () => {
      const cached = await readCachedConfig(db, terminalId).catch(() => null);
      if (cancelled) return;
      if (cached) show(cached);
      await load.current();
    })();
    return () => {
      cancelled = true;
      if (timer !== null) clearTimeout(timer);
    };
  }, [db, terminalId, token, fetchFn]);

  const refetch = useCallback(() => void load.current(), []);
  const setAtStart = useCallback(
    (value: boolean) => {
      atStart.current = value;
      if (value && pending.current) show(pending.current);
    },
    [show],
  );
  return { state, refetch, setAtStart };
}
