// What this collector process last learnt of its database's writes, for /healthz. A full disk (or a
// disk error) leaves the database answering reads: `select 1` succeeds, and a health check that only
// asked that said "ok" while every vote was refused. A write refused for one of those causes is
// therefore remembered, and the collector says it is unhealthy until a write goes through again or
// the wait it gave the writer (Retry-After) has passed: a load balancer that takes the collector out
// of rotation sends it no writes, so only the wait can end that state on its own.
import { RETRY_AFTER_SECONDS, type StoreFailure } from './store-failure';

/** The failures that a read (a health check's `select 1`) does not show. */
const WRITE_FAILURES: ReadonlySet<StoreFailure> = new Set(['full', 'io']);

export interface WriteProblem {
  kind: 'full' | 'io';
  /** When a write was last refused for it. */
  at: Date;
  retryAfterSeconds: number;
}

export class StoreHealth {
  private refused: WriteProblem | null = null;

  constructor(private readonly now: () => Date) {}

  /** A request failed for the database's state (store-failure.ts). */
  failed(kind: StoreFailure): void {
    if (WRITE_FAILURES.has(kind)) this.refused = { kind: kind as WriteProblem['kind'], at: this.now(), retryAfterSeconds: RETRY_AFTER_SECONDS[kind] };
  }

  /** A write went through: whatever refused the last one is over. */
  wrote(): void {
    this.refused = null;
  }

  /** The write problem still current, if any. */
  problem(): WriteProblem | null {
    const p = this.refused;
    if (p && this.now().getTime() - p.at.getTime() >= p.retryAfterSeconds * 1000) this.refused = null;
    return this.refused;
  }
}
