// The collector as its own process (server/main.ts), started, killed with SIGKILL, restarted on the same port and store.
import { spawn, type ChildProcess } from 'node:child_process';

export { freePort } from '../server/helpers/free-port';

export interface CollectorProcess {
  readonly url: string;
  /** Whether a collector is running (started and not yet killed or stopped). */
  readonly up: boolean;
  /** How many times it was started. */
  readonly starts: number;
  start(): Promise<void>;
  /** kill -9: no request finished, no buffer flushed, no connection closed. */
  kill(): Promise<void>;
  /** SIGTERM, as systemd stops it; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * `script` is the bundled main.ts (tests/server/helpers/server-bundle.ts). Always the same port: the kiosk pages'
 * origin (and with it their IndexedDB and service worker) must survive a restart.
 */
export function collectorProcess(script: string, env: Record<string, string>, port: number): CollectorProcess {
  let child: ChildProcess | null = null;
  let exited: Promise<number | null> = Promise.resolve(null);
  let starts = 0;
  let log = '';

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(process.execPath, [script], {
        env: { ...process.env, LOG_LEVEL: 'warn', DEMO: '0', HOST: '127.0.0.1', PORT: String(port), ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      starts++;
      log = '';
      let ready = false;
      exited = new Promise((done) =>
        proc.once('exit', (code) => {
          if (child === proc) child = null;
          if (!ready) reject(new Error(`the collector exited with ${code} before it was running:\n${log.slice(-3000)}`));
          done(code);
        }),
      );
      const onData = (chunk: Buffer) => {
        log = (log + chunk.toString()).slice(-20_000);
        if (!ready && log.includes('gradimento is running.')) {
          ready = true;
          resolve();
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
    });

  return {
    url: `http://127.0.0.1:${port}`,
    get up() {
      return child !== null;
    },
    get starts() {
      return starts;
    },
    start,
    async kill() {
      const proc = child;
      if (!proc) return;
      proc.kill('SIGKILL');
      await exited;
    },
    async stop() {
      const proc = child;
      if (!proc) return null;
      proc.kill('SIGTERM');
      return exited;
    },
  };
}
