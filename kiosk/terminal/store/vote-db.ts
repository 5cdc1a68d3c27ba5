// The terminal's IndexedDB: a typed schema of the vote queue and a few remembered values, with its upgrades.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Vote } from '../../../server/contract/vote';
import type { TerminalConfig } from '../../../server/contract/terminal-config';

export const VOTE_DB_NAME = 'gradimento-terminal';
/** Bump on every schema change and add a step to `upgrade` below; never edit a released step. */
export const VOTE_DB_VERSION = 2;

/**
 * open: the face was tapped, the reasons question may still be on screen (not sendable yet).
 * pending: final, waiting to be sent. held: the collector refused it; kept for staff, never resent alone.
 */
export type VoteState = 'open' | 'pending' | 'held';

/** A vote as the queue keeps it: the wire form plus what only the terminal needs. */
export interface StoredVote extends Vote {
  state: VoteState;
  /** The terminal that collected it: a terminal re-enrolled under another code must not send old votes as the new one. */
  terminalId: string;
  /** Queue order (ms, strictly increasing within a page): the oldest is sent first. */
  createdAt: number;
  /** Why it is held, for staff (state 'held' only). */
  heldReason?: string;
  /**
   * What held it, for the code: 'other-terminal' (collected under another terminal id than the one
   * this device is now enrolled as: released if it is enrolled as that terminal again), or the
   * collector's error code. Absent on votes held before version 2.
   */
  heldCode?: string;
  heldAt?: string;
}

/** The configuration last received, kept for starts with the network down. */
export interface CachedConfig {
  terminalId: string;
  config: TerminalConfig;
  savedAt: string;
}

/** The device token this terminal received for a pairing code (POST /api/v1/enrolment). */
export interface StoredEnrolment {
  terminalId: string;
  /** Sent as `Authorization: Bearer`; a secret, so it never leaves IndexedDB except towards the collector. */
  token: string;
  enrolledAt: string;
  /**
   * Set when the collector refused the token (revoked, unknown): the terminal stops sending and asks
   * staff to pair it again, also after a reload. The votes it queued stay.
   */
  refusedAt?: string;
}

/** How far the collector's clock is from this device's (net/collector-clock.ts), as last learnt. */
export interface StoredClockOffset {
  /** The collector's clock minus the device's, in ms. */
  offsetMs: number;
  /** When it was learnt, by the collector's clock. */
  learntAt: string;
}

/** What the meta store holds, by key. */
export interface MetaValues {
  enrolment: StoredEnrolment;
  config: CachedConfig;
  clock: StoredClockOffset;
}
export type MetaKey = keyof MetaValues;

export interface TerminalDbSchema extends DBSchema {
  votes: {
    key: string;
    value: StoredVote;
    indexes: { 'by-state-created': [VoteState, number] };
  };
  meta: {
    key: MetaKey;
    value: MetaValues[MetaKey];
  };
}

export type TerminalDb = IDBPDatabase<TerminalDbSchema>;

export interface OpenVoteDbOptions {
  /** Another tab opened a newer schema: this one must let go, or the other waits forever. */
  onVersionChange?: () => void;
}

export function openVoteDb(name: string = VOTE_DB_NAME, options: OpenVoteDbOptions = {}): Promise<TerminalDb> {
  return openDB<TerminalDbSchema>(name, VOTE_DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // One step per released version, applied in order from wherever the device stands.
      // `if` rather than switch fall-through: tsconfig's noFallthroughCasesInSwitch rejects the latter.
      if (oldVersion < 1) {
        const votes = db.createObjectStore('votes', { keyPath: 'id' });
        votes.createIndex('by-state-created', ['state', 'createdAt']);
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        // Version 1 knew its terminal from ?t=ID, with no token. That id enrols nothing any more:
        // forget it, so nothing mistakes it for an enrolment. Its queued votes carry their own
        // terminal id and go out once this device is paired as that terminal.
        void transaction.objectStore('meta').delete('terminalId' as MetaKey);
      }
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      options.onVersionChange?.();
    },
  });
}

export async function getMeta<K extends MetaKey>(db: TerminalDb, key: K): Promise<MetaValues[K] | undefined> {
  return (await db.get('meta', key)) as MetaValues[K] | undefined;
}

export async function setMeta<K extends MetaKey>(db: TerminalDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.put('meta', value, key);
}

export async function deleteMeta(db: TerminalDb, key: MetaKey): Promise<void> {
  await db.delete('meta', key);
}
