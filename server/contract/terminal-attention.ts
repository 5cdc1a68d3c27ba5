// Why a paired terminal needs someone to look at it, across a whole administration: what a region's
// IT staff scan among thousands of tablets instead of opening office after office. Plain values (no
// schema library): the dashboard imports them; the schema is in terminal-attention-schema.ts.
import { API_BASE } from './api';

export const ATTENTION_REASONS = [
  /** No heartbeat for SILENT_AFTER_MINUTES or more: off, offline or stuck. */
  'silent',
  /** Paired, but never sent a heartbeat. */
  'never',
  /** Votes set aside on the terminal for staff (diagnostics: «Riprova i giudizi trattenuti»). */
  'held',
  /** Less than LOW_FREE_PCT of its storage left. */
  'storage-low',
  /** The browser did not grant persistent storage: it may clear the queue under pressure. */
  'not-persisted',
  /** Its clock is wrong: the collector re-dated some of its votes lately. */
  'clock',
] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** Below this free share of its quota a terminal warns, on its own screen and in the dashboard. */
export const LOW_FREE_PCT = 5;

export const terminalAttentionPath = (administrationId: string) => `${API_BASE}/administrations/${encodeURIComponent(administrationId)}/terminals-needing-attention`;
