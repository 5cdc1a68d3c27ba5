// Child processes of the capacity bench: collectors (the real app) and the bare Node http server, each on its own free port, with their RSS and /metrics.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchFailure } from '../stats';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const START_TIMEOUT_MS = 60_000;

export interface ChildServer {
  url: string;
  pid: number;
  /** Resident set size of the process now, from /proc (what the kernel holds for it). */
  rssBytes(): number;
  /** CPU time the process has used so far (user + system), from /proc. */
  cpuMs(): number;
  /** Stops it (SIGTERM, then SIGKILL after 10 s) and waits for its exit. */
  stop(): Promise<void>;
}

export interface CollectorProcess extends ChildServer {
  /** An unlabelled gauge or counter of the collector's own /metrics (open from loopback). */
  metric(name: string): Promise<number>;
  /** Group commit so far, read from the collector's own /metrics. */
  groupCommit(): Promise<{ transactions: number; requests: number }>;
}

/** Where the collector keeps its data: a SQLite data dir, or a PostgreSQL database (then dataDir only holds nothing of note). */
export interface StoreLocation {
  dataDir: string;
  databaseUrl?: string;
}

/** Clock ticks per second of /proc/PID/stat: 100 on Linux (USER_HZ). */
const TICKS_PER_SECOND = 100;

/**
 * CPU milliseconds of a process from /proc/PID/stat: its own user and system time, plus with
 * `children` that of the children it has reaped (a PostgreSQL server's finished backends).
 */
export function cpuMsOf(pid: number, children = false): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces and parentheses: fields are counted after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = (i: number) => Number(fields[i - 3]);
  const own = ticks(14) + ticks(15);
  return ((children ? own + ticks(16) + ticks(17) : own) * 1000) / TICKS_PER_SECOND;
}

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!kb) throw new BenchFailure(`no VmRSS in /proc/${pid}/status`);
  return Number(kb[1]) * 1024;
}

/**
 * Node flags for a child: tsx, and with BENCH_CPU_PROF=DIR a V8 CPU profile per process written
 * into DIR when it stops (open it in Chrome's DevTools, Performance tab).
 */
function nodeFlags(): string[] {
  const prof = process.env.BENCH_CPU_PROF;
  return ['--import', 'tsx', ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(prof)}`] : [])];
}

/** Spawns a script that sends {url} over IPC once it listens; its output goes to logFile. */
async function spawnServer(script: string, env: Record<string, string>, logFile: string): Promise<ChildServer & { child: ChildProcess }> {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeFlags(), script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', log, log, 'ipc'],
  });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new BenchFailure(`${path.basename(script)} did not start within ${START_TIMEOUT_MS / 1000} s (log: ${logFile})`)), START_TIMEOUT_MS);
    child.once('message', (m: { url?: string }) => {
      clearTimeout(timer);
      if (m.url) resolve(m.url);
      else reject(new BenchFailure(`${path.basename(script)} sent ${JSON.stringify(m)} instead of its URL`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-1500) : '';
      reject(new BenchFailure(`${path.basename(script)} exited with ${code} before listening:\n${tail}`));
    });
  });
  const pid = child.pid!;
  return {
    child,
    url,
    pid,
    rssBytes: () => rssOf(pid),
    cpuMs: () => cpuMsOf(pid),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(kill);
    },
  };
}

/**
 * A collector over the given store, as `npm start` runs one (LOG_LEVEL info, logs to logFile),
 * but without front-ends or demo seeding: the caller prepares the store.
 */
export async function startCollectorProcess(store: StoreLocation, logFile: string, env: Record<string, string> = {}): Promise<CollectorProcess> {
  const server = await spawnServer(
    path.join(HERE, 'collector-process.ts'),
    {
      DATA_DIR: store.dataDir,
      DATABASE_URL: store.databaseUrl ?? '',
      DIST_DIR: path.join(store.dataDir, 'no-front-end'),
      DEMO: '0',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      // Every simulated terminal connects from this machine: 5,000 idle sockets from one address.
      SOCKETS_PER_ADDRESS: '0',
      ...env,
    },
    logFile,
  );
  return {
    url: server.url,
    pid: server.pid,
    rssBytes: server.rssBytes,
    cpuMs: server.cpuMs,
    stop: server.stop,
    metric: (name) => readMetric(server.url, name),
    async groupCommit() {
      const [transactions, requests] = await Promise.all([readMetric(server.url, 'gradimento_group_commit_transactions'), readMetric(server.url, 'gradimento_group_commit_requests')]);
      return { transactions, requests };
    },
  };
}

async function readMetric(url: string, name: string): Promise<number> {
  const res = await fetch(`${url}/metrics`);
  const text = await res.text();
  if (res.status !== 200) throw new BenchFailure(`/metrics answered ${res.status}: ${text.slice(0, 200)}`);
  const m = new RegExp(`^${name} (\\d+(?:\\.\\d+)?)$`, 'm').exec(text);
  if (!m) throw new BenchFailure(`/metrics has no ${name}`);
  return Number(m[1]);
}

/** The baseline server: Node's http answering 204 to every request once its body is read. */
export async function startBareServer(logFile: string): Promise<ChildServer> {
  const server = await spawnServer(path.join(HERE, 'bare-server.ts'), {}, logFile);
  return { url: server.url, pid: server.pid, rssBytes: server.rssBytes, cpuMs: server.cpuMs, stop: server.stop };
}
