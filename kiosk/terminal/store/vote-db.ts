// The terminal's IndexedDB: a typed schema of the vote queue and a few remembered values, with its upgrades.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Vote } from '../../../server/contract/vote';
import type { TerminalConfig } from '../../../server/contract/terminal-config';

export const VOTE_DB_NAME = 'gradimento-terminal';
/** Bump on every schema change and add a step to `upgrade` below; never edit a released step. */
export const VOTE_DB_VERSION = 1;

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
  /** Why the collector refused it (state 'held' only). */
  heldReason?: string;
  heldAt?: string;
}

/** The configuration last received, kept for starts with the network down. */
export interface CachedConfig {
  terminalId: string;
  config: TerminalConfig;
  savedAt: string;
}

/** What the meta store holds, by key. */
export interface MetaValues {
  terminalId: string;
  config: CachedConfig;
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
    upgrade(db, oldVersion) {
      // One step per released version, applied in order from wherever the device stands.
      // `if` rather than switch fall-through: tsconfig's noFallthroughCasesInSwitch rejects the latter.
      if (oldVersion < 1) {
        const votes = db.createObjectStore('votes', { keyPath: 'id' });
        votes.createIndex('by-state-created', ['state', 'createdAt']);
        db.createObjectStore('meta');
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
