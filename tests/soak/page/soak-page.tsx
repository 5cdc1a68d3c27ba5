// The page the queue soak drives in Chromium: the terminal's own queue, sync loop and status corner (which counts the queue after every change), with IndexedDB requests tallied.
import { render } from 'preact';
import { StatusCorner } from '../../../kiosk/terminal/status-corner';
import { createVoteSync } from '../../../kiosk/terminal/net/sync';
import { openVoteDb } from '../../../kiosk/terminal/store/vote-db';
import { createVoteQueue } from '../../../kiosk/terminal/store/vote-queue';
import { countIdbRequests, type IdbTally } from './idb-tally';

export interface SoakStep {
  /** Votes handled by the end of this step (a multiple of the step's size). */
  votes: number;
  ms: number;
  /** IndexedDB requests the page made during the step, by method. */
  requests: IdbTally;
}

export interface SoakApi {
  /** Casts n votes one after the other as taps do (queue.record), timing every `step` of them. */
  enqueue(n: number, step: number, serviceId: string): Promise<SoakStep[]>;
  /** Runs the terminal's sync loop until the queue is empty, timing every `step` votes acknowledged. */
  drain(step: number): Promise<{ steps: SoakStep[]; outcome: string; sent: number; requests: number }>;
  counts(): Promise<{ open: number; pending: number; held: number }>;
  /** What the status corner shows as waiting, once its refresh has caught up. */
  waitingShown(): number;
}

declare global {
  interface Window {
    soak?: SoakApi;
    soakError?: string;
  }
}

const params = new URLSearchParams(location.search);
const terminalId = params.get('terminal') ?? '';
const token = params.get('token') ?? '';
const tally = countIdbRequests();

async function boot(): Promise<void> {
  const db = await openVoteDb(`gradimento-soak-${terminalId}`);
  const queue = createVoteQueue(db);
  let requests = 0;
  /** Told how many votes the sync loop's acknowledgement deleted. */
  let onAcknowledged: (n: number) => void = () => undefined;
  // The same queue, seen by the sync loop with its deletions counted: acknowledged votes are the delivered ones.
  const watched = {
    ...queue,
    async acknowledge(ids: Iterable<string>) {
      const n = await queue.acknowledge(ids);
      onAcknowledged(n);
      return n;
    },
  };
  const sync = createVoteSync({
    queue: watched,
    credentials: { terminalId, token },
    // One page: no other tab to keep out.
    locks: null,
    fetch: async (input, init) => {
      requests++;
      return fetch(input, init);
    },
  });
  render(<StatusCorner queue={queue} sync={sync} connected terminalId={terminalId} />, document.getElementById('app')!);

  const stepper = (size: number) => {
    const steps: SoakStep[] = [];
    let start = performance.now();
    let mark = tally.snapshot();
    return {
      steps,
      at(done: number) {
        while (done >= (steps.length + 1) * size) {
          const t = performance.now();
          const now = tally.snapshot();
          steps.push({ votes: (steps.length + 1) * size, ms: t - start, requests: tally.diff(mark, now) });
          // Progress for whoever watches the run (the soak prints lines that start so).
          console.info(`soak: ${steps.length * size} votes, ${Math.round(t - start)} ms for the last ${size}`);
          start = t;
          mark = now;
        }
      },
    };
  };

  window.soak = {
    async enqueue(n, step, serviceId) {
      const s = stepper(step);
      for (let i = 1; i <= n; i++) {
        await queue.record({ terminalId, serviceId, face: i % 5 === 4 ? 'sufficiente' : 'positivo', scale: 3 });
        s.at(i);
      }
      return s.steps;
    },
    async drain(step) {
      const s = stepper(step);
      let delivered = 0;
      const before = requests;
      onAcknowledged = (n) => s.at((delivered += n));
      try {
        const result = await sync.runOnce();
        return { steps: s.steps, outcome: result.outcome, sent: result.sent, requests: requests - before };
      } finally {
        onAcknowledged = () => undefined;
      }
    },
    counts: () => queue.counts(),
    waitingShown: () => Number(document.querySelector('[data-testid="status-waiting"]')?.getAttribute('data-count') ?? Number.NaN),
  };
}

boot().catch((e: unknown) => {
  window.soakError = String(e instanceof Error ? (e.stack ?? e.message) : e);
});
