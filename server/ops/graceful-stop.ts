// The collector's stop on SIGTERM: each step in turn (the HTTP server and live connections, then the
// database), within a deadline.
//
// Why a deadline: a client still sending its request deserves its whole REQUEST_TIMEOUT_SECONDS
// (Node answers 408 then; a request received in full has no limit of its own), and the requests in
// flight a grace period to answer; past that something holds the stop (a database connection never
// given back, a socket that never closes, an answer that never comes) and waiting longer helps
// nobody: every vote already answered is durable, and a terminal resends whatever was not answered.
// The log names the step that held it, so the stop is never a silent hang until systemd's SIGKILL.

export interface StopStep {
  /** What the step does, as the log says it: "closing the database". */
  name: string;
  run(): Promise<void>;
}

export interface StopLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * Runs the steps in order and resolves with the exit code: 0 once all are done, 1 if one failed or
 * the deadline passed first (the steps still running are then abandoned).
 */
export async function gracefulStop(steps: readonly StopStep[], deadlineMs: number, log: StopLog): Promise<number> {
  let current = steps[0]?.name ?? '';
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      log.error({ step: current, deadlineSeconds: deadlineMs / 1000 }, `stop not finished after ${deadlineMs / 1000} s, held by ${current}: exiting anyway (every vote answered is stored; terminals resend the rest)`);
      resolve(1);
    }, deadlineMs);
  });
  const work = (async () => {
    try {
      for (const step of steps) {
        current = step.name;
        await step.run();
      }
      return 0;
    } catch (err) {
      log.error({ err, step: current }, `unclean stop while ${current}`);
      return 1;
    }
  })();
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
