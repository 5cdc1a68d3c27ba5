// What the page and the live link's worker (live-worker.ts) say to each other: one definition for both ends.
import type { VotesStoredEvent } from '../../server/contract/events';

export type LiveStatus = 'connecting' | 'live' | 'offline';

/** The page to the worker: watch this office (undefined: none), or stop. */
export type ToLiveWorker = { kind: 'watch'; officeId: string | undefined } | { kind: 'close' };

/** The worker to the page: the link's state, votes stored for the office watched, or a session gone. */
export type FromLiveWorker = { kind: 'status'; status: LiveStatus } | { kind: 'votes'; event: VotesStoredEvent } | { kind: 'signed-out' };
