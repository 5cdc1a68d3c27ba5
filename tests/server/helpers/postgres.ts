// A throw-away PostgreSQL server for the test run: found, started in a temp dir, stopped and removed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres:// URL of the test server's maintenance database (set by postgres-setup.ts). */
    postgresUrl: string;
  }
}

/** Set to "postgres" by the server-pg project: test-collector.ts then opens PostgreSQL stores. */
export const TEST_STORE_VARIABLE = 'GRADIMENTO_TEST_STORE';
/** Migrated once per run; each test collector's database is a copy of it (CREATE DATABASE ... TEMPLATE). */
export const TEMPLATE_DATABASE = 'gradimento_template';
const DIR_PREFIX = 'gradimento-pg-';
const DEBIAN_ROOT = '/usr/lib/postgresql';

const isExecutable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The folder holding initdb and pg_ctl: PG_BIN if set (and only it), else the newest of Debian's
 * /usr/lib/postgresql/N/bin (not on PATH there), else initdb on PATH. null when not installed.
 */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates: string[] = [];
  if (env.PG_BIN) candidates.push(env.PG_BIN);
  else if (fs.existsSync(DEBIAN_ROOT)) {
    const versions = fs.readdirSync(DEBIAN_ROOT).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(DEBIAN_ROOT, v, 'bin')));
  }
  if (!env.PG_BIN) candidates.push(...(env.PATH ?? '').split(path.delimiter).filter(Boolean));
  return candidates.find((dir) => isExecutable(path.join(dir, 'initdb')) && isExecutable(path.join(dir, 'pg_ctl'))) ?? null;
}

export interface TestPostgres {
  /** Maintenance database URL (user postgres, no password, 127.0.0.1 and a free port). */
  url: string;
  dir: string;
  /** Stops the server at once and removes its folder; synchronous, so it also works in an exit handler. */
  stop(): void;
}

/** initdb refuses to run as root: as root, the server's files belong to and run as the postgres user. */
function asServerUser(dir: string): (file: string, args: string[]) => string[] {
  if (process.getuid?.() !== 0) return (file, args) => [file, ...args];
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0) throw new Error('Running as root, and there is no postgres user to run the test PostgreSQL server as. Run the tests as another user, or install Debian\'s postgresql package.');
  fs.chownSync(dir, Number(id.stdout), Number(gid.stdout));
  return (file, args) => ['runuser', '-u', 'postgres', '--', file, ...args];
}

function run(argv: string[], what: string): void {
  const result = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${what} failed (${argv.join(' ')}): ${result.error ?? ''}${result.stderr}${result.stdout}`);
}


const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Servers left by a run that was killed outright (no exit handler ran): their owner is gone. */
function removeOrphans(bin: string): void {
  for (const name of fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(DIR_PREFIX))) {
    const dir = path.join(os.tmpdir(), name);
    const ownerFile = path.join(dir, 'owner.pid');
    const owner = fs.existsSync(ownerFile) ? Number(fs.readFileSync(ownerFile, 'utf8')) : 0;
    if (owner ? alive(owner) : Date.now() - fs.statSync(dir).mtimeMs < 60_000) continue;
    stopServer(bin, dir);
  }
}

function stopServer(bin: string, dir: string): void {
  const data = path.join(dir, 'data');
  if (fs.existsSync(path.join(data, 'postmaster.pid'))) {
    // immediate: nothing in a test database is worth a clean shutdown, and it takes no time.
    const [file, ...args] = asServerUser(dir)(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    spawnSync(file!, args, { timeout: 30_000 });
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Starts a fresh server; the caller must call stop() (postgres-setup.ts also does on exit and on signals). */
export async function startTestPostgres(bin: string): Promise<TestPostgres> {
  removeOrphans(bin);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), DIR_PREFIX));
  fs.writeFileSync(path.join(dir, 'owner.pid'), String(process.pid));
  const data = path.join(dir, 'data');
  try {
    const as = asServerUser(dir);
    // An Italian ICU collation, as a comune's server would likely have: a query that leans on
    // SQLite's code-point order of text shows up here instead of in production. -N: no fsync.
    run(as(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--locale-provider=icu', '--icu-locale=it-IT', '-N']), 'initdb');
    let lastError: unknown;
    // The free port is only free until someone else takes it: try again on another.
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      try {
        const options = `-p ${port} -h 127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
        run(as(path.join(bin, 'pg_ctl'), ['-D', data, '-w', '-t', '60', '-l', path.join(dir, 'server.log'), '-o', options, 'start']), 'pg_ctl start');
        return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, stop: () => stopServer(bin, dir) };
      } catch (err) {
        lastError = err;
      }
    }
    throw lastError;
  } catch (err) {
    const log = path.join(dir, 'server.log');
    const tail = fs.existsSync(log) ? `\nserver.log:\n${fs.readFileSync(log, 'utf8').slice(-2000)}` : '';
    stopServer(bin, dir);
    throw new Error(`${String(err)}${tail}`);
  }
}

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
