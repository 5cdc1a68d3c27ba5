// Runs `npm run admin -- ...` as the IT staff run it, in its own Node process, against the store an environment names.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleServer } from './server-bundle';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface AdminRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * server/cli/admin.ts in a Node process of its own, with `env` over the test process's own
 * (DATA_DIR, DATABASE_URL...). The program is compiled once per test process (server-bundle.ts):
 * the suites run it over a hundred times.
 */
export async function runAdmin(env: Record<string, string>, ...args: string[]): Promise<AdminRun> {
  return run(env, [await bundleServer('server/cli/admin.ts'), ...args]);
}

/** Exactly as `npm run admin` runs it, through tsx (without npm's own second of start-up): the check that the sources run as they are. */
export function runAdminWithTsx(env: Record<string, string>, ...args: string[]): Promise<AdminRun> {
  return run(env, ['--import', 'tsx', 'server/cli/admin.ts', ...args]);
}

function run(env: Record<string, string>, argv: string[]): Promise<AdminRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, argv, { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent', ...env }, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}
