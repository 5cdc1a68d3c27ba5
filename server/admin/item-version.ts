// Optimistic concurrency for the management writes: an item's version (its updated_at, or a digest of what is stored) and the refusal of a write made from an older one.
import { createHash } from 'node:crypto';
import type { LastChange } from '../contract/errors';
import { AppError } from '../http/app-error';
import type { Versioned } from '../http/words/manage-en';

/** JSON with every object's keys sorted: a map read in another row order must give the same digest. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The version of an item whose table keeps no updated_at: a digest of its stored values, computed
 * afresh on every read, so no migration and no writer can forget to bump it. 128 bits: two
 * different contents never meet in practice.
 */
export function digestVersion(stored: unknown): string {
  return createHash('sha256').update(canonical(stored)).digest('base64url').slice(0, 22);
}

/** The ETag form ("…", or W/"…") is accepted too: the reason list's version travels in that header. */
const bare = (version: string) => version.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');

/** The reason list's version as an ETag header's value. */
export const asEtag = (version: string) => `"${version}"`;

/**
 * Refuses (409 stale) a write sent with a version that is no longer the stored one; without a
 * version the write goes ahead (scripts, API clients). Call it inside the write's transaction, after
 * the lock that makes other writers wait, and before anything is written. `lastChange` is asked
 * only on a refusal.
 */
export async function refuseStale(given: string | undefined, stored: string, what: Versioned, lastChange: () => Promise<LastChange | null>): Promise<void> {
  if (given === undefined || bare(given) === stored) return;
  const changed = await lastChange();
  throw new AppError('stale', (w) => w.stale(what, changed?.by ?? null, changed?.at ?? null), undefined, undefined, changed ?? undefined);
}
