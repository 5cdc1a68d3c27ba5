// The sync loop: delivers queued votes oldest first, one run at a time, backing off while the collector is away.
import { t } from '../../ui/i18n';
import type { Credentials } from '../enrolment/enrolment-store';
import type { VoteQueue } from '../store/vote-queue';
import { postVotes, votesNamedIn, type PostAnswer } from './post-votes';

/**
 * Votes per request. The contract allows 500 (MAX_VOTES_PER_BATCH), but vote.ts brings TypeBox
 * into the bundle; 100 keeps each request small on a weak office link anyway.
 */
export const DEFAULT_BATCH_SIZE = 100;
export const SYNC_LOCK_NAME = 'gradimento-sync';

export type SyncTrigger = 'boot' | 'vote' | 'online' | 'connect' | 'timer' | 'retry' | 'manual' | 'enrolled';

export interface SyncProblem {
  code: 'network' | 'server' | 'bad-answer' | 'rate-limited' | 'terminal-unknown' | 'rejected' | 'storage' | 'not-enrolled' | 'not-paired' | string;
  /** For staff, in the interface language. */
  message: string;
  status?: number;
  at: number;
}

export interface SyncStatus {
  running: boolean;
  /** Last answer from the collector: true if it answered, false if unreachable, null before any try. */
  reachable: boolean | null;
  lastSuccessAt: number | null;
  problem: SyncProblem | null;
  nextAttemptAt: number | null;
  batchSize: number;
  /**
   * Votes the collector re-dated to their arrival since this page started (the terminal's clock is wrong),
   * and when the last arrived by the collector's clock: this clock's own time would repeat its error.
   */
  redated: { count: number; lastAt: number | null } | null;
}

export interface SyncResult {
  sent: number;
  held: number;
  /**
   * drained: nothing pending left; backoff: stopped until nextAttemptAt; busy: another tab is sending;
   * paused: no usable device token (never paired, or refused): nothing is sent until setCredentials.
   */
  outcome: 'drained' | 'backoff' | 'busy' | 'paused';
}

export interface SyncOptions {
  queue: VoteQueue;
  /** The enrolment to send with; without one the loop keeps every vote and sends nothing. */
  credentials?: Credentials | null;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  batchSize?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** For problems only staff can fix (unknown terminal): retry rarely. */
  longDelayMs?: number;
  periodicMs?: number;
  requestTimeoutMs?: number;
  /** Web Locks, so two tabs never send at once; null turns them off; default navigator.locks. */
  locks?: LockManager | null;
  lockName?: string;
}

/** The sync loop's handle. */
export interface VoteSync {
  /** Arms the periodic fallback and the 'online' listener. Retries are scheduled only while started. */
  start(): void;
  stop(): void;
  /**
   * Asks for a run. A sign that the network is back (online, socket connect, boot, staff) runs at
   * once; a new vote or the periodic timer waits out a running backoff, so a failing collector is not hammered.
   */
  trigger(reason: SyncTrigger): void;
  /** Sends everything pending now, ignoring any backoff; joins the run in progress if there is one. */
  runOnce(): Promise<SyncResult>;
  status(): SyncStatus;
  subscribe(listener: (s: SyncStatus) => void): () => void;
  /** Lets the socket report what it knows about reachability. */
  setReachable(reachable: boolean): void;
  /** A new enrolment sends at once; null stops sending (every vote stays queued). */
  setCredentials(credentials: Credentials | null): void;
  /** Told with the token the collector refused (401 terminal_not_enrolled); sending has already stopped. */
  onRefused(listener: (token: string) => void): () => void;
}

// A closure rather than a class for the same reason as createVoteQueue (no class-field helper in the bundle).
export function createVoteSync(options: SyncOptions): VoteSync {
  const { queue } = options;
  // Through globalThis: window.fetch called as a method of another object throws "Illegal invocation".
  const fetchFn: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const baseDelayMs = options.baseDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const longDelayMs = options.longDelayMs ?? 5 * 60_000;
  const periodicMs = options.periodicMs ?? 30_000;
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const locks = options.locks !== undefined ? options.locks : (globalThis.navigator?.locks ?? null);
  const lockName = options.lockName ?? SYNC_LOCK_NAME;
  const listeners = new Set<(s: SyncStatus) => void>();
  const refusedListeners = new Set<(token: string) => void>();
  let credentials: Credentials | null = options.credentials ?? null;
  let state: SyncStatus = {
    running: false,
    reachable: null,
    lastSuccessAt: null,
    problem: null,
    nextAttemptAt: null,
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    redated: null,
  };
  let attempt = 0;
  let current: Promise<SyncResult> | null = null;
  let again = false;
  let started = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let periodicTimer: ReturnType<typeof setInterval> | null = null;

  const update = (patch: Partial<SyncStatus>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };

  const armRetry = (delay: number) => {
    if (!started) return;
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      update({ nextAttemptAt: null });
      trigger('retry');
    }, delay);
  };

  const clearRetry = () => {
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
    if (state.nextAttemptAt !== null) update({ nextAttemptAt: null });
  };

  /** Exponential with jitter (half fixed, half random) from base to cap; long for what staff must fix. */
  const backoff = (
    done: { sent: number; held: number },
    problem: Omit<SyncProblem, 'at'>,
    reachable: boolean,
    long = false,
    retryAfterMs?: number,
  ): SyncResult => {
    let delay: number;
    if (long) {
      delay = longDelayMs * (0.75 + random() * 0.5);
    } else {
      const exp = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
      attempt++;
      delay = exp / 2 + (random() * exp) / 2;
    }
    if (retryAfterMs !== undefined) delay = Math.max(delay, Math.min(retryAfterMs, longDelayMs));
    const at = now();
    update({ reachable, problem: { ...problem, at }, nextAttemptAt: at + delay });
    armRetry(delay);
    return { ...done, outcome: 'backoff' };
  };

  const drain = async (): Promise<SyncResult> => {
    let sent = 0;
    let held = 0;
    update({ running: true });
    try {
      for (;;) {
        const using = credentials;
        if (!using) {
          // Sending without a token would only earn 401s: keep everything, staff pair the terminal.
          if (state.problem?.code !== 'not-enrolled') update({ problem: { code: 'not-paired', message: t.problemNotPaired, at: now() } });
          update({ nextAttemptAt: null });
          return { sent, held, outcome: 'paused' };
        }
        const batch = await queue.takeBatch(state.batchSize);
        if (!batch) {
          update({ nextAttemptAt: null });
          return { sent, held, outcome: 'drained' };
        }
        if (batch.terminalId !== using.terminalId) {
          // Collected as another terminal (before a pairing as this one): this token must not send them.
          const n = await queue.holdOtherTerminals(using.terminalId, (collectedAs) => t.heldOtherTerminal(collectedAs, using.terminalId));
          if (n === 0) return backoff({ sent, held }, { code: 'storage', message: t.problemStorage }, state.reachable ?? false);
          held += n;
          continue;
        }
        const answer: PostAnswer = await postVotes(batch, { fetch: fetchFn, token: using.token, timeoutMs: requestTimeoutMs });
        // Every branch that loops has made progress (acked, held or shrunk the batch), so the loop ends.
        if (answer.kind === 'stored') {
          const n = await queue.acknowledge(answer.ids);
          let conflicting = 0;
          for (const [id, reason] of answer.conflicts) if (await queue.hold(id, reason, 'vote_conflict')) conflicting++;
          if (n === 0 && conflicting === 0) return backoff({ sent, held }, { code: 'bad-answer', message: t.problemBadAnswer }, true);
          sent += n;
          held += conflicting;
          attempt = 0;
          update({ reachable: true, lastSuccessAt: now(), problem: null, ...(answer.redated > 0 ? { redated: { count: (state.redated?.count ?? 0) + answer.redated, lastAt: answer.redatedAt ?? state.redated?.lastAt ?? null } } : {}) });
        } else if (answer.kind === 'invalid') {
          const named = votesNamedIn(answer.problems, batch.votes, answer.code);
          let n = 0;
          for (const [id, reason] of named) if (await queue.hold(id, reason, answer.code)) n++;
          if (n === 0) {
            // Refused without naming a vote: resending would fail the same way, so wait for staff.
            return backoff({ sent, held }, { code: 'rejected', message: t.problemRejected(answer.message), status: 400 }, true, true);
          }
          held += n;
          update({ reachable: true });
        } else if (answer.kind === 'too-large') {
          const [only] = batch.votes;
          if (batch.votes.length === 1 && only) {
            // One vote too large will never pass: set it aside rather than retry forever.
            if (await queue.hold(only.id, t.heldTooLarge, 'body_too_large')) held++;
          } else {
            update({ batchSize: Math.max(1, Math.floor(batch.votes.length / 2)) });
          }
        } else if (answer.kind === 'not-enrolled') {
          // Revoked or unknown: stop at once and keep every vote; a new pairing brings a new token.
          if (credentials?.token === using.token) credentials = null;
          attempt = 0;
          update({ reachable: true, nextAttemptAt: null, problem: { code: 'not-enrolled', message: t.problemNotEnrolled, status: 401, at: now() } });
          for (const listener of refusedListeners) listener(using.token);
          return { sent, held, outcome: 'paused' };
        } else if (answer.kind === 'stuck') {
          const unknown = answer.code === 'terminal_unknown';
          const message = unknown ? t.problemTerminalUnknown : `${t.problemServer(answer.status)}: ${answer.message}`;
          return backoff({ sent, held }, { code: unknown ? 'terminal-unknown' : answer.code, message, status: answer.status }, true, true);
        } else {
          const message =
            answer.reason === 'network' ? t.problemNetwork
            : answer.reason === 'bad-answer' ? t.problemBadAnswer
            : t.problemServer(answer.status ?? 0);
          const problem = { code: answer.reason, message, status: answer.status };
          return backoff({ sent, held }, problem, answer.reason !== 'network', false, answer.retryAfterMs);
        }
      }
    } catch {
      // IndexedDB failed (quota, a closing connection): nothing was lost, try again later.
      return backoff({ sent, held }, { code: 'storage', message: t.problemStorage }, state.reachable ?? false);
    } finally {
      update({ running: false });
    }
  };

  const withLock = async (fn: () => Promise<SyncResult>): Promise<SyncResult> => {
    if (!locks) return fn();
    return locks.request(lockName, { ifAvailable: true }, (lock) =>
      lock ? fn() : ({ sent: 0, held: 0, outcome: 'busy' } as const),
    );
  };

  const runOnce = (): Promise<SyncResult> => {
    if (current) {
      again = true;
      return current;
    }
    clearRetry();
    const run = withLock(drain).finally(() => {
      current = null;
      const rerun = again && state.nextAttemptAt === null;
      again = false;
      if (rerun) void runOnce().catch(() => undefined);
    });
    current = run;
    return run;
  };

  const trigger = (reason: SyncTrigger) => {
    const urgent = reason === 'online' || reason === 'connect' || reason === 'boot' || reason === 'manual' || reason === 'enrolled';
    const waiting = state.nextAttemptAt !== null && now() < state.nextAttemptAt;
    if (waiting && !urgent) return;
    void runOnce().catch(() => undefined);
  };

  const setReachable = (reachable: boolean) => {
    if (state.reachable !== reachable) update({ reachable });
  };
  const onOnline = () => trigger('online');
  const onOffline = () => setReachable(false);

  return {
    start() {
      if (started) return;
      started = true;
      periodicTimer = setInterval(() => trigger('timer'), periodicMs);
      window.addEventListener('online', onOnline);
      window.addEventListener('offline', onOffline);
      if (state.nextAttemptAt !== null) armRetry(Math.max(0, state.nextAttemptAt - now()));
    },
    stop() {
      started = false;
      if (periodicTimer !== null) clearInterval(periodicTimer);
      if (retryTimer !== null) clearTimeout(retryTimer);
      periodicTimer = retryTimer = null;
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    },
    trigger,
    runOnce,
    status: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setReachable,
    setCredentials(next) {
      if (next?.token === credentials?.token && next?.terminalId === credentials?.terminalId) return;
      credentials = next;
      if (!next) return;
      attempt = 0;
      clearRetry();
      if (state.problem?.code === 'not-enrolled' || state.problem?.code === 'not-paired') update({ problem: null });
      trigger('enrolled');
    },
    onRefused(listener) {
      refusedListeners.add(listener);
      return () => refusedListeners.delete(listener);
    },
  };
}
