// Runs the collector's background jobs (sweeps, retention, scheduled reports) once across all processes.
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../store/database';
import { releaseLease, takeLease } from './lease';

export interface Job {
  /** Also the lease's name: one holder per job at a time, across every collector process. */
  name: string;
  everyMs: number;
  run(now: Date): Promise<unknown>;
}

export interface Scheduler {
  /** Runs every job that is due now, where this process gets its lease (for tests and start-up). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Each job's lease lasts a little longer than its interval, so the process that holds it keeps it
 * while alive (it renews at each run) and another takes over within one interval if it dies. It is
 * taken at the moment its job starts, not when the tick began (a month-start report job can run for
 * minutes before the next job's turn), and renewed while the job runs: a lease counted from a stale
 * time, or let lapse under a long job, let a second collector run the same job at once.
 */
/** `tickMs` 0: no timer, jobs run only when tick() is called (tests). */
const later = (a: Date, b: Date) => (b.getTime() > a.getTime() ? b : a);

export function startScheduler(db: Db, jobs: readonly Job[], log: FastifyBaseLogger, now: () => Date, tickMs = 30_000): Scheduler {
  const lastRun = new Map<string, number>();
  let running: Promise<void> | null = null;
  const tick = async () => {
    const tickAt = now();
    for (const job of jobs) {
      const at = later(tickAt, now());
      if (at.getTime() - (lastRun.get(job.name) ?? 0) < job.everyMs) continue;
      const leaseMs = job.everyMs + Math.max(tickMs, 30_000) * 2;
      let renewer: ReturnType<typeof setInterval> | null = null;
      try {
        if (!(await takeLease(db, `job:${job.name}`, leaseMs, at))) continue;
        lastRun.set(job.name, at.getTime());
        renewer = setInterval(() => {
          void takeLease(db, `job:${job.name}`, leaseMs, now())
            .then((held) => held || log.warn({ job: job.name }, 'job lease lost while the job runs: another collector may run it too'))
            .catch((err: unknown) => log.warn({ err, job: job.name }, 'job lease not renewed'));
        }, Math.max(1_000, Math.floor(leaseMs / 3)));
        renewer.unref?.();
        const result = await job.run(at);
        log.debug({ job: job.name, result }, 'job ran');
      } catch (err) {
        // A job that fails is tried again at its next turn; the failure is logged where the IT staff look.
        log.error({ err, job: job.name }, 'background job failed');
      } finally {
        if (renewer) clearInterval(renewer);
      }
    }
  };
  const timer =
    tickMs > 0
      ? setInterval(() => {
          running ??= tick().finally(() => (running = null));
        }, tickMs)
      : null;
  timer?.unref();
  return {
    tick: async () => {
      while (running) await running;
      running = tick().finally(() => (running = null));
      await running;
    },
    async stop() {
      if (timer) clearInterval(timer);
      while (running) await running;
      for (const job of jobs) await releaseLease(db, `job:${job.name}`).catch(() => undefined);
    },
  };
}
