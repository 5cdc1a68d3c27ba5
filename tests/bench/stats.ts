// Small helpers every benchmark shares: the clock, the median, alternating runs, and the one-line report format.
import { performance } from 'node:perf_hooks';

/** A measurement that could not be taken (wrong answer, timeout): run.ts prints it and exits 1. */
export class BenchFailure extends Error {
  override name = 'BenchFailure';
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new BenchFailure('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds since an arbitrary origin, monotonic. */
export const now = (): number => performance.now();

export interface Paired {
  baseline: number[];
  subject: number[];
}

/** One round of a pair: baseline first on even rounds, subject first on odd ones. */
export async function alternateOnce(
  round: number,
  baseline: () => Promise<number>,
  subject: () => Promise<number>,
): Promise<{ baseline: number; subject: number }> {
  if (round % 2 === 0) {
    const b = await baseline();
    return { baseline: b, subject: await subject() };
  }
  const s = await subject();
  return { subject: s, baseline: await baseline() };
}

/**
 * Runs baseline and subject `runs` times each, swapping which goes first on every round, so a
 * noisy neighbour on the shared machine lands on both sides rather than on one.
 * Each function returns its own elapsed milliseconds (set-up stays outside the clock).
 */
export async function alternate(
  runs: number,
  baseline: (round: number) => Promise<number>,
  subject: (round: number) => Promise<number>,
): Promise<Paired> {
  const out: Paired = { baseline: [], subject: [] };
  for (let round = 0; round < runs; round++) {
    const one = await alternateOnce(round, () => baseline(round), () => subject(round));
    out.baseline.push(one.baseline);
    out.subject.push(one.subject);
  }
  return out;
}

/** Polls until `done()` is true, every `everyMs`; returns the time it became true, or throws after `timeoutMs`. */
export async function waitUntil(done: () => Promise<boolean>, what: string, timeoutMs: number, everyMs = 10): Promise<number> {
  const start = now();
  for (;;) {
    if (await done()) return now();
    if (now() - start > timeoutMs) throw new BenchFailure(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Whole milliseconds, with a decimal below 10 ms where rounding would hide the difference. */
export const ms = (x: number): string => (x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`);
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (subject: number, baseline: number): string => (subject / baseline).toFixed(2);
export const spread = (values: readonly number[]): string => values.map((v) => Math.round(v)).join(', ');
