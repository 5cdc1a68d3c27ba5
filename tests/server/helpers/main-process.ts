// server/main.ts in a process of its own: started, refused, stopped; and a front-end "built" into a
// folder of its own, so that main.ts does not build the real one first.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBuildStamp } from '../../../server/front-end-sources';
import { bundleServer } from './server-bundle';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export { freePort } from './free-port';

export interface Running {
  url: string;
  child: ChildProcess;
  /** SIGTERM, as systemd stops a service; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Everything it has printed so far. */
  output(): string;
}

const children = new Set<ChildProcess>();

/** Kills every collector a test started and left running. */
export function killCollectors(): void {
  for (const child of children) child.kill('SIGKILL');
}

/** How the program is run: `tsx`, exactly as npm start runs it; by default compiled once per test process. */
export interface HowRun {
  /**
   * Through tsx, as `npm start` runs it: about 4 s to start on a quiet machine, against 2 s for the
   * same sources compiled once (server-bundle.ts), and twice that on two busy cores. One test of
   * each kind runs through tsx; the others are about what the program does, not how it is loaded.
   */
  tsx?: boolean;
}

/** server/main.ts on 127.0.0.1 and the given port, killed after the test if still running. */
async function spawnMain(env: Record<string, string>, port: number, how: HowRun) {
  const program = how.tsx ? ['--import', 'tsx', 'server/main.ts'] : [await bundleServer('server/main.ts')];
  const child = spawn(process.execPath, program, {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', DEMO: '0', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  return child;
}

/** server/main.ts, resolved once it prints that it is running. */
export async function startMain(env: Record<string, string>, port: number, how: HowRun = {}): Promise<Running> {
  const child = await spawnMain(env, port, how);
  return new Promise((resolve, reject) => {
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => (children.delete(child), done(code))));
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the collector did not start in 60 s:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('gradimento is running.')) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}`, child, stop: () => (child.kill('SIGTERM'), exited), output: () => out });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the collector exited with ${code} before it was running:\n${out}`));
    });
  });
}

/** Starts the collector and waits for it to exit on its own, as it must when it refuses to start. */
export async function startRefused(env: Record<string, string>, port: number, how: HowRun = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = await spawnMain(env, port, how);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => reject(new Error(`the collector did not exit in 60 s:\n${stdout}${stderr}`)), 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}


/** A DIST_DIR under `dir` holding two pages, stamped as built from the sources as they are. */
export function stampedDist(dir: string): string {
  const dist = path.join(dir, 'dist');
  for (const page of ['terminal', 'dashboard']) {
    fs.mkdirSync(path.join(dist, page), { recursive: true });
    fs.writeFileSync(path.join(dist, page, 'index.html'), '<!doctype html><title>gradimento</title>');
  }
  writeBuildStamp(dist, ROOT);
  return dist;
}
