// The vote queue: votes go in at the face tap, leave oldest first in batches, and are deleted only once acknowledged.
import { asksForReasons, type FaceId, type ScaleSize } from '../../../server/contract/scale';
import type { FollowUp, Vote } from '../../../server/contract/vote';
import type { StoredVote, TerminalDb, VoteState } from './vote-db';

/** What the terminal knows at the face tap. */
export interface VoteDraft {
  terminalId: string;
  serviceId: string;
  face: FaceId;
  /** The scale on screen: the same face means more or less on three faces than on five. */
  scale: ScaleSize;
}

/** How the reasons question ended. */
export interface VoteOutcome {
  reasons: string[];
  followUp: Exclude<FollowUp, 'not-asked'>;
}

export interface QueueCounts {
  open: number;
  pending: number;
  held: number;
}

export interface HeldVote {
  id: string;
  reason: string;
  heldAt: string;
  castAt: string;
}

/** Votes of one terminal, oldest first, in their wire form. */
export interface VoteBatchDraft {
  terminalId: string;
  votes: Vote[];
}

/** Asks the browser to commit a transaction now, where it can (IDBTransaction.commit: Chromium 76, Safari 15, Firefox 74). */
function commitNow(tx: { commit?: () => void }): void {
  if (typeof tx.commit === 'function') tx.commit();
}

/** heldCode of the votes held because the device is now enrolled as another terminal. */
export const OTHER_TERMINAL = 'other-terminal';

export interface VoteQueueOptions {
  now?: () => Date;
  newId?: () => string;
}

/**
 * What the voting screens ask of a queue: the real one below, or a trial's that keeps nothing
 * (trial/trial-queue.ts). Each answers as VoteQueue's method of the same name.
 */
export interface VoteRecorder {
  open(draft: VoteDraft): Promise<{ id: string }>;
  record(draft: VoteDraft): Promise<{ id: string }>;
  finalise(id: string, outcome: VoteOutcome): Promise<boolean>;
  changeFace(id: string, face: FaceId): Promise<'open' | 'final' | null>;
  discardOpen(id: string): Promise<boolean>;
}

/** The queue's operations; every method is one IndexedDB transaction. */
export interface VoteQueue {
  readonly db: TerminalDb;
  /** Writes the vote at the face tap, not yet sendable: a crash during the reasons question must not lose it. */
  open(draft: VoteDraft): Promise<StoredVote>;
  /** Writes a final vote in one step, for the faces that ask nothing more (followUp 'not-asked'). */
  record(draft: VoteDraft): Promise<StoredVote>;
  /** Closes an open vote with the reasons question's outcome; false if it was no longer open. */
  finalise(id: string, outcome: VoteOutcome): Promise<boolean>;
  /**
   * The citizen tapped another face on the reasons screen: the open vote takes the new face (never
   * a second vote). A face that asks nothing more closes it at once as 'not-asked', reasons dropped.
   * Answers 'open' (still asking), 'final', or null if the vote was no longer open.
   */
  changeFace(id: string, face: FaceId): Promise<'open' | 'final' | null>;
  /**
   * Takes back a vote still open (its reasons screen on): the citizen was told it was not recorded.
   * Answers whether it was there to take back; a vote already final is left alone.
   */
  discardOpen(id: string): Promise<boolean>;
  /** castAt of the oldest vote not yet delivered (open or pending), or null: the heartbeat reports it. */
  oldestQueuedAt(): Promise<string | null>;
  /**
   * Makes sendable the open votes whose screen is gone (a crash, a reload): the citizen walked
   * away as far as we can tell, so followUp becomes 'timeout'. At boot call it with 0.
   */
  recoverOpen(olderThanMs?: number): Promise<number>;
  /**
   * The oldest pending votes, at most `max`, all of one terminal (a batch names one terminal).
   * Nothing changes in the store: a vote leaves only through acknowledge or hold.
   */
  takeBatch(max: number): Promise<VoteBatchDraft | null>;
  /** Deletes the votes the collector confirmed as stored; returns how many were deleted. */
  acknowledge(ids: Iterable<string>): Promise<number>;
  /** Sets a refused pending vote aside with the reason, out of every future batch; staff decide what to do. */
  hold(id: string, reason: string, code?: string): Promise<boolean>;
  /**
   * Holds every open or pending vote collected under another terminal id: a device paired as a new
   * terminal must not send them as its own. `reason(id)` says why, for staff. Returns how many.
   */
  holdOtherTerminals(terminalId: string, reason: (collectedAs: string) => string): Promise<number>;
  /** Makes sendable again the votes held by holdOtherTerminals that belong to `terminalId`. Returns how many. */
  releaseTerminal(terminalId: string): Promise<number>;
  /**
   * Staff's "try again": makes sendable again the votes of `terminalId` that the collector refused
   * (the set-up staff fixed since, a service restored). Votes of another terminal stay held: sending
   * them as this one would file them under the wrong desk. A vote refused again is held again, with
   * the collector's new reason. Returns how many.
   */
  retryHeld(terminalId: string): Promise<number>;
  counts(): Promise<QueueCounts>;
  /** The held votes, oldest first, for the staff corner. */
  held(): Promise<HeldVote[]>;
  /** Called after every change this queue makes (not other tabs'). Returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

// A closure rather than a class: with the build's es2020 target, class fields pull in a helper that
// the bundler may place in the dashboard's chunk, which the terminal's service worker does not cache.
export function createVoteQueue(db: TerminalDb, options: VoteQueueOptions = {}): VoteQueue {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? newVoteId;
  const listeners = new Set<() => void>();
  let lastCreatedAt = 0;
  /**
   * No pending vote is older than this (queue order), as far as this page knows: takeBatch seeks
   * here instead of reading the index from its start. Deleted votes stay in Chromium's LevelDB as
   * tombstones until it compacts, and a read from the start stepped over every vote delivered
   * since: after 1,000-vote rounds each batch took longer than the one before (docs/performance.md).
   * Lowered whenever this page makes an older vote pending; votes another tab makes pending below
   * it are found by the full read takeBatch does before it calls the queue empty.
   */
  let pendingFrom = -Infinity;
  const pendingAt = (createdAt: number) => {
    if (createdAt < pendingFrom) pendingFrom = createdAt;
  };
  const changed = () => {
    for (const listener of listeners) listener();
  };
  /** Makes the held votes that `match` picks pending again, in their old queue places, without the hold's reason. */
  const releaseHeld = async (match: (v: StoredVote) => boolean): Promise<number> => {
    const tx = db.transaction('votes', 'readwrite');
    const held = await tx.store.index('by-state-created').getAll(stateRange('held'));
    const picked = held.filter(match);
    for (const v of picked) pendingAt(v.createdAt);
    await Promise.all([...picked.map(({ heldReason: _r, heldCode: _c, heldAt: _a, ...v }) => tx.store.put({ ...v, state: 'pending' })), tx.done]);
    if (picked.length > 0) changed();
    return picked.length;
  };

  const insert = async (draft: VoteDraft, state: VoteState, followUp: FollowUp): Promise<StoredVote> => {
    const at = now();
    // Strictly increasing, so two taps in the same millisecond still leave in tap order.
    const createdAt = Math.max(at.getTime(), lastCreatedAt + 0.001);
    lastCreatedAt = createdAt;
    const vote: StoredVote = {
      id: newId(),
      serviceId: draft.serviceId,
      face: draft.face,
      scale: draft.scale,
      reasons: [],
      followUp,
      castAt: at.toISOString(),
      state,
      terminalId: draft.terminalId,
      createdAt,
    };
    const tx = db.transaction('votes', 'readwrite');
    const added = tx.store.add(vote);
    // Commit as soon as the write is queued: left to auto-commit, the browser waits for this page to
    // report the transaction idle, which on a slow tablet comes after the success event and its
    // promise callbacks, 7-22 ms of the tap before "Grazie!" (which waits for the commit).
    commitNow(tx);
    await Promise.all([added, tx.done]);
    if (state === 'pending') pendingAt(createdAt);
    changed();
    return vote;
  };

  return {
    db,
    open: (draft) => insert(draft, 'open', 'timeout'),
    record: (draft) => insert(draft, 'pending', 'not-asked'),

    async finalise(id, outcome) {
      const tx = db.transaction('votes', 'readwrite');
      const vote = await tx.store.get(id);
      let done = false;
      if (vote && vote.state === 'open') {
        const put = tx.store.put({ ...vote, state: 'pending', reasons: [...new Set(outcome.reasons)], followUp: outcome.followUp });
        commitNow(tx); // "Grazie!" waits for it, as at the face tap
        await put;
        pendingAt(vote.createdAt);
        done = true;
      }
      await tx.done;
      if (done) changed();
      return done;
    },

    async changeFace(id, face) {
      const tx = db.transaction('votes', 'readwrite');
      const vote = await tx.store.get(id);
      let result: 'open' | 'final' | null = null;
      if (vote && vote.state === 'open') {
        result = asksForReasons(face) ? 'open' : 'final';
        const put = tx.store.put(result === 'open' ? { ...vote, face } : { ...vote, face, state: 'pending', reasons: [], followUp: 'not-asked' });
        commitNow(tx);
        await put;
        if (result === 'final') pendingAt(vote.createdAt);
      }
      await tx.done;
      if (result) changed();
      return result;
    },

    async discardOpen(id) {
      const tx = db.transaction('votes', 'readwrite');
      const vote = await tx.store.get(id);
      const open = vote?.state === 'open';
      if (open) {
        const gone = tx.store.delete(id);
        commitNow(tx);
        await gone;
      }
      await tx.done;
      if (open) changed();
      return open;
    },

    async oldestQueuedAt() {
      const index = db.transaction('votes').store.index('by-state-created');
      const [open, pending] = await Promise.all([index.get(stateRange('open')), index.get(stateRange('pending'))]);
      const first = [open, pending].filter((v) => v !== undefined).sort((a, b) => a.createdAt - b.createdAt)[0];
      return first?.castAt ?? null;
    },

    async recoverOpen(olderThanMs = 0) {
      const limit = now().getTime() - olderThanMs;
      const tx = db.transaction('votes', 'readwrite');
      const open = await tx.store.index('by-state-created').getAll(stateRange('open'));
      let n = 0;
      for (const vote of open) {
        if (vote.createdAt > limit) continue;
        await tx.store.put({ ...vote, state: 'pending', followUp: 'timeout' });
        pendingAt(vote.createdAt);
        n++;
      }
      await tx.done;
      if (n > 0) changed();
      return n;
    },

    async takeBatch(max) {
      const limit = Math.max(1, max);
      let rows = await db.getAllFromIndex('votes', 'by-state-created', stateRange('pending', pendingFrom), limit);
      // Nothing from the hint on: read from the start once before calling the queue empty.
      if (rows.length === 0 && pendingFrom !== -Infinity) rows = await db.getAllFromIndex('votes', 'by-state-created', stateRange('pending'), limit);
      const first = rows[0];
      if (!first) {
        pendingFrom = -Infinity;
        return null;
      }
      // Every pending vote is at least as old as the oldest one just read: acknowledging this batch
      // leaves its tombstones at and after this point only, so the next read steps over one batch at most.
      pendingFrom = first.createdAt;
      const votes: Vote[] = [];
      for (const row of rows) {
        if (row.terminalId !== first.terminalId) break;
        votes.push(toWire(row));
      }
      return { terminalId: first.terminalId, votes };
    },

    async acknowledge(ids) {
      const tx = db.transaction('votes', 'readwrite');
      const unique = [...new Set(ids)];
      // All requests issued at once inside one transaction: awaiting each in turn cost two
      // IndexedDB round trips per vote (350 ms per 1,000 acknowledged on a test machine).
      const keys = await Promise.all(unique.map((id) => tx.store.getKey(id)));
      const present = unique.filter((_, i) => keys[i] !== undefined);
      await Promise.all([...present.map((id) => tx.store.delete(id)), tx.done]);
      if (present.length > 0) changed();
      return present.length;
    },

    async hold(id, reason, code) {
      const tx = db.transaction('votes', 'readwrite');
      const vote = await tx.store.get(id);
      let done = false;
      if (vote && vote.state === 'pending') {
        await tx.store.put({ ...vote, state: 'held', heldReason: reason, heldAt: now().toISOString(), ...(code ? { heldCode: code } : {}) });
        done = true;
      }
      await tx.done;
      if (done) changed();
      return done;
    },

    async holdOtherTerminals(terminalId, reason) {
      const tx = db.transaction('votes', 'readwrite');
      const index = tx.store.index('by-state-created');
      const [open, pending] = await Promise.all([index.getAll(stateRange('open')), index.getAll(stateRange('pending'))]);
      const at = now().toISOString();
      const others = [...open, ...pending].filter((v) => v.terminalId !== terminalId);
      // An open vote of another terminal has lost its screen: final as 'timeout', as recoverOpen would make it.
      await Promise.all([
        ...others.map((v) =>
          tx.store.put({ ...v, ...(v.state === 'open' ? { followUp: 'timeout' as const } : {}), state: 'held', heldReason: reason(v.terminalId), heldCode: OTHER_TERMINAL, heldAt: at }),
        ),
        tx.done,
      ]);
      if (others.length > 0) changed();
      return others.length;
    },

    releaseTerminal(terminalId) {
      return releaseHeld((v) => v.terminalId === terminalId && v.heldCode === OTHER_TERMINAL);
    },

    retryHeld(terminalId) {
      return releaseHeld((v) => v.terminalId === terminalId && v.heldCode !== OTHER_TERMINAL);
    },

    async counts() {
      const index = db.transaction('votes').store.index('by-state-created');
      const [open, pending, held] = await Promise.all([
        index.count(stateRange('open')),
        index.count(stateRange('pending')),
        index.count(stateRange('held')),
      ]);
      return { open, pending, held };
    },

    async held() {
      const rows = await db.getAllFromIndex('votes', 'by-state-created', stateRange('held'));
      return rows.map((r) => ({ id: r.id, reason: r.heldReason ?? '', heldAt: r.heldAt ?? '', castAt: r.castAt }));
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Exactly the fields of the contract: the collector refuses unknown properties. */
export function toWire(v: StoredVote): Vote {
  // Votes queued before the scale was recorded (version 0.1) leave without it: the collector then uses the terminal's.
  return { id: v.id, serviceId: v.serviceId, face: v.face, ...(v.scale ? { scale: v.scale } : {}), reasons: [...v.reasons], followUp: v.followUp, castAt: v.castAt };
}

/**
 * crypto.randomUUID exists only in secure contexts; a terminal opened over plain http on the
 * office LAN must still vote, so fall back to a v4 UUID from getRandomValues (available everywhere).
 */
export function newVoteId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The votes of one state, from queue position `from` on (all of them by default). */
function stateRange(state: VoteState, from = -Infinity): IDBKeyRange {
  return IDBKeyRange.bound([state, from], [state, Infinity]);
}
