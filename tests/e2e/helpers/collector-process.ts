// Starts the collector as `npm start` runs it (server/main.ts in a Node process of its own) on a free port, and stops it with SIGTERM as systemd does.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface CollectorProcess {
  url: string;
  port: number;
  /** What the process printed so far (standard output and error), for failure messages. */
  output(): string;
  /** SIGTERM; resolves with the exit code once the process has ended. */
  stop(): Promise<number | null>;
}

const running = new Set<ChildProcess>();
// A test that fails half-way must not leave collectors on their ports.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

import { freePort } from '../../server/helpers/free-port';

export { freePort };

/**
 * `node --import tsx server/main.ts` with `env` over the test's own environment, listening on
 * 127.0.0.1; resolves once it prints that it is running (migrations done, listening).
 */
export async function startCollectorProcess(env: Record<string, string>, port?: number): Promise<CollectorProcess> {
  const chosen = port ?? (await freePort());
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', DEMO: '0', HOST: '127.0.0.1', PORT: String(chosen), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let out = '';
    const exited = new Promise<number | null>((done) =>
      child.once('exit', (code) => {
        running.delete(child);
        done(code);
      }),
    );
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the collector on port ${chosen} did not start in 90 s:\n${out}`));
    }, 90_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('gradimento is running.')) {
        clearTimeout(timer);
        resolve({
          url: `http://127.0.0.1:${chosen}`,
          port: chosen,
          output: () => out,
          stop: () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the collector on port ${chosen} exited with ${code} before it was running:\n${out}`));
    });
  });
}
