// What the terminal tells the collector about itself every minute: its version, its queue, its last delivery and its storage.
import type { TerminalHeartbeat } from '../../../server/contract/events';
import type { VoteQueue } from '../store/vote-queue';
import type { VoteSync } from './sync';

/** The collector calls a terminal silent after SILENT_AFTER_MINUTES (5) without one: a minute leaves room for a lost beat or two. */
export const HEARTBEAT_EVERY_MS = 60_000;

/** The build's version: package version and commit, set by vite.config.ts. */
export const APP_VERSION: string = typeof __GRADIMENTO_VERSION__ === 'string' ? __GRADIMENTO_VERSION__ : 'dev';

export interface StorageReport {
  storage: TerminalHeartbeat['storage'];
  persisted: boolean | null;
}

/** navigator.storage where the browser has it; nulls (unknown) where it does not, as on plain http. */
export async function storageReport(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageReport> {
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => null) : null,
    storage?.persisted ? storage.persisted().catch(() => null) : null,
  ]);
  const usable = estimate && typeof estimate.usage === 'number' && typeof estimate.quota === 'number';
  return { storage: usable ? { usage: estimate.usage!, quota: estimate.quota! } : null, persisted };
}

export async function collectHeartbeat(queue: VoteQueue, sync: VoteSync | null | undefined): Promise<TerminalHeartbeat> {
  const [counts, oldestQueuedAt, { storage, persisted }] = await Promise.all([queue.counts(), queue.oldestQueuedAt(), storageReport()]);
  const last = sync?.status().lastSuccessAt ?? null;
  return {
    appVersion: APP_VERSION,
    pending: counts.pending + counts.open,
    held: counts.held,
    oldestQueuedAt,
    lastDeliveryAt: last === null ? null : new Date(last).toISOString(),
    storage,
    persisted,
  };
}
