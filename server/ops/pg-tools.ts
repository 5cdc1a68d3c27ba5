// Finds PostgreSQL's client programs (pg_dump, pg_restore, psql) and runs them without a password on their command line.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { OpsError } from './ops-error';

export type PgTool = 'pg_dump' | 'pg_restore' | 'psql';

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
 * Debian's installed majors in the order to try them: the server's own first, then the newest. The
 * server's own pg_restore writes only what that server understands (pg_restore 17 writes
 * `SET transaction_timeout`, which 15 and 16 refuse); otherwise the newest, since a newer pg_dump
 * reads an older server but not the reverse.
 */
export function versionOrder(installed: readonly string[], serverMajor: number | null): string[] {
  const newestFirst = installed.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  return [...newestFirst.filter((v) => Number(v) === serverMajor), ...newestFirst.filter((v) => Number(v) !== serverMajor)];
}

/** The major version of a server from its server_version_num (150007: 15; 90624: 9.6, counted as 9). */
export const majorOf = (serverVersionNum: number) => Math.floor(serverVersionNum / 10000);

/**
 * PG_BIN if set (and only it); else Debian's /usr/lib/postgresql/N/bin in versionOrder; else PATH.
 * As tests/server/helpers/postgres.ts finds initdb.
 */
export function findPgTool(tool: PgTool, pgBin: string | undefined, serverMajor: number | null = null, pathVariable = process.env.PATH ?? ''): string {
  const dirs: string[] = [];
  if (pgBin) dirs.push(pgBin);
  else {
    if (fs.existsSync(DEBIAN_ROOT)) dirs.push(...versionOrder(fs.readdirSync(DEBIAN_ROOT), serverMajor).map((v) => path.join(DEBIAN_ROOT, v, 'bin')));
    dirs.push(...pathVariable.split(path.delimiter).filter(Boolean));
  }
  const found = dirs.map((d) => path.join(d, tool)).find(isExecutable);
  if (!found) {
    const where = pgBin ? `PG_BIN=${pgBin}` : `${DEBIAN_ROOT}/*/bin or PATH`;
    throw new OpsError('tool_missing', `${tool} was not found (looked in ${where}): backups and restores of a PostgreSQL store use PostgreSQL's own client programs. Fix: apt-get install postgresql-client (the same major version as the server, or newer), or set PG_BIN to the folder that holds ${tool}.`);
  }
  return found;
}

/** The URL without its password, and the password for PGPASSWORD: `ps` shows command lines to every user. */
export function connectionOf(databaseUrl: string): { dbname: string; env: Record<string, string> } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: password ? { PGPASSWORD: password } : {} };
}

export interface ToolRun {
  code: number;
  stderr: string;
}

/** Runs a tool to its end; stdout goes to `stdout` if given (a stream to pipe on), else is dropped. */
export function runTool(file: string, args: string[], env: Record<string, string>, stdout?: (chunk: Buffer) => void): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout?.(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

/** Runs a tool and fails with its own words when it fails. */
export async function mustRun(file: string, args: string[], env: Record<string, string>, what: string): Promise<string> {
  let out = '';
  const run = await runTool(file, args, env, (chunk) => (out += chunk.toString()));
  if (run.code !== 0) throw new OpsError('tool_failed', `${what} failed (${path.basename(file)} exited with ${run.code}): ${run.stderr.trim()}`);
  return out;
}
