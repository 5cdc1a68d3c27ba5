// The device's storage as staff need to know it: a vote that could not be written, and space running out.
import type { StorageReport } from '../net/heartbeat';

export interface WriteFailure {
  /** The DOMException's name: QuotaExceededError when the disk is full, InvalidStateError or UnknownError when IndexedDB broke. */
  name: string;
  at: number;
}

let last: WriteFailure | null = null;
const listeners = new Set<(f: WriteFailure) => void>();

/** The voting flow calls this when a vote could not be stored, after telling the citizen. */
export function noteWriteFailure(error: unknown, at = Date.now()): void {
  last = { name: (error as { name?: string } | null)?.name || String(error), at };
  for (const listener of listeners) listener(last);
}

export function lastWriteFailure(): WriteFailure | null {
  return last;
}

export function onWriteFailure(listener: (f: WriteFailure) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Below this share of the quota left, staff are warned (a vote is ~300 bytes, but the browser's quota is shared with the app's cache). */
export const LOW_STORAGE_SHARE = 0.05;
/** ...or below this many bytes, whatever the share. */
export const LOW_STORAGE_BYTES = 20_000_000;

/** The free share in whole percent when space is low, else null. */
export function lowStorage(report: StorageReport | null): number | null {
  const s = report?.storage;
  if (!s || s.quota <= 0) return null;
  const free = Math.max(0, s.quota - s.usage);
  return free / s.quota < LOW_STORAGE_SHARE || free < LOW_STORAGE_BYTES ? Math.floor((free / s.quota) * 100) : null;
}
